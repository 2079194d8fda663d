#pragma once

#include "engine/model/parameters.h"

#include <stop_token>

#include <cstdint>
#include <functional>
#include <vector>

namespace catnet {

// The cost around a run, to see the ground gradient descent walked on.

// J((1−α)·θ0 + α·θ1) for `points` values of α evenly from `from` to `to`, on the
// training and the test set: does the walk from the initial parameters θ0 to the
// trained θ1 cross a barrier or go down a smooth valley?
struct LossLine {
    std::vector<double> alphas, trainCosts, testCosts;
};
LossLine lossAlongLine(const Parameters& initial, const Parameters& trained, const Matrix& trainX,
                       const Matrix& trainY, const Matrix& testX, const Matrix& testY, int points = 101,
                       double from = -0.5, double to = 1.5);

// J(θ + a·δ + b·η) on a size × size grid of (a, b) evenly in [−extent, extent]², where
// δ and η are random directions (numpy's randn with `seed`) normalized filter by filter
// as in Li et al. (2018): each unit's incoming weights of a direction are scaled to the
// norm of that unit's weights in θ; biases are left out of the directions. So the grid's
// unit is the size of the weights themselves, whatever the layer.
struct LossSurface {
    std::vector<double> coordinates; // the `size` values of a (rows) and of b (columns)
    Matrix costs;                    // size × size: costs(i, j) at (coordinates[i], coordinates[j])
    bool stopped = false;
};
// Called with the share done (0…1) after each row of the grid.
using SurfaceProgress = std::function<void(double)>;
LossSurface lossSurface(const Parameters& at, const Matrix& X, const Matrix& Y, std::uint32_t seed = 0,
                        int size = 31, double extent = 1.0, const SurfaceProgress& progress = {},
                        std::stop_token stop = {});

// One filter-normalized random direction for `at` (see lossSurface).
Parameters filterNormalizedDirection(const Parameters& at, std::uint32_t seed);

} // namespace catnet
