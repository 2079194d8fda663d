#pragma once

// HDF5 files come from anywhere, and libhdf5 1.10 is not hardened against malformed
// ones: fuzzing found heap overflows inside it (tests/fixtures/). So user-supplied files
// are parsed by a separate small program, catnet-reader, installed next to catnet and
// catnet-train, which hands back only the validated result through a pipe. A crash there
// becomes a FileError and never takes catnet down or corrupts its memory; a read that
// hangs (a FIFO behind an external link, a dead network drive) is killed after a time
// limit or when a stop is requested. The reader is started with posix_spawn, never a
// bare fork(): after a fork only async-signal-safe calls are allowed in a threaded
// program, and parsing HDF5 is not one.

#include "engine/io/dataset.h"
#include "engine/io/model_io.h"
#include "engine/io/run_bundle.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <stop_token>
#include <string>
#include <vector>

namespace catnet {

// How long one file may take to read before the reader is killed: kReadTimeLimit, plus
// a second for every kSlowestReadRate bytes of the file, so that a large file catnet
// wrote itself (a 2 GB model) always loads, even from a slow USB stick, while a read
// that hangs is still given up.
inline constexpr std::chrono::milliseconds kReadTimeLimit{60'000};
inline constexpr std::uint64_t kSlowestReadRate = 10'000'000; // bytes a second
std::chrono::milliseconds readTimeLimit(const std::filesystem::path& file,
                                        std::chrono::milliseconds base = kReadTimeLimit);

// loadModel / loadSplit / loadCourseDataset, parsed by the reader program.
SavedModel loadModelIsolated(const std::filesystem::path& file, bool allowNonFinite = false, std::stop_token stop = {});
// loadRunBundle: every run of the bundle, or a FileError and none.
std::vector<SavedModel> loadRunBundleIsolated(const std::filesystem::path& file, std::stop_token stop = {});
// `withFeatures` false: X is not made (the window makes features where it uses them:
// split_features.h).
DataSplit loadSplitIsolated(const std::filesystem::path& file, const std::string& prefix, std::stop_token stop = {},
                            bool withFeatures = true);
Dataset loadCourseDatasetIsolated(const std::filesystem::path& directory, std::stop_token stop = {},
                                  bool withFeatures = true);

// Where the reader program is: next to the running program.
std::filesystem::path readerExecutable();

// Which program reads and how long it may take (tests put a stand-in here).
struct ReaderProgram {
    std::filesystem::path path = readerExecutable();
    std::chrono::milliseconds limit = kReadTimeLimit;
};

// Runs the reader program with `request` and returns what it produced; rethrows its
// message as FileError; turns a crash, a time-out or a stop into FileError.
std::string readInReaderProcess(const std::filesystem::path& file, const std::vector<std::string>& request,
                                std::stop_token stop = {}, const ReaderProgram& program = {});

// The parent's side of the hand-over: the reader's reply (without its 'O') back into a
// model or a split. Throws std::runtime_error for bytes that do not hold together.
SavedModel modelFromReaderReply(const std::string& bytes);
std::vector<SavedModel> runsFromReaderReply(const std::string& bytes);
DataSplit splitFromReaderReply(std::string bytes, const std::filesystem::path& file, bool withFeatures = true);

// The reader program itself (catnet-reader model FILE [allow-non-finite] | runs FILE |
// split FILE PREFIX): writes 'O' + the serialized result, or 'E' + the error, to `out`.
int runReader(const std::vector<std::string>& arguments, std::ostream& out);

} // namespace catnet
