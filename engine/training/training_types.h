#pragma once

// The vocabulary of training, low in the engine: what a run is asked to do
// (TrainConfig), what it reports (CostPoint, TrainResult), and the one check of a
// configuration that the trainer, catnet-train and the window all use.

#include "engine/inspect/layer_signals.h"
#include "engine/model/enum_names.h"
#include "engine/model/initialization.h"
#include "engine/model/parameters.h"
#include "engine/training/training_options.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace catnet {

// How an iteration is computed. All give the course's numbers; they differ in speed.
enum class Strategy {
    Auto,   // Gram when it is cheaper and its m×m matrix fits the memory budget, else Direct
    Plain,  // the course's step functions as written (the benchmark's baseline)
    Direct, // preallocated buffers, no unused dA0, both cores on the first layer
    Gram,   // first layer through the Gram matrix XᵀX: cost independent of the input size
};

template <>
struct EnumNames<Strategy> {
    static constexpr std::array<std::pair<Strategy, std::string_view>, 4> table{{
        {Strategy::Auto, "auto"}, {Strategy::Direct, "direct"}, {Strategy::Gram, "gram"}, {Strategy::Plain, "plain"}}};
};

// The defaults are the course's L-layer run (see course_presets.h).
struct TrainConfig {
    LayerDims layerDims{12288, 20, 7, 5, 1};
    double learningRate = 0.0075;
    int iterations = 2500;
    std::uint32_t seed = 1;
    InitScheme init = InitScheme::Lecun;
    int reportEvery = 100;
    Strategy strategy = Strategy::Auto;
    TrainingOptions options; // SPEC §8; the defaults add nothing to the course's algorithm

    bool operator==(const TrainConfig&) const = default;
};

// Which setting a problem is about, so each front end can name it its own way
// ("--learning-rate" on the command line, "Learning rate" in the window).
enum class ConfigField { LayerDims, LearningRate, Iterations, ReportEvery };

struct ConfigProblem {
    ConfigField field;
    std::string message; // "must be a positive number", "the last layer must be 1", ...
};

// Everything that can be checked about a configuration for inputs of `inputSize`
// features (pass layerDims.front() to check it before the data is known).
std::optional<ConfigProblem> checkTrainConfig(const TrainConfig& config, Eigen::Index inputSize);

struct CostPoint {
    int iteration = 0;
    double cost = 0.0;
    bool operator==(const CostPoint&) const = default;
};

// Every iteration's training cost, where the report points keep only some: value k is
// the cost of iteration k × stride. Past kMaxValues values every other one is dropped and
// the stride doubles, so a run of a billion iterations stays within tens of megabytes;
// runs of up to kMaxValues iterations keep every one.
struct CostHistory {
    static constexpr std::size_t kMaxValues = std::size_t{1} << 22; // 32 MiB of doubles
    int stride = 1;
    std::vector<double> values;

    void add(int iteration, double cost);
    int iterationAt(std::size_t k) const { return int(k) * stride; }
    bool operator==(const CostHistory&) const = default;
};

enum class Outcome { Completed, Diverged, Cancelled };

template <>
struct EnumNames<Outcome> {
    static constexpr std::array<std::pair<Outcome, std::string_view>, 3> table{{
        {Outcome::Completed, "completed"}, {Outcome::Diverged, "diverged"}, {Outcome::Cancelled, "cancelled"}}};
};

// What a run records at each report point about data it does not learn from (the test
// set), beside the training accuracy: overfitting as a picture.
struct HeldOutPoint {
    int iteration = 0;
    double testCost = 0.0;
    double trainAccuracy = 0.0, testAccuracy = 0.0; // cat where P(cat) > the threshold
    bool operator==(const HeldOutPoint&) const = default;
};
inline constexpr int kHeldOutValues = 3; // per point in a model file: test cost, train and test accuracy

// The held-out examples, one per column as in X, and the threshold for accuracies.
struct HeldOut {
    const Matrix& X;
    const Matrix& Y;
    double threshold = 0.5;
};

// Called at every report point with the held-out figures. Runs on the training thread.
using HeldOutCallback = std::function<void(const HeldOutPoint& point)>;

struct TrainResult {
    Parameters parameters;           // after the last completed update
    std::vector<CostPoint> costs;    // every multiple of reportEvery, and the last iteration
    CostHistory costHistory;         // every iteration's cost (see CostHistory)
    CostHistory stepCosts;           // with mini-batches (SPEC §8), every step's batch cost; else empty
    std::vector<SignalPoint> layerSignals; // at the same iterations as costs (not "signals": a Qt keyword)
    std::vector<HeldOutPoint> heldOut;     // at the same iterations as costs, when a held-out set was given
    Outcome outcome = Outcome::Completed;
    int iterationsRun = 0;           // epochs completed (with one batch, updates applied)
    long long steps = 0;             // updates applied
    std::optional<int> divergedAt;   // iteration whose cost was not finite
    Strategy strategy = Strategy::Plain; // the one actually used (never Auto)
    double seconds = 0.0;
    int partnerSteps = 0;            // steps whose second part of the examples ran on a partner thread

    // "completed", "diverged at iteration N", "cancelled after N iterations".
    std::string describeOutcome() const;
};

// Called at every recorded cost: (iteration, cost). Runs on the training thread.
using ProgressCallback = std::function<void(int iteration, double cost)>;

} // namespace catnet
