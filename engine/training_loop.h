#pragma once

#include "first_layer.h"
#include "iteration_gate.h"
#include "run_recorder.h"
#include "training_types.h"

#include <stop_token>

#include <memory>
#include <optional>

namespace catnet {

// The fast training paths: the course's algorithm with every buffer allocated once,
// no dA0 (nothing uses it), and the first layer delegated to a FirstLayer.
// Layers are indexed from 0 here (layer l of the course is index l-1).
// A run is either run() whole, or advanced an iteration at a time (several runs
// stepped together share their first-layer products, see gram_stack.h).
class TrainingLoop {
public:
    TrainingLoop(const TrainConfig& config, Parameters initial, std::unique_ptr<FirstLayer> firstLayer,
                 const Matrix& Y, ProgressCallback onProgress = {}, SignalCallback onSignals = {},
                 const HeldOut* heldOut = nullptr, HeldOutCallback onHeldOut = {});

    TrainResult run(std::stop_token stop, IterationGate* gate = nullptr);

    // Iteration i (0, 1, … in order). Returns false once the run has ended: all its
    // iterations done, diverged or stopped; finish() then gives the result.
    bool advance(int i, std::stop_token stop, IterationGate* gate = nullptr);
    TrainResult finish();

private:
    double forwardAndCost();
    // The network's output for the held-out examples, from the current parameters.
    Matrix heldOutOutput() const;
    // With `measured`, also measures every layer before its update (report points only).
    void backwardAndUpdate(SignalPoint* measured = nullptr);
    Parameters currentParameters() const;

    const TrainConfig& config_;
    const ProgressCallback onProgress_;
    const SignalCallback onSignals_;
    const HeldOutCallback onHeldOut_;
    RunRecorder recorder_;
    Parameters parameters_; // W[0] is unused: the first layer owns it
    std::unique_ptr<FirstLayer> firstLayer_;
    const Matrix& Y_;
    const double inverseM_;
    std::vector<RowMatrix> Z_, A_, dZ_;
    std::vector<Matrix> dW_; // dZ·Aᵀ of each layer after the first
    RowMatrix dA_;
    const Eigen::Map<const RowMatrix> y_; // Y, the same bytes
    int iterationsRun_ = 0;
    std::optional<TrainResult> ended_; // set when the run diverged or was stopped
};

} // namespace catnet
