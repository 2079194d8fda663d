#include "engine/inspect/layer_signals.h"

#include <cmath>

namespace catnet {

LayerSignals measureLayer(const Matrix& A, bool relu, double gradientNorm, double weightNorm, double learningRate) {
    LayerSignals signals;
    if (A.size() > 0) {
        const double mean = A.mean();
        signals.activationStd = std::sqrt((A.array() - mean).square().mean());
    }
    if (relu && A.rows() > 0)
        signals.deadShare = double((A.array() == 0.0).rowwise().all().count()) / double(A.rows());
    signals.gradientNorm = gradientNorm;
    signals.updateRatio = weightNorm > 0 ? learningRate * gradientNorm / weightNorm : 0.0;
    return signals;
}

} // namespace catnet
