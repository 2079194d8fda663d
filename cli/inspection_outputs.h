#pragma once

// The files catnet-train writes for looking inside (README, "Looking inside"): every
// array under the course's name, in numpy's row-major shape.

#include "engine/inspect/decision_plane.h"
#include "engine/inspect/distributions.h"
#include "engine/inspect/gradient_check.h"
#include "engine/inspect/inspection.h"
#include "engine/inspect/loss_landscape.h"
#include "engine/inspect/projection.h"

#include <filesystem>
#include <optional>

namespace catnet::cli {

// --inspect-iteration: Z1…ZL, A0…AL, dA0…dAL, dZ1…dZL, dW1…dWL, db1…dbL, W1…WL, b1…bL;
// attributes iteration and cost.
void writeIterationValues(const std::filesystem::path& file, const IterationValues& values, int iteration);

// --gradient-check: dW1…, db1…, numerical_dW1…, numerical_db1…; attributes epsilon,
// difference, rounding_floor, parameters.
void writeGradientCheck(const std::filesystem::path& file, const GradientCheck& check);

struct PhotoSaliency {
    Eigen::VectorXd saliency; // 12288
    double probability = 0.0;
};

// --saliency: test_saliency (m, 64, 64, 3) from the (12288, m) saliency, and
// test_probabilities (1, m); with --photo, photo_saliency (64, 64, 3) and the scalar
// photo_probability.
void writeSaliency(const std::filesystem::path& file, const Matrix& saliency, const Matrix& probabilities,
                   const std::optional<PhotoSaliency>& photo = std::nullopt);

// --loss-line: alphas, train_costs and test_costs (each of length n).
void writeLossLine(const std::filesystem::path& file, const LossLine& line);

// --loss-surface: coordinates (n) and costs (n, n), costs[i, j] at (coordinates[i],
// coordinates[j]) along the two directions; attribute seed.
void writeLossSurface(const std::filesystem::path& file, const LossSurface& surface, std::uint32_t seed);

// --projection: iterations (T), coordinates (T, k, m_train), test_coordinates (T, k, m_test),
// axes (n_l, k) and explained (k), k = 2 (1 for a layer of one unit); attribute layer.
void writeProjection(const std::filesystem::path& file, const Projection& projection);

// --distributions: iterations (T) and, for every layer l, W{l}, dW{l}, Z{l} and A{l} of
// shape (T, 9): the percentiles of kDistributionPercentiles (also written, as percentiles).
void writeDistributions(const std::filesystem::path& file, const std::vector<DistributionFrame>& frames);

// --plane: p_cat (G, G), alpha (G) and beta (G); attributes i, j and k.
void writePlane(const std::filesystem::path& file, const DecisionPlane& plane, const std::array<long long, 3>& images);

} // namespace catnet::cli
