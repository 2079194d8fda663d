#pragma once

#include "engine/inspect/projection.h"
#include "engine/training/iteration_gate.h"
#include "engine/training/training_types.h"

#include <functional>

namespace catnet {

// Takes a run's ActivationFrames as it trains, for the projector: through the gate every
// `every` iterations (from the loop's kept first-layer products where it has them, so the
// frames cost the run little), then the trained network last. A frame that is not finite
// (a diverging run's last steps) is not handed over.
class ActivationTap {
public:
    using Sink = std::function<void(ActivationFrame frame)>;

    // `trainX` and `testX` are the matrices given to train() (as training images and as
    // held-out ones); they must outlive the tap, as must the tap the run.
    ActivationTap(const Matrix& trainX, const Matrix& testX, Sink sink);

    // Sets `gate` to hand this tap a frame every `every` iterations.
    void watch(IterationGate& gate, int every);
    // The trained network's frame, unless the run's last frame was already of it.
    void finish(const TrainResult& result);

private:
    void take(const RunFrame& frame);

    const Matrix& trainX_;
    const Matrix& testX_;
    Sink sink_;
    int lastIteration_ = -1;
};

// A frame of the images under `frame` as the run sees it: A[1] … A[L−1] and P(cat) of
// both sets (the RunFrame form of captureActivations).
ActivationFrame captureActivations(const RunFrame& frame, const Matrix& trainX, const Matrix& testX);

} // namespace catnet
