#include "engine/io/dataset.h"

#include "engine/io/hdf5_support.h"
#include "engine/training/memory_budget.h"

#include <cstdlib>

namespace catnet {

namespace fs = std::filesystem;

namespace {

class SplitReader {
public:
    SplitReader(const fs::path& file, const std::string& prefix)
        : path_(file), prefix_(prefix), file_(hdf5::openForReading(file)) {}

    DataSplit read(bool withFeatures) {
        DataSplit split;
        split.file = path_;
        const hsize_t count = readImages(split.pixels);
        split.Y = readLabels(count);
        split.classes = readClasses();
        if (withFeatures)
            split.X = featuresFromPixels(split.pixels.data(), static_cast<Eigen::Index>(count));
        return split;
    }

private:
    [[noreturn]] void fail(const std::string& object, const std::string& problem) const {
        throw FileError(hdf5::describe(path_) + ", dataset '" + object + "': " + problem);
    }

    H5::DataSet open(const std::string& name) const {
        if (!file_.nameExists(name)) {
            std::string found;
            for (const std::string& other : hdf5::memberNames(file_))
                found += (found.empty() ? "" : ", ") + other;
            throw FileError(hdf5::describe(path_) + ": has no dataset '" + name + "' (found: " +
                            (found.empty() ? "nothing" : found) + ")");
        }
        if (file_.childObjType(name) != H5O_TYPE_DATASET)
            fail(name, "is a group (or another object), not a dataset");
        try {
            return file_.openDataSet(name);
        } catch (const H5::Exception&) {
            fail(name, "cannot be opened as a dataset (" + hdf5::errorCause() + ")");
        }
    }

    template <typename T>
    void readAll(const H5::DataSet& dataset, const std::string& name, T* out,
                 const H5::PredType& memoryType) const {
        try {
            dataset.read(out, memoryType);
        } catch (const H5::Exception&) {
            fail(name, "could not be read; the file may be truncated or damaged (" +
                           hdf5::errorCause() + ")");
        }
    }

    hsize_t readImages(std::vector<std::uint8_t>& pixels) const {
        const std::string name = prefix_ + "_set_x";
        const H5::DataSet dataset = open(name);
        const std::string expected = "unsigned 8-bit images of shape (N, 64, 64, 3)";
        const H5::DataType type = dataset.getDataType();
        if (type.getClass() != H5T_INTEGER || type.getSize() != 1 ||
            H5Tget_sign(type.getId()) != H5T_SGN_NONE)
            fail(name, "expected " + expected + ", found " + hdf5::describeType(type) + " values");
        const std::vector<hsize_t> shape = hdf5::shapeOf(dataset);
        if (shape.size() != 4 || shape[1] != kImageHeight || shape[2] != kImageWidth ||
            shape[3] != kImageChannels)
            fail(name, "expected " + expected + ", found shape " + hdf5::formatShape(shape));
        if (shape[0] == 0)
            fail(name, "holds no images");
        if (shape[0] > kMaxImagesPerSplit)
            fail(name, "claims " + std::to_string(shape[0]) + " images; at most " +
                           std::to_string(kMaxImagesPerSplit) + " are supported");
        if (const std::string problem = hdf5::storedDataProblem(dataset, path_, shape[0] * kImageBytes); !problem.empty())
            fail(name, problem);
        // The pixels here and in catnet, plus the features as doubles (8 bytes each).
        if (auto problem = memoryProblem(shape[0] * kImageBytes * 10, availableMemory(),
                                         "loading " + std::to_string(shape[0]) + " images",
                                         "use a data set with fewer images"))
            throw MemoryError(hdf5::describe(path_) + ": " + *problem);
        pixels.resize(shape[0] * kImageBytes);
        readAll(dataset, name, pixels.data(), H5::PredType::NATIVE_UINT8);
        return shape[0];
    }

    Matrix readLabels(hsize_t imageCount) const {
        const std::string name = prefix_ + "_set_y";
        const H5::DataSet dataset = open(name);
        const H5::DataType type = dataset.getDataType();
        if (!hdf5::holdsNumbers(dataset, H5T_INTEGER))
            fail(name, "expected integer labels 0/1, found " + hdf5::describeType(type) + " values");
        const std::vector<hsize_t> shape = hdf5::shapeOf(dataset);
        if (shape.size() != 1)
            fail(name, "expected shape (" + std::to_string(imageCount) + ",), found " +
                           hdf5::formatShape(shape));
        if (shape[0] != imageCount)
            fail(name, "has " + std::to_string(shape[0]) + " labels but " + prefix_ +
                           "_set_x has " + std::to_string(imageCount) + " images");
        if (const std::string problem = hdf5::storedDataProblem(dataset, path_, shape[0] * type.getSize()); !problem.empty())
            fail(name, problem);
        std::vector<std::int64_t> labels(shape[0]);
        readAll(dataset, name, labels.data(), H5::PredType::NATIVE_INT64);
        Matrix Y(1, static_cast<Eigen::Index>(shape[0]));
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] != 0 && labels[i] != 1)
                fail(name, "label " + std::to_string(i) + " is " + std::to_string(labels[i]) +
                               "; labels must be 0 (non-cat) or 1 (cat)");
            Y(0, static_cast<Eigen::Index>(i)) = static_cast<double>(labels[i]);
        }
        return Y;
    }

    std::vector<std::string> readClasses() const {
        const std::string name = "list_classes";
        const H5::DataSet dataset = open(name);
        const H5::DataType type = dataset.getDataType();
        if (type.getClass() != H5T_STRING || type.isVariableStr())
            fail(name, "expected 2 fixed-length strings, found " + hdf5::describeType(type) +
                           " values");
        const std::vector<hsize_t> shape = hdf5::shapeOf(dataset);
        if (shape.size() != 1 || shape[0] != 2)
            fail(name, "expected 2 class names, found shape " + hdf5::formatShape(shape));
        const std::size_t width = type.getSize();
        if (width == 0 || width > 256)
            fail(name, "class names of " + std::to_string(width) + " bytes are not supported");
        std::vector<char> buffer(width * 2);
        try {
            dataset.read(buffer.data(), type);
        } catch (const H5::Exception&) {
            fail(name, "could not be read (" + hdf5::errorCause() + ")");
        }
        std::vector<std::string> classes;
        for (std::size_t i = 0; i < 2; ++i) {
            std::string className(buffer.data() + i * width, width);
            className.erase(className.find_last_not_of(std::string("\0 ", 2)) + 1);
            if (className.empty())
                fail(name, "class name " + std::to_string(i) + " is empty");
            classes.push_back(std::move(className));
        }
        return classes;
    }

    fs::path path_;
    std::string prefix_;
    H5::H5File file_;
};

} // namespace

DataSplit loadSplit(const fs::path& file, const std::string& prefix, bool withFeatures) {
    const auto guard = hdf5::lock();
    try {
        return SplitReader(file, prefix).read(withFeatures);
    } catch (const H5::Exception&) {
        throw FileError(hdf5::describe(file) + ": unreadable HDF5 content (" + hdf5::errorCause() +
                        ")");
    }
}

Dataset loadCourseDataset(const fs::path& directory) {
    return Dataset{loadSplit(directory / kTrainFileName, "train"),
                   loadSplit(directory / kTestFileName, "test")};
}

Matrix featuresFromPixels(const std::uint8_t* pixels, Eigen::Index count) {
    const Eigen::Map<const Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic>> bytes(
        pixels, kFeatureCount, count);
    return bytes.cast<double>() / 255.0;
}

bool holdsCourseFiles(const fs::path& directory) {
    std::error_code error;
    return fs::is_regular_file(directory / kTrainFileName, error) &&
           fs::is_regular_file(directory / kTestFileName, error);
}

std::optional<fs::path> findDataDirectory(const std::optional<fs::path>& explicitDirectory,
                                          const fs::path& fallback) {
    if (explicitDirectory)
        return holdsCourseFiles(*explicitDirectory) ? explicitDirectory : std::nullopt;
    if (const char* fromEnvironment = std::getenv("CATNET_DATA");
        fromEnvironment && *fromEnvironment) {
        if (holdsCourseFiles(fromEnvironment))
            return fs::path(fromEnvironment);
    }
    if (holdsCourseFiles(fallback))
        return fallback;
    return std::nullopt;
}

} // namespace catnet
