#pragma once

#include "first_layer.h"
#include "iteration_gate.h"
#include "training_types.h"

#include <stop_token>

#include <memory>

namespace catnet {

// The fast training paths: the course's algorithm with every buffer allocated once,
// no dA0 (nothing uses it), and the first layer delegated to a FirstLayer.
// Layers are indexed from 0 here (layer l of the course is index l-1).
class TrainingLoop {
public:
    TrainingLoop(const TrainConfig& config, Parameters initial,
                 std::unique_ptr<FirstLayer> firstLayer, const Matrix& Y);

    TrainResult run(const ProgressCallback& onProgress, std::stop_token stop, IterationGate* gate = nullptr,
                    const SignalCallback& onSignals = {});

private:
    double forwardAndCost();
    // With `measured`, also measures every layer before its update (report points only).
    void backwardAndUpdate(SignalPoint* measured = nullptr);
    Parameters currentParameters() const;

    const TrainConfig& config_;
    Parameters parameters_; // W[0] is unused: the first layer owns it
    std::unique_ptr<FirstLayer> firstLayer_;
    const Matrix& Y_;
    const double inverseM_;
    std::vector<Matrix> Z_, A_, dZ_;
    Matrix dA_;
};

} // namespace catnet
