#pragma once

#include "engine/model/parameters.h"

#include <array>
#include <vector>

namespace catnet {

// TensorBoard's "distributions" for the course's network (SPEC §9): each array of a layer
// summed up by nine percentiles over a run's frames, so that a learner sees a layer die
// (A all 0), saturate or explode.

// 0 and 100, the median, and ±0.5σ, ±1σ, ±1.5σ of a normal distribution.
inline constexpr std::array<double, 9> kDistributionPercentiles{0.0,   6.68,  15.87, 30.85, 50.0,
                                                                69.15, 84.13, 93.32, 100.0};
using Percentiles = std::array<double, 9>;

// numpy.percentile(values, kDistributionPercentiles) (linear interpolation) over every
// entry of `values`; throws std::invalid_argument when it is empty.
Percentiles percentilesOf(const Matrix& values);

struct LayerDistribution {
    Percentiles W, dW, Z, A;
};

struct DistributionFrame {
    int iteration = 0;
    std::vector<LayerDistribution> layers; // layer l of the course at index l − 1
};

// The frame's W and the course's dW (the cross-entropy's, as L_model_backward gives it:
// no L2 term, nothing dropped), and Z and A of the images X (columns) with labels Y.
DistributionFrame measureDistributions(int iteration, const Parameters& parameters, const Matrix& X,
                                       const Matrix& Y);

} // namespace catnet
