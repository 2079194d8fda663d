#include "isolated_reader.h"

#include "byte_stream.h"
#include "hdf5_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace catnet {

namespace {

void writeAll(int fd, const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += std::size_t(n);
    }
}

std::string readAll(int fd) {
    std::string bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return bytes;
        bytes.append(buffer, std::size_t(n));
    }
}

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
    return out.take();
}

SavedModel deserializeModel(const std::string& bytes) {
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
    return model;
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

DataSplit deserializeSplit(const std::string& bytes, const std::filesystem::path& file) {
    ByteReader in(bytes);
    DataSplit split;
    split.file = file;
    const std::string pixels = in.getString();
    split.pixels.assign(pixels.begin(), pixels.end());
    split.Y = in.getMatrix<Matrix>();
    const auto classes = in.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < classes; ++i)
        split.classes.push_back(in.getString());
    if (split.pixels.size() != std::size_t(split.count() * kImageBytes))
        throw FileError(hdf5::describe(file) + ": corrupt hand-over from the reader process");
    split.X = featuresFromPixels(split.pixels.data(), split.count());
    return split;
}

} // namespace

std::string readInChildProcess(const std::filesystem::path& file, const std::function<std::string()>& read) {
    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0)
        throw FileError(hdf5::describe(file) + ": cannot start a reader (" + std::strerror(errno) + ")");
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(pipeEnds[0]);
        ::close(pipeEnds[1]);
        throw FileError(hdf5::describe(file) + ": cannot start a reader (" + std::strerror(errno) + ")");
    }
    if (child == 0) { // the reader: parse, hand the result over, exit without cleanup
        ::close(pipeEnds[0]);
        std::string message;
        try {
            message = 'O' + read();
        } catch (const std::exception& e) {
            message = std::string("E") + e.what();
        } catch (...) {
            message = "Eunknown error";
        }
        writeAll(pipeEnds[1], message);
        ::_exit(0);
    }
    ::close(pipeEnds[1]);
    std::string reply = readAll(pipeEnds[0]);
    ::close(pipeEnds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status) || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || reply.empty())
        throw FileError(hdf5::describe(file) + ": the HDF5 library failed while reading it" +
                        (WIFSIGNALED(status) ? " (signal " + std::to_string(WTERMSIG(status)) + ")" : "") +
                        "; the file is damaged or not what it claims to be");
    if (reply.front() == 'E')
        throw FileError(reply.substr(1));
    return reply.substr(1);
}

SavedModel loadModelIsolated(const std::filesystem::path& file, bool allowNonFinite) {
    return deserializeModel(readInChildProcess(file, [&] { return serializeModel(loadModel(file, allowNonFinite)); }));
}

DataSplit loadSplitIsolated(const std::filesystem::path& file, const std::string& prefix) {
    return deserializeSplit(readInChildProcess(file, [&] { return serializeSplit(loadSplit(file, prefix)); }), file);
}

Dataset loadCourseDatasetIsolated(const std::filesystem::path& directory) {
    return Dataset{loadSplitIsolated(directory / kTrainFileName, "train"),
                   loadSplitIsolated(directory / kTestFileName, "test")};
}

} // namespace catnet
