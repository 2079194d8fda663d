#include "engine/io/isolated_reader.h"

#include "engine/io/byte_stream.h"
#include "engine/io/hdf5_support.h"

#include "engine/io/child_process.h"

#include <ostream>

namespace catnet {

namespace {

std::string serializeModel(const SavedModel& model) {
    ByteWriter out;
    out.put<std::int64_t>(model.parameters.layerCount());
    for (int l = 0; l < model.parameters.layerCount(); ++l) {
        out.putMatrix(model.parameters.W[std::size_t(l)]);
        out.putMatrix(model.parameters.b[std::size_t(l)]);
    }
    out.put(model.config.learningRate);
    out.put(model.config.iterations);
    out.put(model.config.seed);
    out.put(model.config.init);
    out.put(model.config.reportEvery);
    out.put<std::uint64_t>(model.costs.size());
    for (const CostPoint& point : model.costs)
        out.put(point);
    out.put(model.iterationsRun);
    out.put(model.outcome);
    out.putString(model.name);
    out.put(model.seconds);
    out.put(model.strategy);
    out.put<std::uint64_t>(model.layerSignals.size());
    for (const SignalPoint& point : model.layerSignals) {
        out.put(point.iteration);
        out.put<std::uint64_t>(point.layers.size());
        for (const LayerSignals& s : point.layers)
            out.put(s);
    }
    out.put<std::uint64_t>(model.heldOut.size());
    for (const HeldOutPoint& point : model.heldOut)
        out.put(point);
    out.put(model.costHistory.stride);
    out.put<std::uint64_t>(model.costHistory.values.size());
    for (const double cost : model.costHistory.values)
        out.put(cost);
    out.put(model.runNumber);
    out.put<std::uint8_t>(model.measured.has_value());
    if (const auto& measured = model.measured) {
        out.put(measured->train);
        out.put(measured->test);
        out.putString(measured->data.name);
        out.putString(measured->data.fingerprint);
        out.put(measured->data.trainCount);
        out.put(measured->data.testCount);
    }
    const TrainingOptions& options = model.config.options;
    out.put(options.l2);
    out.put(options.keepProb);
    out.put(options.batchSize);
    out.put(options.optimizer);
    out.put(options.beta);
    out.put(options.beta1);
    out.put(options.beta2);
    out.put(options.epsilon);
    out.put<std::uint8_t>(options.flip);
    return out.take();
}

} // namespace

SavedModel modelFromReaderReply(const std::string& bytes) {
    ByteReader in(bytes);
    SavedModel model;
    const auto layers = in.get<std::int64_t>();
    for (std::int64_t l = 0; l < layers; ++l) {
        model.parameters.W.push_back(in.getMatrix<Matrix>());
        model.parameters.b.push_back(in.getMatrix<Matrix>());
    }
    model.config.layerDims = model.parameters.layerDims();
    model.config.learningRate = in.get<double>();
    model.config.iterations = in.get<int>();
    model.config.seed = in.get<std::uint32_t>();
    model.config.init = in.get<InitScheme>();
    model.config.reportEvery = in.get<int>();
    const auto costs = in.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < costs; ++i)
        model.costs.push_back(in.get<CostPoint>());
    model.iterationsRun = in.get<int>();
    model.outcome = in.get<Outcome>();
    model.name = in.getString();
    model.seconds = in.get<double>();
    model.strategy = in.get<Strategy>();
    const auto points = in.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < points; ++i) {
        SignalPoint point{in.get<int>(), {}};
        const auto layers = in.get<std::uint64_t>();
        if (layers != std::uint64_t(model.parameters.layerCount()))
            throw std::runtime_error("corrupt hand-over from the reader program");
        for (std::uint64_t l = 0; l < layers; ++l)
            point.layers.push_back(in.get<LayerSignals>());
        model.layerSignals.push_back(std::move(point));
    }
    const auto heldOutPoints = in.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < heldOutPoints; ++i)
        model.heldOut.push_back(in.get<HeldOutPoint>());
    model.costHistory.stride = in.get<int>();
    const auto historyLength = in.get<std::uint64_t>();
    if (model.costHistory.stride < 1 || historyLength > CostHistory::kMaxValues)
        throw std::runtime_error("corrupt hand-over from the reader program");
    model.costHistory.values.resize(historyLength);
    for (double& cost : model.costHistory.values)
        cost = in.get<double>();
    model.runNumber = in.get<int>();
    if (in.get<std::uint8_t>() != 0) {
        MeasuredAccuracy measured;
        measured.train = in.get<double>();
        measured.test = in.get<double>();
        measured.data.name = in.getString();
        measured.data.fingerprint = in.getString();
        measured.data.trainCount = in.get<long long>();
        measured.data.testCount = in.get<long long>();
        model.measured = std::move(measured);
    }
    TrainingOptions& options = model.config.options;
    options.l2 = in.get<double>();
    options.keepProb = in.get<double>();
    options.batchSize = in.get<int>();
    options.optimizer = in.get<Optimizer>();
    options.beta = in.get<double>();
    options.beta1 = in.get<double>();
    options.beta2 = in.get<double>();
    options.epsilon = in.get<double>();
    options.flip = in.get<std::uint8_t>() != 0;
    // The reader validated the file; still, nothing that does not hold together is used.
    const Parameters& p = model.parameters;
    bool chains = p.layerCount() >= 1 && !nameOf(model.outcome).empty() && !nameOf(model.strategy).empty() &&
                  !nameOf(model.config.init).empty() && p.W.back().rows() == 1 &&
                  !nameOf(options.optimizer).empty() && !checkTrainingOptions(options);
    for (int l = 0; chains && l < p.layerCount(); ++l)
        chains = p.b[std::size_t(l)].rows() == p.W[std::size_t(l)].rows() && p.b[std::size_t(l)].cols() == 1 &&
                 (l == 0 || p.W[std::size_t(l)].cols() == p.W[std::size_t(l) - 1].rows());
    if (!chains)
        throw std::runtime_error("corrupt hand-over from the reader program");
    return model;
}

std::vector<SavedModel> runsFromReaderReply(const std::string& bytes) {
    ByteReader in(bytes);
    const auto count = in.get<std::uint64_t>();
    if (count < 1 || count > std::uint64_t(kMaxBundledRuns))
        throw std::runtime_error("corrupt hand-over from the reader program");
    std::vector<SavedModel> runs;
    for (std::uint64_t i = 0; i < count; ++i)
        runs.push_back(modelFromReaderReply(in.getString()));
    return runs;
}

namespace {

std::string serializeRuns(const std::vector<SavedModel>& runs) {
    ByteWriter out;
    out.put<std::uint64_t>(runs.size());
    for (const SavedModel& run : runs)
        out.putString(serializeModel(run));
    return out.take();
}

std::string serializeSplit(const DataSplit& split) {
    ByteWriter out;
    out.putString(std::string_view(reinterpret_cast<const char*>(split.pixels.data()), split.pixels.size()));
    out.putMatrix(split.Y);
    out.put<std::uint64_t>(split.classes.size());
    for (const std::string& name : split.classes)
        out.putString(name);
    return out.take();
}

} // namespace

DataSplit splitFromReaderReply(std::string bytes, const std::filesystem::path& file, bool withFeatures) {
    ByteReader in(bytes);
    DataSplit split;
    split.file = file;
    const std::string_view pixels = in.getBytes();
    split.pixels.assign(pixels.begin(), pixels.end());
    split.Y = in.getMatrix<Matrix>();
    const auto classes = in.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < classes; ++i)
        split.classes.push_back(in.getString());
    // Compared by division: a hostile count must not overflow (found by fuzz_reader_reply).
    if (split.Y.rows() != 1 || split.pixels.size() % std::size_t(kImageBytes) != 0 ||
        split.pixels.size() / std::size_t(kImageBytes) != std::size_t(split.count()))
        throw FileError(hdf5::describe(file) + ": corrupt hand-over from the reader process");
    std::string().swap(bytes); // the reply goes before the features take 8 bytes a pixel
    if (withFeatures)
        split.X = featuresFromPixels(split.pixels.data(), split.count());
    return split;
}

std::filesystem::path readerExecutable() {
    return runningProgramFolder() / "catnet-reader";
}

std::chrono::milliseconds readTimeLimit(const std::filesystem::path& file, std::chrono::milliseconds base) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error)
        return base;
    return base + std::chrono::milliseconds(size / (kSlowestReadRate / 1000));
}

std::string readInReaderProcess(const std::filesystem::path& file, const std::vector<std::string>& request,
                                std::stop_token stop, const ReaderProgram& program) {
    // Refused here, before any reader starts: opening a FIFO or a device would block.
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
        !std::filesystem::is_directory(status))
        throw FileError(hdf5::describe(file) + ": is not a regular file (a FIFO, a device or a socket)");
    if (!std::filesystem::exists(program.path, error))
        throw FileError(hdf5::describe(file) + ": cannot read it, the reader program " + program.path.string() +
                        " is missing (it is installed next to catnet)");
    const std::chrono::milliseconds limit = readTimeLimit(file, program.limit);
    ChildResult child;
    try {
        child = runChildProcess(program.path, request, limit, stop);
    } catch (const std::exception& e) {
        throw FileError(hdf5::describe(file) + ": " + e.what());
    }
    if (child.stopped)
        throw FileError(hdf5::describe(file) + ": reading it was stopped");
    if (child.timedOut)
        throw FileError(hdf5::describe(file) + ": reading it took longer than " +
                        std::to_string(std::chrono::duration_cast<std::chrono::seconds>(limit).count()) +
                        " s, so it was given up (is it on a network drive that does not answer?)");
    if (child.signal != 0 || child.exitCode != 0 || child.output.empty())
        throw FileError(hdf5::describe(file) + ": the HDF5 library failed while reading it" +
                        (child.signal ? " (signal " + std::to_string(child.signal) + ")" : "") +
                        "; the file is damaged or not what it claims to be");
    if (child.output.front() == 'E')
        throw FileError(child.output.substr(1));
    child.output.erase(0, 1); // in place: a large data set's reply is not copied
    return std::move(child.output);
}

int runReader(const std::vector<std::string>& arguments, std::ostream& out) {
    std::string message;
    try {
        if (arguments.size() >= 2 && arguments[0] == "model")
            message = 'O' + serializeModel(loadModel(arguments[1], arguments.size() > 2 && arguments[2] == "allow-non-finite"));
        else if (arguments.size() == 2 && arguments[0] == "runs")
            message = 'O' + serializeRuns(loadRunBundle(arguments[1]));
        else if (arguments.size() == 3 && arguments[0] == "split")
            message = 'O' + serializeSplit(loadSplit(arguments[1], arguments[2], false));
        else
            message = "Eusage: catnet-reader model FILE [allow-non-finite] | runs FILE | split FILE PREFIX";
    } catch (const std::exception& e) {
        message = std::string("E") + e.what();
    }
    out.write(message.data(), std::streamsize(message.size()));
    out.flush();
    return out ? 0 : 1;
}

SavedModel loadModelIsolated(const std::filesystem::path& file, bool allowNonFinite, std::stop_token stop) {
    std::vector<std::string> request = {"model", file.string()};
    if (allowNonFinite)
        request.push_back("allow-non-finite");
    return modelFromReaderReply(readInReaderProcess(file, request, stop));
}

std::vector<SavedModel> loadRunBundleIsolated(const std::filesystem::path& file, std::stop_token stop) {
    return runsFromReaderReply(readInReaderProcess(file, {"runs", file.string()}, stop));
}

DataSplit loadSplitIsolated(const std::filesystem::path& file, const std::string& prefix, std::stop_token stop,
                            bool withFeatures) {
    return splitFromReaderReply(readInReaderProcess(file, {"split", file.string(), prefix}, stop), file, withFeatures);
}

Dataset loadCourseDatasetIsolated(const std::filesystem::path& directory, std::stop_token stop, bool withFeatures) {
    return Dataset{loadSplitIsolated(directory / kTrainFileName, "train", stop, withFeatures),
                   loadSplitIsolated(directory / kTestFileName, "test", stop, withFeatures)};
}

} // namespace catnet
