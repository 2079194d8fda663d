#pragma once

#include <Eigen/Core>

#include <vector>

namespace catnet {

using Matrix = Eigen::MatrixXd;
// Activations in the fast training loop: still one column per example, but each unit's
// values over the examples contiguous, which makes the small layers' products about twice
// as fast (Eigen then runs them with the examples as the long dimension).
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using LayerDims = std::vector<Eigen::Index>;

// The network's weights, layer l = 1..L stored at index l-1.
// W[l-1] is (n_l, n_{l-1}); b[l-1] is (n_l, 1). Columns of activations are examples.
struct Parameters {
    std::vector<Matrix> W;
    std::vector<Matrix> b;

    int layerCount() const { return static_cast<int>(W.size()); }
    // [n_0, n_1, ..., n_L] read off the weight shapes.
    LayerDims layerDims() const;
};

} // namespace catnet
