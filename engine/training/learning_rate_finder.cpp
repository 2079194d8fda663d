#include "engine/training/learning_rate_finder.h"

#include "engine/model/initialization.h"
#include "engine/training/option_steps.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace catnet {

namespace {
constexpr double kBlowUp = 4.0;     // stop once the cost is this many times its lowest (fastai's)
constexpr double kSmoothing = 0.98; // the moving average's β
} // namespace

LearningRateSearch findLearningRate(const TrainConfig& config, const Matrix& X, const Matrix& Y, int steps,
                                    std::stop_token stop) {
    const TrainingOptions& options = config.options;
    StepBatches batches(X, Y, options, config.seed);

    NumpyRandom random(config.seed); // as a run: the weights, then any dropout masks
    Parameters parameters = initializeParameters(config.layerDims, config.init, random);
    OptimizerState optimizer(parameters, options);
    ForwardPass pass;
    LearningRateSearch search;
    double lowest = std::numeric_limits<double>::infinity();
    int epoch = 0;
    Eigen::Index first = 0;
    batches.startEpoch(epoch);
    for (int step = 0; step < steps; ++step) {
        if (stop.stop_requested()) {
            search.stopped = true;
            break;
        }
        if (first >= batches.examples()) { // the next epoch, in its own order
            first = 0;
            batches.startEpoch(++epoch);
        }
        first += batches.take(first);
        const double rate =
            kFinderLowestRate * std::pow(kFinderHighestRate / kFinderLowestRate, steps > 1 ? double(step) / (steps - 1) : 0.0);
        forwardWithDropout(batches.X(), parameters, options.keepProb, random, pass);
        const double cost = costWithL2(pass.AL(), batches.Y(), parameters, options.l2);
        if (!std::isfinite(cost) || cost > kBlowUp * lowest)
            break;
        lowest = std::min(lowest, cost);
        search.points.push_back({step, rate, cost});
        optimizer.update(parameters, backwardWithOptions(batches.Y(), pass, options.keepProb, parameters, options.l2), rate);
    }
    search.suggested = steepestRate(search.points);
    return search;
}

std::optional<double> steepestRate(const std::vector<LearningRatePoint>& points) {
    if (points.size() < 5)
        return std::nullopt;
    std::vector<double> smoothed;
    double average = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        average = kSmoothing * average + (1.0 - kSmoothing) * points[i].cost;
        smoothed.push_back(average / (1.0 - std::pow(kSmoothing, double(i + 1))));
    }
    // The slope against log10 lr, by central differences (one-sided at the ends), as np.gradient.
    std::size_t steepest = 0;
    double steepestSlope = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::size_t before = i == 0 ? 0 : i - 1, after = std::min(i + 1, points.size() - 1);
        const double slope = (smoothed[after] - smoothed[before]) /
                             (std::log10(points[after].learningRate) - std::log10(points[before].learningRate));
        if (slope < steepestSlope) {
            steepestSlope = slope;
            steepest = i;
        }
    }
    return points[steepest].learningRate;
}

} // namespace catnet
