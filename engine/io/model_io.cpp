#include "engine/io/model_io.h"

#include "engine/io/model_group.h"

#include "engine/io/atomic_file.h"
#include "engine/io/hdf5_support.h"
#include "engine/model/layer_dims.h"
#include "engine/training/memory_budget.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace catnet {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFormatName = "catnet-model";
constexpr std::int64_t kFormatVersion = 1;

using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// ---- writing ----

// Counts the weights written and tells the caller's callback.
class WriteProgress {
public:
    WriteProgress(const Parameters& parameters, const SaveProgress& callback) : callback_(callback) {
        for (int l = 0; l < parameters.layerCount(); ++l)
            total_ += double(parameters.W[l].size() + parameters.b[l].size());
    }
    void add(Eigen::Index values) {
        done_ += double(values);
        if (callback_)
            callback_(total_ > 0 ? done_ / total_ : 1.0);
    }

private:
    const SaveProgress& callback_;
    double total_ = 0, done_ = 0;
};

// About 4 MB at a time: progress for big layers, and no second copy of a whole layer.
constexpr Eigen::Index kBlockValues = 1 << 19;

void writeMatrix(H5::Group& group, const std::string& name, const Matrix& matrix, WriteProgress& progress) {
    const hsize_t shape[2] = {static_cast<hsize_t>(matrix.rows()), static_cast<hsize_t>(matrix.cols())};
    H5::DataSpace fileSpace(2, shape);
    H5::DataSet dataset = group.createDataSet(name, H5::PredType::IEEE_F64LE, fileSpace);
    const Eigen::Index rowsPerBlock = std::max<Eigen::Index>(1, kBlockValues / std::max<Eigen::Index>(1, matrix.cols()));
    for (Eigen::Index row = 0; row < matrix.rows(); row += rowsPerBlock) {
        const Eigen::Index rows = std::min(rowsPerBlock, matrix.rows() - row);
        const RowMajor block = matrix.middleRows(row, rows); // numpy's memory order
        const hsize_t start[2] = {static_cast<hsize_t>(row), 0};
        const hsize_t count[2] = {static_cast<hsize_t>(rows), shape[1]};
        fileSpace.selectHyperslab(H5S_SELECT_SET, count, start);
        dataset.write(block.data(), H5::PredType::NATIVE_DOUBLE, H5::DataSpace(2, count), fileSpace);
        progress.add(block.size());
    }
}

template <typename T>
void writeVector(H5::Group& group, const std::string& name, const std::vector<T>& values,
                 const H5::PredType& fileType, const H5::PredType& memoryType) {
    const hsize_t shape[1] = {values.size()};
    H5::DataSet dataset = group.createDataSet(name, fileType, H5::DataSpace(1, shape));
    if (!values.empty())
        dataset.write(values.data(), memoryType);
}

void writeAttribute(H5::Group& group, const std::string& name, double value) {
    group.createAttribute(name, H5::PredType::IEEE_F64LE, H5::DataSpace())
        .write(H5::PredType::NATIVE_DOUBLE, &value);
}

void writeAttribute(H5::Group& group, const std::string& name, std::int64_t value) {
    group.createAttribute(name, H5::PredType::STD_I64LE, H5::DataSpace())
        .write(H5::PredType::NATIVE_INT64, &value);
}

void writeAttribute(H5::Group& group, const std::string& name, const std::string& value) {
    const H5::StrType type(H5::PredType::C_S1, value.empty() ? 1 : value.size());
    group.createAttribute(name, type, H5::DataSpace()).write(type, value);
}

void writeAttribute(H5::Group& group, const std::string& name, const LayerDims& dims) {
    std::vector<std::int64_t> values(dims.begin(), dims.end());
    const hsize_t shape[1] = {values.size()};
    group.createAttribute(name, H5::PredType::STD_I64LE, H5::DataSpace(1, shape))
        .write(H5::PredType::NATIVE_INT64, values.data());
}

} // namespace

void writeModelGroup(H5::Group& out, const Parameters& p, const SavedModel& model, const SaveProgress& callback) {
    WriteProgress progress(p, callback);
    for (int l = 0; l < p.layerCount(); ++l) {
        writeMatrix(out, "W" + std::to_string(l + 1), p.W[l], progress);
        writeMatrix(out, "b" + std::to_string(l + 1), p.b[l], progress);
    }
    std::vector<std::int64_t> iterations;
    std::vector<double> costs;
    for (const CostPoint& point : model.costs) {
        iterations.push_back(point.iteration);
        costs.push_back(point.cost);
    }
    writeVector(out, "cost_iterations", iterations, H5::PredType::STD_I64LE, H5::PredType::NATIVE_INT64);
    writeVector(out, "costs", costs, H5::PredType::IEEE_F64LE, H5::PredType::NATIVE_DOUBLE);
    if (!model.layerSignals.empty()) {
        std::vector<std::int64_t> at;
        std::vector<double> values; // row-major (n, L, 4)
        for (const SignalPoint& point : model.layerSignals) {
            at.push_back(point.iteration);
            for (const LayerSignals& s : point.layers)
                values.insert(values.end(), {s.activationStd, s.deadShare, s.gradientNorm, s.updateRatio});
        }
        writeVector(out, "signal_iterations", at, H5::PredType::STD_I64LE, H5::PredType::NATIVE_INT64);
        const hsize_t shape[3] = {at.size(), hsize_t(p.layerCount()), hsize_t(kSignalsPerLayer)};
        out.createDataSet("layer_signals", H5::PredType::IEEE_F64LE, H5::DataSpace(3, shape))
            .write(values.data(), H5::PredType::NATIVE_DOUBLE);
    }
    if (!model.heldOut.empty()) {
        std::vector<std::int64_t> at;
        std::vector<double> values; // row-major (n, 3)
        for (const HeldOutPoint& point : model.heldOut) {
            at.push_back(point.iteration);
            values.insert(values.end(), {point.testCost, point.trainAccuracy, point.testAccuracy});
        }
        writeVector(out, "held_out_iterations", at, H5::PredType::STD_I64LE, H5::PredType::NATIVE_INT64);
        const hsize_t shape[2] = {at.size(), hsize_t(kHeldOutValues)};
        out.createDataSet("held_out", H5::PredType::IEEE_F64LE, H5::DataSpace(2, shape))
            .write(values.data(), H5::PredType::NATIVE_DOUBLE);
    }
    if (!model.costHistory.values.empty()) {
        writeVector(out, "cost_history", model.costHistory.values, H5::PredType::IEEE_F64LE,
                    H5::PredType::NATIVE_DOUBLE);
        writeAttribute(out, "cost_history_stride", std::int64_t{model.costHistory.stride});
    }
    writeAttribute(out, "format", std::string(kFormatName));
    writeAttribute(out, "format_version", kFormatVersion);
    writeAttribute(out, "layer_dims", p.layerDims());
    writeAttribute(out, "learning_rate", model.config.learningRate);
    writeAttribute(out, "iterations", std::int64_t{model.config.iterations});
    writeAttribute(out, "iterations_run", std::int64_t{model.iterationsRun});
    writeAttribute(out, "seed", std::int64_t{model.config.seed});
    writeAttribute(out, "init", std::string(nameOf(model.config.init)));
    writeAttribute(out, "outcome", std::string(nameOf(model.outcome)));
    writeAttribute(out, "name", model.name);
    writeAttribute(out, "seconds", model.seconds);
    writeAttribute(out, "strategy", std::string(nameOf(model.strategy)));
    writeAttribute(out, "run_number", std::int64_t{model.runNumber});
    // SPEC §8's options, every one, so that h5py shows how the run was trained.
    const TrainingOptions& options = model.config.options;
    writeAttribute(out, "l2", options.l2);
    writeAttribute(out, "keep_prob", options.keepProb);
    writeAttribute(out, "batch_size", std::int64_t{options.batchSize}); // 0: the whole training set
    writeAttribute(out, "optimizer", std::string(nameOf(options.optimizer)));
    writeAttribute(out, "beta", options.beta);
    writeAttribute(out, "beta1", options.beta1);
    writeAttribute(out, "beta2", options.beta2);
    writeAttribute(out, "epsilon", options.epsilon);
    writeAttribute(out, "augment", std::string(options.flip ? "flip" : "none"));
    if (const auto& measured = model.measured) {
        writeAttribute(out, "train_accuracy", measured->train);
        writeAttribute(out, "test_accuracy", measured->test);
        writeAttribute(out, "data_name", measured->data.name);
        writeAttribute(out, "data_fingerprint", measured->data.fingerprint);
        writeAttribute(out, "data_train_count", std::int64_t{measured->data.trainCount});
        writeAttribute(out, "data_test_count", std::int64_t{measured->data.testCount});
    }
}

namespace {

// ---- reading ----

class ModelReader {
public:
    // `where` opens every message: "the file 'x.h5'", or "the file 'runs.h5', run 2 of 3".
    ModelReader(const H5::Group& group, std::string where, const fs::path& file, bool allowNonFinite)
        : path_(file), where_(std::move(where)), group_(group), allowNonFinite_(allowNonFinite) {}

    SavedModel read() {
        SavedModel model;
        if (hasAttribute("format")) {
            const std::string format = readString("format");
            if (format == "catnet-runs")
                fail("is a bundle of runs, not one model; take it in with File → Import runs…");
            if (format != kFormatName)
                fail("is not a catnet model (its 'format' attribute is '" + format + "')");
        }
        readParameters(model.parameters);
        model.config.layerDims = model.parameters.layerDims();
        if (hasAttribute("layer_dims") && readDims("layer_dims") != model.config.layerDims)
            fail("its layer_dims attribute does not match the shapes of its W datasets");
        if (hasAttribute("learning_rate"))
            model.config.learningRate = readScalar<double>("learning_rate", H5::PredType::NATIVE_DOUBLE);
        if (hasAttribute("iterations"))
            model.config.iterations = static_cast<int>(readScalar<std::int64_t>("iterations", H5::PredType::NATIVE_INT64));
        if (hasAttribute("iterations_run"))
            model.iterationsRun = static_cast<int>(readScalar<std::int64_t>("iterations_run", H5::PredType::NATIVE_INT64));
        if (hasAttribute("seed"))
            model.config.seed = static_cast<std::uint32_t>(readScalar<std::int64_t>("seed", H5::PredType::NATIVE_INT64));
        if (hasAttribute("init"))
            model.config.init = readName<InitScheme>("init");
        if (hasAttribute("outcome"))
            model.outcome = readName<Outcome>("outcome");
        if (hasAttribute("name"))
            model.name = readString("name");
        if (hasAttribute("seconds"))
            model.seconds = readScalar<double>("seconds", H5::PredType::NATIVE_DOUBLE);
        if (hasAttribute("strategy"))
            model.strategy = readName<Strategy>("strategy");
        if (hasAttribute("run_number"))
            model.runNumber = static_cast<int>(readScalar<std::int64_t>("run_number", H5::PredType::NATIVE_INT64));
        model.config.options = readOptions();
        model.measured = readMeasured();
        model.costs = readCosts();
        model.costHistory = readCostHistory();
        model.layerSignals = readSignals(model.parameters.layerCount());
        model.heldOut = readHeldOut();
        return model;
    }

private:
    // Files written before SPEC §8's options were recorded hold none: the course's
    // gradient descent, which is how they were trained.
    TrainingOptions readOptions() const {
        TrainingOptions options;
        const auto readDouble = [this](const char* name, double& value) {
            if (hasAttribute(name))
                value = readScalar<double>(name, H5::PredType::NATIVE_DOUBLE);
        };
        readDouble("l2", options.l2);
        readDouble("keep_prob", options.keepProb);
        readDouble("beta", options.beta);
        readDouble("beta1", options.beta1);
        readDouble("beta2", options.beta2);
        readDouble("epsilon", options.epsilon);
        if (hasAttribute("batch_size")) {
            const auto batchSize = readScalar<std::int64_t>("batch_size", H5::PredType::NATIVE_INT64);
            if (batchSize < 0 || batchSize > std::numeric_limits<int>::max())
                fail("its batch_size attribute is " + std::to_string(batchSize));
            options.batchSize = static_cast<int>(batchSize);
        }
        if (hasAttribute("optimizer"))
            options.optimizer = readName<Optimizer>("optimizer");
        if (hasAttribute("augment")) {
            const std::string augment = readString("augment");
            if (augment != "none" && augment != "flip")
                fail("its augment attribute is '" + augment + "', not none or flip");
            options.flip = augment == "flip";
        }
        if (const auto problem = checkTrainingOptions(options))
            fail("its training options do not hold together: " + optionAttributeName(problem->field) + " " +
                 problem->message);
        return options;
    }

    static std::string optionAttributeName(OptionField field) {
        switch (field) {
        case OptionField::L2: return "l2";
        case OptionField::KeepProb: return "keep_prob";
        case OptionField::BatchSize: return "batch_size";
        case OptionField::Beta: return "beta";
        case OptionField::Beta1: return "beta1";
        case OptionField::Beta2: return "beta2";
        case OptionField::Epsilon: return "epsilon";
        }
        return "an option";
    }

    std::optional<MeasuredAccuracy> readMeasured() const {
        if (!hasAttribute("data_fingerprint"))
            return std::nullopt;
        for (const char* name : {"train_accuracy", "test_accuracy", "data_name", "data_train_count", "data_test_count"})
            if (!hasAttribute(name))
                fail(std::string("it has data_fingerprint but no ") + name);
        MeasuredAccuracy measured;
        measured.train = readScalar<double>("train_accuracy", H5::PredType::NATIVE_DOUBLE);
        measured.test = readScalar<double>("test_accuracy", H5::PredType::NATIVE_DOUBLE);
        measured.data.name = readString("data_name");
        measured.data.fingerprint = readString("data_fingerprint");
        measured.data.trainCount = readScalar<std::int64_t>("data_train_count", H5::PredType::NATIVE_INT64);
        measured.data.testCount = readScalar<std::int64_t>("data_test_count", H5::PredType::NATIVE_INT64);
        const auto share = [](double value) { return value >= 0.0 && value <= 1.0; };
        const bool hex = measured.data.fingerprint.size() == 16 &&
                         measured.data.fingerprint.find_first_not_of("0123456789abcdef") == std::string::npos;
        if (!share(measured.train) || !share(measured.test) || !hex || measured.data.trainCount < 0 ||
            measured.data.testCount < 0 || measured.data.name.size() > 4096)
            fail("its record of where its accuracies were measured (train_accuracy, test_accuracy, data_*) "
                 "does not hold together");
        return measured;
    }

    [[noreturn]] void fail(const std::string& problem) const {
        throw FileError(where_ + ": " + problem);
    }

    bool hasAttribute(const std::string& name) const { return group_.attrExists(name); }

    std::string readString(const std::string& name) const {
        const H5::Attribute attribute = group_.openAttribute(name);
        if (attribute.getTypeClass() != H5T_STRING)
            fail("attribute '" + name + "' should be a string");
        // One string only: reading an array of strings into one would overrun the
        // C++ API's buffer (a variable-length array smashed the reader's stack).
        if (attribute.getSpace().getSimpleExtentNpoints() != 1)
            fail("attribute '" + name + "' should be one string, found " +
                 std::to_string(attribute.getSpace().getSimpleExtentNpoints()));
        if (constexpr std::size_t kLongestString = 16 * 1024;
            !attribute.getStrType().isVariableStr() && attribute.getStrType().getSize() > kLongestString)
            fail("attribute '" + name + "' claims a string of " + std::to_string(attribute.getStrType().getSize()) +
                 " bytes");
        std::string value;
        attribute.read(attribute.getStrType(), value);
        value.erase(value.find_last_not_of('\0') + 1);
        return value;
    }

    // An enum attribute: one of the names in its table, else the file is refused.
    template <typename Enum>
    Enum readName(const std::string& attribute) const {
        const std::string value = readString(attribute);
        if (const auto parsed = parseName<Enum>(value))
            return *parsed;
        fail("its '" + attribute + "' attribute is '" + value + "', not one of " + nameList<Enum>());
    }

    template <typename T>
    T readScalar(const std::string& name, const H5::PredType& memoryType) const {
        const H5::Attribute attribute = group_.openAttribute(name);
        if (attribute.getSpace().getSimpleExtentNpoints() != 1)
            fail("attribute '" + name + "' should hold one value");
        if (!hdf5::holdsNumbers(attribute, H5T_INTEGER) && !hdf5::holdsNumbers(attribute, H5T_FLOAT))
            fail("attribute '" + name + "' should be a number");
        T value{};
        attribute.read(memoryType, &value);
        return value;
    }

    LayerDims readDims(const std::string& name) const {
        const H5::Attribute attribute = group_.openAttribute(name);
        const hssize_t count = attribute.getSpace().getSimpleExtentNpoints();
        if (!hdf5::holdsNumbers(attribute, H5T_INTEGER) || count < 2 || std::size_t(count) > kMaxLayerSizes)
            fail("attribute '" + name + "' should be a list of 2 to " + std::to_string(kMaxLayerSizes) +
                 " layer sizes");
        std::vector<std::int64_t> values(static_cast<std::size_t>(count));
        attribute.read(H5::PredType::NATIVE_INT64, values.data());
        return LayerDims(values.begin(), values.end());
    }

    // Opens a dataset, naming what is there instead when it is something else.
    H5::DataSet openDataset(const std::string& name) const {
        if (group_.childObjType(name) != H5O_TYPE_DATASET)
            fail("'" + name + "' should be a dataset, found a group or another object");
        return group_.openDataSet(name);
    }

    Matrix readMatrix(const std::string& name, Eigen::Index rows, Eigen::Index cols) const {
        const H5::DataSet dataset = openDataset(name);
        const H5::DataType type = dataset.getDataType();
        if (!hdf5::holdsNumbers(dataset, H5T_FLOAT))
            fail("dataset '" + name + "' should hold floats, found " + hdf5::describeType(type));
        const std::vector<hsize_t> shape = hdf5::shapeOf(dataset);
        const bool fits = shape.size() == 2 && (rows < 0 || shape[0] == static_cast<hsize_t>(rows)) &&
                          shape[1] == static_cast<hsize_t>(cols);
        if (!fits) {
            const std::string expected = "(" + (rows < 0 ? std::string("n") : std::to_string(rows)) +
                                         ", " + std::to_string(cols) + ")";
            fail("dataset '" + name + "' should have shape " + expected + ", found " +
                 hdf5::formatShape(shape) + (name[0] == 'W' ? "; the layers do not chain" : ""));
        }
        if (shape[0] == 0 || shape[0] > static_cast<hsize_t>(kMaxParameterCount) / shape[1])
            fail("dataset '" + name + "' has an unsupported size " + hdf5::formatShape(shape));
        // Stored at the file's own width (h5py writes float32 and float16 readily), read as double.
        if (const std::string problem = hdf5::storedDataProblem(dataset, path_, shape[0] * shape[1] * type.getSize());
            !problem.empty())
            fail("dataset '" + name + "' " + problem);
        if (auto problem = memoryProblem(3 * shape[0] * shape[1] * sizeof(double), availableMemory(),
                                         "its dataset '" + name + "' " + hdf5::formatShape(shape),
                                         "this model is too large for this machine"))
            fail(*problem);
        RowMajor values(static_cast<Eigen::Index>(shape[0]), cols);
        try {
            dataset.read(values.data(), H5::PredType::NATIVE_DOUBLE);
        } catch (const H5::Exception&) {
            fail("dataset '" + name + "' could not be read; the file may be truncated (" +
                 hdf5::errorCause() + ")");
        }
        if (!allowNonFinite_ && !values.allFinite())
            fail("dataset '" + name + "' holds NaN or infinite values");
        return values;
    }

    void readParameters(Parameters& parameters) const {
        if (!group_.nameExists("W1"))
            fail("has no dataset 'W1'; not a catnet model");
        Eigen::Index inputs = -1;
        for (int l = 1; std::size_t(l) < kMaxLayerSizes && group_.nameExists("W" + std::to_string(l)); ++l) {
            const std::string suffix = std::to_string(l);
            if (l == 1) {
                const std::vector<hsize_t> shape = hdf5::shapeOf(openDataset("W1"));
                if (shape.size() != 2 || shape[1] == 0 || shape[1] > static_cast<hsize_t>(kMaxParameterCount))
                    fail("dataset 'W1' should have shape (n1, n0), found " + hdf5::formatShape(shape));
                inputs = static_cast<Eigen::Index>(shape[1]);
            }
            if (!group_.nameExists("b" + suffix))
                fail("has W" + suffix + " but no dataset 'b" + suffix + "'");
            Matrix W = readMatrix("W" + suffix, -1, inputs);
            Matrix b = readMatrix("b" + suffix, W.rows(), 1);
            inputs = W.rows();
            parameters.W.push_back(std::move(W));
            parameters.b.push_back(std::move(b));
        }
        // A W or b numbered past the first gap would be silently ignored: refuse it.
        const int layers = parameters.layerCount();
        for (const std::string& name : hdf5::memberNames(group_)) {
            if (name.size() < 2 || (name[0] != 'W' && name[0] != 'b') ||
                name.find_first_not_of("0123456789", 1) != std::string::npos)
                continue;
            const std::string number = name.substr(1);
            if (number.size() > 9 || std::stoi(number) > layers)
                fail("has '" + name + "' but no 'W" + std::to_string(layers + 1) +
                     "'; the layers must be numbered 1, 2, 3, … without gaps");
        }
        if (parameters.W.back().rows() != 1)
            fail("the last layer W" + std::to_string(parameters.layerCount()) + " has " +
                 std::to_string(parameters.W.back().rows()) + " outputs; a cat classifier has 1");
    }

    std::vector<CostPoint> readCosts() const {
        std::vector<CostPoint> points;
        if (!group_.nameExists("costs") || !group_.nameExists("cost_iterations"))
            return points;
        const H5::DataSet costs = openDataset("costs");
        const H5::DataSet iterations = openDataset("cost_iterations");
        for (const auto& [name, dataset] : {std::pair{"costs", &costs}, std::pair{"cost_iterations", &iterations}}) {
            if (!hdf5::holdsNumbers(*dataset, H5T_FLOAT) && !hdf5::holdsNumbers(*dataset, H5T_INTEGER))
                fail(std::string("dataset '") + name + "' should hold numbers, found " +
                     hdf5::describeType(dataset->getDataType()));
        }
        const std::vector<hsize_t> shape = hdf5::shapeOf(costs);
        if (shape.size() != 1 || hdf5::shapeOf(iterations) != shape || shape[0] > 100'000'000)
            fail("datasets 'costs' and 'cost_iterations' should be two lists of the same length");
        std::vector<double> values(shape[0]);
        std::vector<std::int64_t> at(shape[0]);
        if (shape[0] > 0) {
            costs.read(values.data(), H5::PredType::NATIVE_DOUBLE);
            iterations.read(at.data(), H5::PredType::NATIVE_INT64);
        }
        for (std::size_t i = 0; i < values.size(); ++i)
            points.push_back({static_cast<int>(at[i]), values[i]});
        return points;
    }

    // Optional, like the signals.
    CostHistory readCostHistory() const {
        CostHistory history;
        if (!group_.nameExists("cost_history"))
            return history;
        const H5::DataSet values = openDataset("cost_history");
        const std::vector<hsize_t> shape = hdf5::shapeOf(values);
        if (!hdf5::holdsNumbers(values, H5T_FLOAT) || shape.size() != 1 || shape[0] > CostHistory::kMaxValues)
            fail("dataset 'cost_history' should be a list of at most " + std::to_string(CostHistory::kMaxValues) +
                 " floats");
        if (hasAttribute("cost_history_stride"))
            history.stride = static_cast<int>(readScalar<std::int64_t>("cost_history_stride", H5::PredType::NATIVE_INT64));
        if (history.stride < 1)
            fail("attribute 'cost_history_stride' should be at least 1");
        history.values.resize(shape[0]);
        if (shape[0] > 0)
            values.read(history.values.data(), H5::PredType::NATIVE_DOUBLE);
        return history;
    }

    // An optional table of figures by iteration: `valuesName` of shape (points, row...)
    // beside a list `iterationsName` of the same length. Empty when either is missing:
    // models saved before those figures were recorded have none.
    struct Table {
        std::vector<std::int64_t> iterations;
        std::vector<double> values; // row after row
        std::size_t rowSize = 1;
    };
    Table readOptionalTable(const std::string& valuesName, const std::string& iterationsName,
                            const std::vector<hsize_t>& row) const {
        Table table;
        if (!group_.nameExists(valuesName) || !group_.nameExists(iterationsName))
            return table;
        const H5::DataSet values = openDataset(valuesName);
        const H5::DataSet iterations = openDataset(iterationsName);
        if (!hdf5::holdsNumbers(values, H5T_FLOAT) || !hdf5::holdsNumbers(iterations, H5T_INTEGER))
            fail("datasets '" + valuesName + "' and '" + iterationsName + "' should hold numbers");
        const std::vector<hsize_t> shape = hdf5::shapeOf(values);
        const std::vector<hsize_t> at = hdf5::shapeOf(iterations);
        if (shape.size() != row.size() + 1 || at.size() != 1 || shape[0] != at[0] || shape[0] > 10'000'000 ||
            !std::equal(row.begin(), row.end(), shape.begin() + 1)) {
            std::string expected = "points";
            for (hsize_t size : row)
                expected += ", " + std::to_string(size);
            fail("dataset '" + valuesName + "' should be (" + expected + ") beside a list '" + iterationsName +
                 "' of the same length");
        }
        for (hsize_t size : row)
            table.rowSize *= size;
        table.values.resize(shape[0] * table.rowSize);
        table.iterations.resize(shape[0]);
        if (shape[0] > 0) {
            values.read(table.values.data(), H5::PredType::NATIVE_DOUBLE);
            iterations.read(table.iterations.data(), H5::PredType::NATIVE_INT64);
        }
        return table;
    }

    std::vector<SignalPoint> readSignals(int layers) const {
        const Table table = readOptionalTable("layer_signals", "signal_iterations",
                                              {hsize_t(layers), hsize_t(kSignalsPerLayer)});
        std::vector<SignalPoint> points;
        for (std::size_t i = 0; i < table.iterations.size(); ++i) {
            SignalPoint point{static_cast<int>(table.iterations[i]), {}};
            for (int l = 0; l < layers; ++l) {
                const double* s = table.values.data() + i * table.rowSize + std::size_t(l) * kSignalsPerLayer;
                point.layers.push_back({s[0], s[1], s[2], s[3]});
            }
            points.push_back(std::move(point));
        }
        return points;
    }

    std::vector<HeldOutPoint> readHeldOut() const {
        const Table table = readOptionalTable("held_out", "held_out_iterations", {hsize_t(kHeldOutValues)});
        std::vector<HeldOutPoint> points;
        for (std::size_t i = 0; i < table.iterations.size(); ++i) {
            const double* v = table.values.data() + i * table.rowSize;
            points.push_back({static_cast<int>(table.iterations[i]), v[0], v[1], v[2]});
        }
        return points;
    }

    fs::path path_;
    std::string where_;
    const H5::Group& group_;
    bool allowNonFinite_;
};

} // namespace

SavedModel readModelGroup(const H5::Group& group, const std::string& where, const fs::path& file,
                          bool allowNonFinite) {
    return ModelReader(group, where, file, allowNonFinite).read();
}

void saveModel(const fs::path& file, const SavedModel& model, const SaveProgress& progress) {
    saveModel(file, model.parameters, model, progress);
}

void saveModel(const fs::path& file, const Parameters& parameters, const SavedModel& description,
               const SaveProgress& progress) {
    if (parameters.W.empty())
        throw std::invalid_argument("saveModel: the model has no layers");
    if (std::size_t(parameters.layerCount()) + 1 > kMaxLayerSizes)
        throw FileError(hdf5::describe(file) + ": cannot save a model of more than " +
                        std::to_string(kMaxLayerSizes - 1) + " layers");
    AtomicWrite write(file);
    {
        const auto guard = hdf5::lock();
        try {
            H5::H5File out(write.temporary().string(), H5F_ACC_TRUNC);
            writeModelGroup(out, parameters, description, progress);
            out.flush(H5F_SCOPE_GLOBAL);
        } catch (const H5::Exception&) {
            throw FileError(hdf5::describe(file) + ": cannot save the model (" +
                            hdf5::writeFailureCause(write.temporary()) + ")");
        }
    }
    write.commit();
}

SavedModel loadModel(const fs::path& file, bool allowNonFinite) {
    const auto guard = hdf5::lock();
    try {
        const H5::H5File h5 = hdf5::openForReading(file);
        return readModelGroup(h5, hdf5::describe(file), file, allowNonFinite);
    } catch (const H5::Exception&) {
        const std::string cause = hdf5::errorCause();
        throw FileError(hdf5::describe(file) + ": unreadable model content" +
                        (cause.empty() ? std::string(" (the HDF5 library could not read it)") : " (" + cause + ")"));
    }
}

} // namespace catnet
