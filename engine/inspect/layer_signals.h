#pragma once

// What happens to each layer while a network trains (recorded at every report point):
// how spread out its activations are, how many ReLU units have died, how large its
// gradient is and how far one update moves its weights. Vanishing and exploding
// gradients and dying ReLUs show up here first.

#include "engine/model/parameters.h"

#include <functional>
#include <vector>

namespace catnet {

struct LayerSignals {
    double activationStd = 0.0; // standard deviation of A[l] over units and examples
    double deadShare = 0.0;     // share of ReLU units that are 0 for every example (0 for the sigmoid)
    double gradientNorm = 0.0;  // ‖dW[l]‖ (Frobenius)
    double updateRatio = 0.0;   // ‖lr·dW[l]‖ / ‖W[l]‖, W before the update
    bool operator==(const LayerSignals&) const = default;
};

struct SignalPoint {
    int iteration = 0;
    std::vector<LayerSignals> layers; // index l-1 for layer l
    bool operator==(const SignalPoint&) const = default;
};

// Called at every report point with that iteration's signals, on the training thread.
using SignalCallback = std::function<void(const SignalPoint&)>;

inline constexpr int kSignalsPerLayer = 4;

// One layer's signals from its activations A (n_l × m) and the norms of its gradient
// and weights.
LayerSignals measureLayer(const Matrix& A, bool relu, double gradientNorm, double weightNorm, double learningRate);

} // namespace catnet
