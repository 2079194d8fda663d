#include "h5_fixtures.h"

#include <fstream>
#include <iterator>

namespace catnet::test {

std::uint8_t fixturePixel(hsize_t image, hsize_t byte) {
    return static_cast<std::uint8_t>((image * 37 + byte * 11) % 256);
}

namespace {

void writeImages(H5::H5File& file, const SplitFixture& fixture) {
    const H5::DataSpace space(static_cast<int>(fixture.imageShape.size()), fixture.imageShape.data());
    const H5::PredType& type = fixture.pixelType == SplitFixture::PixelType::Float64 ? H5::PredType::IEEE_F64LE
                               : fixture.pixelType == SplitFixture::PixelType::Int8  ? H5::PredType::STD_I8LE
                                                                                     : H5::PredType::STD_U8LE;
    H5::DataSet dataset = file.createDataSet(fixture.prefix + "_set_x", type, space);
    if (!fixture.allocateImages)
        return;
    hsize_t total = 1;
    for (hsize_t n : fixture.imageShape)
        total *= n;
    const hsize_t perImage = fixture.imageShape.empty() || fixture.imageShape[0] == 0
                                 ? 1 : total / fixture.imageShape[0];
    std::vector<double> values(total);
    for (hsize_t k = 0; k < total; ++k)
        values[k] = fixturePixel(k / perImage, k % perImage) % 128; // fits every pixel type
    dataset.write(values.data(), H5::PredType::NATIVE_DOUBLE);
}

void writeLabels(H5::H5File& file, const SplitFixture& fixture) {
    const hsize_t count[1] = {fixture.labels.size()};
    H5::IntType integers(H5::PredType::STD_I64LE);
    integers.setSize(fixture.labelBytes);
    H5::DataSet dataset = file.createDataSet(fixture.prefix + "_set_y",
        fixture.floatLabels ? H5::DataType(H5::PredType::IEEE_F64LE) : H5::DataType(integers), H5::DataSpace(1, count));
    dataset.write(fixture.labels.data(), H5::PredType::NATIVE_INT64);
}

void writeClasses(H5::H5File& file, const SplitFixture& fixture) {
    const hsize_t count[1] = {fixture.classes.size()};
    if (fixture.variableLengthClasses) {
        const H5::StrType type(H5::PredType::C_S1, H5T_VARIABLE);
        std::vector<const char*> pointers;
        for (const std::string& name : fixture.classes)
            pointers.push_back(name.c_str());
        file.createDataSet("list_classes", type, H5::DataSpace(1, count)).write(pointers.data(), type);
        return;
    }
    const std::size_t width = 7; // as h5py wrote the course's files: |S7
    const H5::StrType type(H5::PredType::C_S1, width);
    std::vector<char> buffer(width * fixture.classes.size(), '\0');
    for (std::size_t i = 0; i < fixture.classes.size(); ++i)
        fixture.classes[i].copy(buffer.data() + i * width, width);
    file.createDataSet("list_classes", type, H5::DataSpace(1, count)).write(buffer.data(), type);
}

} // namespace

void writeSplitFixture(const std::filesystem::path& file, const SplitFixture& fixture) {
    H5::H5File out(file.string(), H5F_ACC_TRUNC);
    if (fixture.writeImages)
        writeImages(out, fixture);
    writeLabels(out, fixture);
    if (fixture.writeClasses)
        writeClasses(out, fixture);
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace catnet::test
