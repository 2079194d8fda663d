#include "engine/io/dataset_writer.h"

#include "engine/io/atomic_file.h"
#include "engine/io/file_error.h"
#include "engine/io/hdf5_support.h"

#include <array>
#include <cstring>

namespace catnet {

namespace {

// The course's class names, as h5py stored them: fixed-length byte strings of 7.
constexpr std::array<const char*, 2> kClassNames = {"non-cat", "cat"};
constexpr std::size_t kClassNameWidth = 7;

void checkSplit(const DataSplit& split, const std::string& prefix) {
    const auto count = static_cast<std::size_t>(split.Y.cols());
    if (split.Y.rows() != 1 || split.pixels.size() != count * kImageBytes)
        throw std::invalid_argument("saveCourseDataset: the " + prefix + " split has " +
                                    std::to_string(split.pixels.size() / kImageBytes) + " images and " +
                                    std::to_string(count) + " labels");
    for (Eigen::Index i = 0; i < split.Y.cols(); ++i)
        if (split.Y(0, i) != 0.0 && split.Y(0, i) != 1.0)
            throw std::invalid_argument("saveCourseDataset: label " + std::to_string(i) + " of the " + prefix +
                                        " split is not 0 or 1");
}

void writeSplit(const std::filesystem::path& file, const std::string& prefix, const DataSplit& split) {
    H5::H5File out(file.string(), H5F_ACC_TRUNC);
    const hsize_t count = static_cast<hsize_t>(split.Y.cols());
    const hsize_t imageShape[4] = {count, kImageHeight, kImageWidth, kImageChannels};
    out.createDataSet(prefix + "_set_x", H5::PredType::STD_U8LE, H5::DataSpace(4, imageShape))
        .write(split.pixels.data(), H5::PredType::NATIVE_UINT8);
    std::vector<std::int64_t> labels(count);
    for (hsize_t i = 0; i < count; ++i)
        labels[i] = static_cast<std::int64_t>(split.Y(0, static_cast<Eigen::Index>(i)));
    const hsize_t labelShape[1] = {count};
    out.createDataSet(prefix + "_set_y", H5::PredType::STD_I64LE, H5::DataSpace(1, labelShape))
        .write(labels.data(), H5::PredType::NATIVE_INT64);
    std::array<char, kClassNameWidth * kClassNames.size()> names{};
    for (std::size_t i = 0; i < kClassNames.size(); ++i)
        std::memcpy(names.data() + i * kClassNameWidth, kClassNames[i], std::strlen(kClassNames[i]));
    const H5::StrType nameType(H5::PredType::C_S1, kClassNameWidth);
    nameType.setStrpad(H5T_STR_NULLPAD); // numpy's |S7
    const hsize_t classShape[1] = {kClassNames.size()};
    out.createDataSet("list_classes", nameType, H5::DataSpace(1, classShape)).write(names.data(), nameType);
    out.flush(H5F_SCOPE_GLOBAL);
}

} // namespace

void saveCourseDataset(const std::filesystem::path& directory, const Dataset& data) {
    checkSplit(data.train, "train");
    checkSplit(data.test, "test");
    AtomicWrite train(directory / kTrainFileName);
    AtomicWrite test(directory / kTestFileName);
    {
        const auto guard = hdf5::lock();
        for (const auto& [write, prefix, split] :
             {std::tuple{&train, "train", &data.train}, std::tuple{&test, "test", &data.test}}) {
            try {
                writeSplit(write->temporary(), prefix, *split);
            } catch (const H5::Exception&) {
                throw FileError(hdf5::describe(write->target()) + ": cannot write the data set (" +
                                hdf5::writeFailureCause(write->temporary()) + ")");
            }
        }
    }
    // Both written: only now are they put in place, both or neither.
    commitTogether({&train, &test});
}

} // namespace catnet
