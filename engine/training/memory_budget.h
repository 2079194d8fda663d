#pragma once

// Says in one line what does not fit in memory, before anything is allocated, instead
// of a std::bad_alloc minutes later (or the machine swapping itself to a halt).

#include "engine/training/training_types.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace catnet {

// Thrown when something would need more memory than the machine has available.
class MemoryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// MemAvailable from /proc/meminfo (what can be allocated without swapping), in bytes.
std::uint64_t availableMemory();

// "1.5 GB", "800 MB", "12 KB".
std::string formatBytes(std::uint64_t bytes);

// "`what` needs X of memory, but only Y are available; `advice`", or nothing when it fits.
std::optional<std::string> memoryProblem(std::uint64_t needed, std::uint64_t available, const std::string& what,
                                         const std::string& advice);

// Throws MemoryError with memoryProblem's message unless `needed` fits in availableMemory().
void requireMemory(std::uint64_t needed, const std::string& what, const std::string& advice);

// Bytes that training `config` on m examples allocates besides the data: parameters and
// their gradients, each layer's activations and their gradients, and the strategy's own
// buffers (the Gram path's m × m matrices, the direct path's copy of Xᵀ).
std::uint64_t trainingMemory(const TrainConfig& config, Strategy strategy, std::uint64_t examples);

} // namespace catnet
