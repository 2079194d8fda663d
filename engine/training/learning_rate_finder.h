#pragma once

#include "engine/training/training_types.h"

#include <optional>
#include <stop_token>
#include <vector>

namespace catnet {

// A learning-rate finder, as fastai's lr_find: a short run whose learning rate grows
// exponentially step by step, from kFinderLowestRate to kFinderHighestRate; the cost
// falls slowly at first, fastest somewhere, then blows up. The suggested rate is where
// it falls fastest (the steepest descent of the smoothed cost against log lr).
inline constexpr double kFinderLowestRate = 1e-6;
inline constexpr double kFinderHighestRate = 10.0;
inline constexpr int kFinderSteps = 100;

struct LearningRatePoint {
    int step = 0;
    double learningRate = 0.0;
    double cost = 0.0; // of the step's batch, before its update (with L2 and dropout as configured)
};

struct LearningRateSearch {
    std::vector<LearningRatePoint> points; // up to where the cost blew up (4 × its lowest, or not finite)
    std::optional<double> suggested;       // none when too few points were taken
    bool stopped = false;
};

// `config`'s network, initialization, seed and SPEC §8 options (the batches, the
// optimizer, dropout, L2, flip) with the learning rate of step s being
// lowest · (highest / lowest)^(s / (steps − 1)). X: (features, m), columns are examples.
LearningRateSearch findLearningRate(const TrainConfig& config, const Matrix& X, const Matrix& Y,
                                    int steps = kFinderSteps, std::stop_token stop = {});

// The rate where the smoothed cost falls fastest against log lr (exponential moving
// average, β 0.98, debiased, as fastai smooths it); none for fewer than 5 points.
std::optional<double> steepestRate(const std::vector<LearningRatePoint>& points);

} // namespace catnet
