#include "cli/bench_large_data.h"

#include "cli/bench_support.h"
#include "engine/io/synthetic_dataset.h"
#include "engine/model/course_presets.h"
#include "engine/training/trainer.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

namespace catnet::cli {

namespace {

using Clock = BenchClock;

// The process's peak resident memory since the last resetPeakMemory(), in MB (VmHWM).
double peakMemorySinceReset() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0.0;
}

// Writing 5 to clear_refs starts the peak over from the current resident size.
void resetPeakMemory() {
    std::ofstream("/proc/self/clear_refs") << "5";
}

// One run, timed: set-up with iteration 0 (up to the first recorded cost), and the
// iterations after it.
struct TimedRun {
    double setUp = 0, perIteration = 0, total = 0;
    Strategy strategy = Strategy::Auto;
};

// Every report point (each 100th iteration) also measures the layer signals, as in the app.
TimedRun timeRun(const TrainConfig& config, const DataSplit& data) {
    TimedRun run;
    const auto start = Clock::now();
    Clock::time_point first;
    const TrainResult result = train(config, data.X, data.Y, [&](int iteration, double) {
        if (iteration == 0) {
            first = Clock::now();
            run.setUp = secondsSince(start);
        }
    });
    run.total = secondsSince(start);
    run.perIteration = std::chrono::duration<double>(Clock::now() - first).count() / (config.iterations - 1);
    run.strategy = result.strategy;
    return run;
}

} // namespace

void benchLargeData(std::ostream& out) {
    TrainConfig config = lLayerCourseConfig();
    {
        const DataSplit data = makeSyntheticSplit(5000, 7);
        const TimedRun fast = timeRun(config, data);
        TrainConfig plain = config;
        plain.strategy = Strategy::Plain;
        plain.iterations = 3;
        const TimedRun baseline = timeRun(plain, data);
        const double baselineRun = baseline.setUp + baseline.perIteration * (config.iterations - 1);
        out << "Generated data, m = 5,000, [12288,20,7,5,1], " << config.iterations << " iterations:\n"
            << "  " << nameOf(fast.strategy) << ": " << formatted("%.1f", fast.total) << " s ("
            << formatted("%.1f", fast.setUp) << " s set-up, " << formatted("%.1f", fast.perIteration * 1e3)
            << " ms per iteration)\n"
            << "  plain (the course's algorithm): " << formatted("%.0f", baselineRun) << " s (extrapolated from "
            << plain.iterations << " iterations), " << formatted("%.0fx", baselineRun / fast.total) << " slower\n";
    }
    {
        resetPeakMemory();
        const DataSplit data = makeSyntheticSplit(10000, 8);
        // What auto picks for the course's 2500 iterations, timed over fewer.
        config.strategy = chooseStrategy(config.layerDims, data.count(), config.iterations);
        config.iterations = 50;
        const TimedRun run = timeRun(config, data);
        out << "Generated data, m = 10,000, [12288,20,7,5,1], " << nameOf(run.strategy) << ": "
            << formatted("%.1f", run.setUp) << " s set-up, " << formatted("%.1f", run.perIteration * 1e3)
            << " ms per iteration, peak memory " << formatted("%.0f", peakMemorySinceReset())
            << " MB (images as bytes and doubles, the training)\n\n";
    }
}

} // namespace catnet::cli
