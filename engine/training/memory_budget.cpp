#include "engine/training/memory_budget.h"

#include "engine/model/layer_dims.h"
#include "engine/training/direct_first_layer.h"
#include "engine/training/gram_stack.h"

#include <algorithm>
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
    const TrainingOptions& options = config.options;
    // The examples a step sees (SPEC §8): flip doubles them, a mini-batch takes B of them;
    // the report points still run the whole set forward.
    const long double trained = options.flip ? 2 * m : m;
    const long double step = options.isFullBatch(static_cast<long long>(trained)) ? trained
                                                                                   : static_cast<long double>(options.batchSize);
    const long double perLayer = std::max(step, m);
    long double doubles = 0;
    const LayerDims& dims = config.layerDims;
    for (std::size_t l = 1; l < dims.size(); ++l) {
        const long double n = static_cast<long double>(dims[l]), previous = static_cast<long double>(dims[l - 1]);
        doubles += 3 * n * (previous + 1); // W, b, their gradients and a spare copy
        doubles += 4 * n * perLayer;       // Z, A, dZ, dA of the layer
        if (options.keepProb < 1.0 && l + 1 < dims.size())
            doubles += n * step; // the dropout mask
        if (options.optimizer != Optimizer::GradientDescent)
            doubles += 2 * n * (previous + 1); // the optimizer's moments
    }
    const long double n0 = dims.empty() ? 0 : static_cast<long double>(dims.front());
    const long double n1 = dims.size() > 1 ? static_cast<long double>(dims[1]) : 1;
    if (strategy == Strategy::Gram && !options.isCourseDescent()) {
        // The span path (span_first_layer.h): XᵀX packed (and in panels below
        // GramStack::kStreamedFrom images), W1(0)·X, T, momentum's U and a gradient; the
        // mirrored set with flip.
        const long double panels = trained < GramStack::kStreamedFrom ? trained * trained : 0;
        doubles += trained * (trained + 1) / 2 + panels + 4 * n1 * trained + (options.flip ? n0 * trained : 0);
    } else if (strategy == Strategy::Gram) {
        // XᵀX as its packed lower triangle, below GramStack::kStreamedFrom images also
        // copied whole into panels (panel_gram.h); S and S·XᵀX.
        const long double panels = m < GramStack::kStreamedFrom ? m * m : 0;
        doubles += m * (m + 1) / 2 + panels + 2 * m * n1;
    } else if (strategy == Strategy::Direct && n0 * m * sizeof(double) <= kStoredTransposeBytes)
        doubles += n0 * m; // Xᵀ, kept for a small set only (direct_first_layer.h)
    else if (strategy == Strategy::Plain && options.isCourseDescent())
        doubles += 2 * n0 * m; // the caches' copies of X
    else if (strategy == Strategy::Plain) // SPEC §8's loop refers to X; the mirrored set and a batch are copies
        doubles += (options.flip ? n0 * trained : 0) + (step < trained ? n0 * step : 0);
    const long double bytes = doubles * sizeof(double);
    return bytes > static_cast<long double>(std::numeric_limits<std::uint64_t>::max() / 2)
               ? std::numeric_limits<std::uint64_t>::max() / 2
               : static_cast<std::uint64_t>(bytes);
}

} // namespace catnet
