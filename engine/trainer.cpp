#include "trainer.h"

#include "first_layer.h"
#include "layer_dims.h"
#include "plain_training.h"
#include "training_loop.h"

#include <chrono>
#include <stdexcept>

namespace catnet {

std::string_view strategyName(Strategy strategy) {
    switch (strategy) {
    case Strategy::Auto:
        return "auto";
    case Strategy::Plain:
        return "plain";
    case Strategy::Direct:
        return "direct";
    case Strategy::Gram:
        return "gram";
    }
    return "auto";
}

std::optional<Strategy> parseStrategy(std::string_view name) {
    for (Strategy s : {Strategy::Auto, Strategy::Plain, Strategy::Direct, Strategy::Gram})
        if (strategyName(s) == name)
            return s;
    return std::nullopt;
}

std::string_view outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Completed:
        return "completed";
    case Outcome::Diverged:
        return "diverged";
    case Outcome::Cancelled:
        return "cancelled";
    }
    return "completed";
}

std::string TrainResult::describeOutcome() const {
    switch (outcome) {
    case Outcome::Completed:
        return "completed";
    case Outcome::Diverged:
        return "diverged at iteration " + std::to_string(divergedAt.value_or(iterationsRun));
    case Outcome::Cancelled:
        return "cancelled after " + std::to_string(iterationsRun) + " iterations";
    }
    return {};
}

// The Gram matrix holds m² doubles; beyond this budget the direct path is used.
constexpr double kGramMemoryBudgetBytes = 256.0 * 1024 * 1024;

Strategy chooseStrategy(const LayerDims& dims, Eigen::Index examples, int iterations) {
    const double m = static_cast<double>(examples);
    const double n0 = static_cast<double>(dims.front());
    const double n1 = static_cast<double>(dims.size() > 1 ? dims[1] : 1);
    if (m * m * sizeof(double) > kGramMemoryBudgetBytes)
        return Strategy::Direct;
    // Multiply-adds of the first layer over the whole run, set-up included.
    const double directWork = iterations * 2.0 * n1 * n0 * m;
    const double gramWork = m * m * n0 / 2 + n1 * n0 * m + iterations * n1 * m * m +
                            n1 * m * n0; // XᵀX, W1(0)·X, S·G per iteration, recovering W1
    return gramWork < directWork ? Strategy::Gram : Strategy::Direct;
}

namespace {

void checkInputs(const TrainConfig& config, const Matrix& X, const Matrix& Y) {
    if (auto problem = validateLayerDims(config.layerDims, X.rows()))
        throw std::invalid_argument("layer sizes: " + *problem);
    if (X.cols() == 0)
        throw std::invalid_argument("there are no training examples");
    if (Y.rows() != 1 || Y.cols() != X.cols())
        throw std::invalid_argument("labels must be one row with one entry per example");
    if (!(config.learningRate > 0.0) || !std::isfinite(config.learningRate))
        throw std::invalid_argument("the learning rate must be a positive number");
    if (config.iterations < 1)
        throw std::invalid_argument("the number of iterations must be at least 1");
    if (config.reportEvery < 1)
        throw std::invalid_argument("the report interval must be at least 1");
}

} // namespace

TrainResult train(const TrainConfig& config, const Matrix& X, const Matrix& Y,
                  const ProgressCallback& onProgress, std::stop_token stop) {
    checkInputs(config, X, Y);
    const auto start = std::chrono::steady_clock::now();

    Strategy strategy = config.strategy;
    if (strategy == Strategy::Auto)
        strategy = chooseStrategy(config.layerDims, X.cols(), config.iterations);

    Parameters initial = initializeParameters(config.layerDims, config.init, config.seed);
    TrainResult result;
    if (strategy == Strategy::Plain) {
        result = trainPlain(config, std::move(initial), X, Y, onProgress, stop);
    } else {
        std::unique_ptr<FirstLayer> firstLayer =
            strategy == Strategy::Gram ? makeGramFirstLayer(initial.W[0], X, config.learningRate)
                                       : makeDirectFirstLayer(initial.W[0], X, config.learningRate);
        TrainingLoop loop(config, std::move(initial), std::move(firstLayer), Y);
        result = loop.run(onProgress, stop);
    }
    result.strategy = strategy;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace catnet
