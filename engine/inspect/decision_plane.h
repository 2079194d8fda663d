#pragma once

#include "engine/model/parameters.h"

#include <vector>

namespace catnet {

// The decision surface through three images (SPEC §9), the image-space stand-in for the
// Playground's boundary: P(cat) over the plane x = x_i + α(x_j − x_i) + β(x_k − x_i), where
// (0, 0) is image i, (1, 0) image j and (0, 1) image k, for α and β from −0.5 to 1.5.

struct DecisionPlane {
    std::vector<double> alphas, betas; // the grid's G values of each
    Matrix pCat;                       // G × G: pCat(a, b) at (alphas[a], betas[b])
};

// The plane through columns i, j and k of X under `parameters`, on a grid × grid grid
// (grid ≥ 2). Layer 1 is linear in x, so its Z over the whole grid comes from three
// products: W1·x_i, W1·(x_j − x_i) and W1·(x_k − x_i). Throws std::invalid_argument for a
// column outside X or a grid below 2.
DecisionPlane decisionPlane(const Parameters& parameters, const Matrix& X, Eigen::Index i, Eigen::Index j,
                            Eigen::Index k, int grid);

// The point (α, β) of that plane as an image: a column like X's (not clipped to [0, 1]).
Eigen::VectorXd planePoint(const Matrix& X, Eigen::Index i, Eigen::Index j, Eigen::Index k, double alpha,
                           double beta);

// α_a (or β_b) = −0.5 + 2a/(G − 1).
double planeCoordinate(int index, int grid);

} // namespace catnet
