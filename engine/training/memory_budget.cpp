#include "engine/training/memory_budget.h"

#include "engine/model/layer_dims.h"
#include "engine/training/direct_first_layer.h"
#include "engine/training/gram_stack.h"

#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>

namespace catnet {

std::uint64_t availableMemory() {
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    std::uint64_t kilobytes = 0;
    std::string unit;
    while (meminfo >> key >> kilobytes >> unit)
        if (key == "MemAvailable:")
            return kilobytes * 1024;
    return std::numeric_limits<std::uint64_t>::max(); // unknown: do not refuse
}

std::string formatBytes(std::uint64_t bytes) {
    const char* units[] = {"bytes", "KB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 4) {
        value /= 1000.0;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, unit == 0 ? "%.0f %s" : value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    return text;
}

std::optional<std::string> memoryProblem(std::uint64_t needed, std::uint64_t available, const std::string& what,
                                         const std::string& advice) {
    if (needed <= available)
        return std::nullopt;
    return what + " needs " + formatBytes(needed) + " of memory, but only " + formatBytes(available) +
           " are available; " + advice;
}

void requireMemory(std::uint64_t needed, const std::string& what, const std::string& advice) {
    if (auto problem = memoryProblem(needed, availableMemory(), what, advice))
        throw MemoryError(*problem);
}

std::uint64_t trainingMemory(const TrainConfig& config, Strategy strategy, std::uint64_t examples) {
    const long double m = static_cast<long double>(examples);
    long double doubles = 0;
    const LayerDims& dims = config.layerDims;
    for (std::size_t l = 1; l < dims.size(); ++l) {
        const long double n = static_cast<long double>(dims[l]), previous = static_cast<long double>(dims[l - 1]);
        doubles += 3 * n * (previous + 1); // W, b, their gradients and a spare copy
        doubles += 4 * n * m;              // Z, A, dZ, dA of the layer
    }
    const long double n0 = dims.empty() ? 0 : static_cast<long double>(dims.front());
    if (strategy == Strategy::Gram) {
        // XᵀX as its packed lower triangle, below GramStack::kStreamedFrom images also
        // copied whole into panels (panel_gram.h); S and S·XᵀX.
        const long double panels = m < GramStack::kStreamedFrom ? m * m : 0;
        doubles += m * (m + 1) / 2 + panels + 2 * m * (dims.size() > 1 ? static_cast<long double>(dims[1]) : 1);
    } else if (strategy == Strategy::Direct && n0 * m * sizeof(double) <= kStoredTransposeBytes)
        doubles += n0 * m; // Xᵀ, kept for a small set only (direct_first_layer.h)
    else if (strategy == Strategy::Plain)
        doubles += 2 * n0 * m; // the caches' copies of X
    const long double bytes = doubles * sizeof(double);
    return bytes > static_cast<long double>(std::numeric_limits<std::uint64_t>::max() / 2)
               ? std::numeric_limits<std::uint64_t>::max() / 2
               : static_cast<std::uint64_t>(bytes);
}

} // namespace catnet
