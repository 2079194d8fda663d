#pragma once

// HDF5 files come from anywhere, and libhdf5 1.10 is not hardened against malformed
// ones: fuzzing found heap overflows inside it (tests/fixtures/). So user-supplied files
// are parsed in a forked child process that hands back only the validated result; a
// crash there becomes a FileError and never takes catnet down or corrupts its memory.

#include "dataset.h"
#include "model_io.h"

#include <filesystem>
#include <functional>
#include <string>

namespace catnet {

// Runs `read` (which returns the result, serialized) in a child process. Returns what
// it produced; rethrows its exception message as FileError; turns a crash into FileError.
std::string readInChildProcess(const std::filesystem::path& file, const std::function<std::string()>& read);

// loadModel / loadSplit / loadCourseDataset, parsed in a child process.
SavedModel loadModelIsolated(const std::filesystem::path& file, bool allowNonFinite = false);
DataSplit loadSplitIsolated(const std::filesystem::path& file, const std::string& prefix);
Dataset loadCourseDatasetIsolated(const std::filesystem::path& directory);

} // namespace catnet
