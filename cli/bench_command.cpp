#include "cli/bench_command.h"

#include "cli/bench_support.h"

#include "cli/bench_large_data.h"
#include "cli/bench_representation.h"

#include "engine/inspect/gradient_check.h"
#include "engine/inspect/overfitting_lab.h"
#include "engine/io/dataset.h"
#include "engine/model/course_presets.h"
#include "engine/model/course_steps.h"
#include "engine/model/initialization.h"
#include "engine/model/layer_dims.h"
#include "engine/training/sweep.h"
#include "engine/training/trainer.h"
#include "engine/training/two_way_split.h"

#include <CLI/CLI.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ostream>
#include <thread>

namespace catnet::cli {

namespace {

using Clock = BenchClock;

// Multiply-adds ×2 of one iteration, as each strategy computes it.
double flopsPerIteration(Strategy strategy, const LayerDims& dims, double m) {
    double later = 0.0; // layers 2..L: forward, dW and dA_prev
    for (std::size_t l = 2; l < dims.size(); ++l)
        later += 6.0 * double(dims[l]) * double(dims[l - 1]) * m;
    const double first = 2.0 * double(dims[1]) * double(dims[0]) * m; // one product over X
    switch (strategy) {
    case Strategy::Plain:
        return later + 3 * first; // W1·X, dZ1·Xᵀ and the unused W1ᵀ·dZ1
    case Strategy::Direct:
        return later + 2 * first;
    case Strategy::Gram:
        return later + 2.0 * double(dims[1]) * m * m; // S·G
    case Strategy::Auto:
        break;
    }
    return 0.0;
}

double timeRun(TrainConfig config, Strategy strategy, int iterations, const DataSplit& data) {
    config.iterations = iterations;
    config.strategy = strategy;
    const auto start = Clock::now();
    train(config, data.X, data.Y);
    return secondsSince(start);
}

// GFLOP/s of a 1536³ GEMM on one thread, and split over two threads by columns.
std::pair<double, double> referenceGemm() {
    const Eigen::Index n = 1536;
    const Matrix a = Matrix::Random(n, n), b = Matrix::Random(n, n);
    Matrix c(n, n);
    const double flops = 2.0 * double(n) * double(n) * double(n);
    std::vector<double> single, dual;
    for (int repeat = 0; repeat < 3; ++repeat) {
        auto start = Clock::now();
        c.noalias() = a * b;
        single.push_back(flops / secondsSince(start) / 1e9);
        start = Clock::now();
        splitInTwo(n, [&](Eigen::Index begin, Eigen::Index end) {
            c.middleCols(begin, end - begin).noalias() = a * b.middleCols(begin, end - begin);
        });
        dual.push_back(flops / secondsSince(start) / 1e9);
    }
    return {median(single), median(dual)};
}

double peakMemoryMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}


// The full gradient check of the course net at its initialization, against what
// gradient_check_n's way (one whole forward pass per perturbation) would take here.
void benchGradientCheck(const DataSplit& train, std::ostream& out) {
    const Parameters p = initializeParameters(lLayerCourseConfig().layerDims, InitScheme::Lecun, 1);
    std::vector<double> forward;
    for (int repeat = 0; repeat < 5; ++repeat) {
        const auto start = Clock::now();
        const double cost = course::computeCost(course::lModelForward(train.X, p), train.Y);
        forward.push_back(secondsSince(start));
        if (!(cost > 0))
            out << "(unexpected cost)\n";
    }
    const auto start = Clock::now();
    const GradientCheck check = checkGradients(p, train.X, train.Y);
    const double seconds = secondsSince(start);
    const double naive = 2.0 * double(check.parameters) * median(forward);
    out << "Gradient check of [12288,20,7,5,1] at its initialization, " << check.parameters << " parameters:\n"
        << "  catnet (cached forward pass, " << std::thread::hardware_concurrency() << " threads): "
        << formatted("%.2f", seconds) << " s, difference " << formatted("%.2e", check.difference) << "\n"
        << "  one full forward pass per perturbation: " << formatted("%.1f", median(forward) * 1e3) << " ms x "
        << 2 * check.parameters << " = " << formatted("%.0f", naive) << " s (estimated)\n"
        << "  speed-up: " << formatted("%.0fx", naive / seconds) << "\n";
}

// The sweep: the course's L-layer net, 2500 iterations, 10 learning rates ×
// 10 seeds, next to the same course run trained alone in this process.
void benchSweep(const Dataset& data, std::ostream& out) {
    const TrainConfig base = lLayerCourseConfig();
    SweepAxis rates{SweepSetting::LearningRate, {}}, seeds{SweepSetting::Seed, {}};
    for (int k = 1; k <= 10; ++k) {
        rates.values.push_back(0.0015 * k);
        seeds.values.push_back(std::int64_t(k));
    }
    const auto start = Clock::now();
    const TrainResult alone = train(base, data.train.X, data.train.Y);
    const double lone = secondsSince(start);
    const SweepResult sweep =
        runSweep(base, {rates, seeds}, {data.train.X, data.train.Y, data.test.X, data.test.Y});
    out << "Sweep of [12288,20,7,5,1], 2500 iterations, 10 learning rates x 10 seeds ("
        << sweep.cells.size() << " runs):\n"
        << "  " << formatted("%.2f", sweep.seconds) << " s in all, " << formatted("%.1f", sweep.seconds / 100 * 1e3)
        << " ms per run; one run alone " << formatted("%.1f", lone * 1e3) << " ms, final cost "
        << formatted("%.6f", alone.costs.back().cost) << "\n\n";
}

// SPEC §8's options on the course's L-layer net: each one's full run on its fast path
// against the plain loop (per epoch from a short run, set-up excluded, as above), and the
// overfitting lab's row.
void benchOptions(const Dataset& data, int repeats, std::ostream& out) {
    struct Case {
        const char* name;
        TrainConfig config;
    };
    const TrainConfig course = lLayerCourseConfig();
    std::vector<Case> cases{{"L2 0.7", course}, {"keep 0.86", course}, {"momentum", course}, {"flip", course},
                            {"adam, batch 64, 100 epochs", lLayerWithAdamConfig()}};
    cases[0].config.options.l2 = 0.7;
    cases[1].config.options.keepProb = 0.86;
    cases[2].config.options.optimizer = Optimizer::Momentum;
    cases[3].config.options.flip = true;
    out << "SPEC 8 options on [12288,20,7,5,1], m = " << data.train.count() << "\n"
        << "  option                       strategy   full run (s)   plain (s)   speed-up\n";
    for (const Case& c : cases) {
        const Strategy fast = resolveStrategy(c.config, data.train.X.cols());
        std::vector<double> fastRuns, plainPerEpoch;
        for (int repeat = 0; repeat < repeats; ++repeat) {
            fastRuns.push_back(timeRun(c.config, fast, c.config.iterations, data.train));
            if (fast != Strategy::Plain) {
                const int epochs = 11;
                const double one = timeRun(c.config, Strategy::Plain, 1, data.train);
                plainPerEpoch.push_back((timeRun(c.config, Strategy::Plain, epochs, data.train) - one) / (epochs - 1));
            }
        }
        const double seconds = median(fastRuns);
        const double plain = fast == Strategy::Plain ? seconds : median(plainPerEpoch) * c.config.iterations;
        const std::string name = c.name, strategy(nameOf(fast));
        out << "  " << name << std::string(29 - name.size(), ' ') << strategy << std::string(9 - strategy.size(), ' ')
            << formatted("%14.3f", seconds) << formatted("%11.1f", plain) << (fast == Strategy::Plain ? " " : "*")
            << formatted("%10.0fx", plain / seconds) << "\n";
    }
    std::vector<double> lab;
    for (int repeat = 0; repeat < repeats; ++repeat)
        lab.push_back(runOverfittingLab(course, overfittingLabSettings(false),
                                        {data.train.X, data.train.Y, data.test.X, data.test.Y})
                          .seconds);
    out << "* plain extrapolated from 10 timed epochs\n"
        << "Overfitting lab, its row of 8 (nothing added, L2 x3, keep x3, flip): " << formatted("%.2f", median(lab))
        << " s\n\n";
}

} // namespace

int runBenchCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
    std::string dataText;
    int repeats = 5;
    bool skipLarge = false;
    CLI::App app("Times the course's two runs with each training strategy on the real data.", "catnet-bench");
    app.add_option("--data", dataText, "folder with the two .h5 files (else $CATNET_DATA, else ./data)")
        ->option_text("DIR");
    app.add_option("--repeats", repeats, "timed repeats per figure (the median is shown)")
        ->check(CLI::Range(1, 1000))
        ->option_text("N [5]");
    app.add_flag("--skip-large", skipLarge, "leave out the generated m = 5,000 and m = 10,000 data sets (two minutes)");
    try {
        std::vector<std::string> reversed(arguments.rbegin(), arguments.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return 0;
    } catch (const CLI::ParseError& e) {
        err << "catnet-bench: " << e.what() << " (see --help)\n";
        return 2;
    }
    std::optional<std::filesystem::path> dataDirectory;
    if (!dataText.empty())
        dataDirectory = dataText;
    const auto directory = findDataDirectory(dataDirectory);
    if (!directory) {
        err << "catnet-bench: no dataset found: pass --data DIR or set CATNET_DATA\n";
        return 1;
    }
    const Dataset data = loadCourseDataset(*directory);
    const double m = double(data.train.count());

    const auto [gemmSingle, gemmDual] = referenceGemm();
    out << "catnet-bench: " << std::thread::hardware_concurrency() << " hardware threads, "
        << "repeats " << repeats << " (median)\n"
        << "reference GEMM 1536^3: " << formatted("%.1f", gemmSingle) << " GFLOP/s on 1 thread, "
        << formatted("%.1f", gemmDual) << " GFLOP/s on 2 threads\n\n";

    for (const TrainConfig& run : {lLayerCourseConfig(), twoLayerCourseConfig()}) {
        out << run.layerDims.size() - 1 << "-layer [" << formatLayerDims(run.layerDims, ",") << "], "
            << run.iterations << " iterations, m = " << data.train.count() << "\n";
        out << "  strategy   ms/iter   full run (s)   speed-up   GFLOP/s\n";
        double baselinePerIteration = 0.0;
        for (Strategy strategy : {Strategy::Plain, Strategy::Direct, Strategy::Gram}) {
            // Per iteration: the difference between a long and a one-iteration run, so
            // set-up (initialization, Xᵀ, the Gram matrix) is not counted in it.
            const int iterations = strategy == Strategy::Plain ? 21 : strategy == Strategy::Direct ? 201 : 2500;
            std::vector<double> perIteration, fullRun;
            for (int repeat = 0; repeat < repeats; ++repeat) {
                const double one = timeRun(run, strategy, 1, data.train);
                const double many = timeRun(run, strategy, iterations, data.train);
                perIteration.push_back((many - one) / (iterations - 1));
                fullRun.push_back(one + (many - one) * 2499.0 / (iterations - 1));
            }
            const double seconds = median(perIteration);
            if (strategy == Strategy::Plain)
                baselinePerIteration = seconds;
            const double gflops = flopsPerIteration(strategy, run.layerDims, m) / seconds / 1e9;
            out << "  " << std::string(nameOf(strategy)) + std::string(9 - nameOf(strategy).size(), ' ')
                << formatted("%8.3f", seconds * 1e3) << formatted("%15.3f", median(fullRun))
                << (iterations < 2500 ? "*" : " ") << formatted("%10.1fx", baselinePerIteration / seconds)
                << formatted("%10.1f", gflops) << "\n";
        }
        out << "\n";
    }
    out << "* full run extrapolated from " << 20 << " (plain) or " << 200
        << " (direct) timed iterations plus set-up\n\n";
    benchSweep(data, out);
    benchOptions(data, std::min(repeats, 3), out);
    benchRepresentation(data, std::min(repeats, 3), out);
    benchGradientCheck(data.train, out);
    out << "peak memory of the runs above: " << formatted("%.0f", peakMemoryMegabytes()) << " MB\n\n";
    if (!skipLarge)
        benchLargeData(out);
    return 0;
}

} // namespace catnet::cli
