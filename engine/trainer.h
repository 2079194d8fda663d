#pragma once

#include "initialization.h"
#include "parameters.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace catnet {

// How an iteration is computed. All give the course's numbers; they differ in speed.
enum class Strategy {
    Auto,   // Gram when it is cheaper and its m×m matrix fits the memory budget, else Direct
    Plain,  // the course's step functions as written (the benchmark's baseline)
    Direct, // preallocated buffers, no unused dA0, both cores on the first layer
    Gram,   // first layer through the Gram matrix XᵀX: cost independent of the input size
};

std::string_view strategyName(Strategy strategy);
std::optional<Strategy> parseStrategy(std::string_view name);

struct TrainConfig {
    LayerDims layerDims{12288, 20, 7, 5, 1};
    double learningRate = 0.0075;
    int iterations = 2500;
    std::uint32_t seed = 1;
    InitScheme init = InitScheme::Lecun;
    int reportEvery = 100;
    Strategy strategy = Strategy::Auto;
};

struct CostPoint {
    int iteration = 0;
    double cost = 0.0;
};

enum class Outcome { Completed, Diverged, Cancelled };
std::string_view outcomeName(Outcome outcome);

struct TrainResult {
    Parameters parameters;           // after the last completed update
    std::vector<CostPoint> costs;    // every multiple of reportEvery, and the last iteration
    Outcome outcome = Outcome::Completed;
    int iterationsRun = 0;           // updates applied
    std::optional<int> divergedAt;   // iteration whose cost was not finite
    Strategy strategy = Strategy::Plain; // the one actually used (never Auto)
    double seconds = 0.0;

    // "completed", "diverged at iteration N", "cancelled after N iterations".
    std::string describeOutcome() const;
};

// Called at every recorded cost: (iteration, cost). Runs on the training thread.
using ProgressCallback = std::function<void(int iteration, double cost)>;

// Full-batch gradient descent as in the course. X is (n_0, m), Y is (1, m) of 0/1.
// Checks `stop` between iterations; a cost that is not finite (a diverging learning
// rate, or a saturated sigmoid whose log is infinite) ends the run as Diverged.
// Throws std::invalid_argument for a config that does not fit the data.
TrainResult train(const TrainConfig& config, const Matrix& X, const Matrix& Y,
                  const ProgressCallback& onProgress = {}, std::stop_token stop = {});

// What Auto picks for this problem size (documented in README).
Strategy chooseStrategy(const LayerDims& dims, Eigen::Index examples, int iterations);

} // namespace catnet
