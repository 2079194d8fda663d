#pragma once

#include "engine/model/parameters.h"

#include <vector>

namespace catnet {

// The projector of SPEC §9: the images as points in the plane of a hidden layer's two main
// axes, frame by frame, so that a learner watches the layer pull cats and non-cats apart.
// A frame is the parameters before an update at a report point, and the trained ones last
// (IterationGate::watchFrames collects them during a run).

// A[layer] of the images X (columns) under `parameters`, nothing dropped (1 ≤ layer ≤ L−1).
Matrix hiddenActivations(const Parameters& parameters, const Matrix& X, int layer);

struct Projection {
    int layer = 0;                   // 1 … L−1
    std::vector<int> iterations;     // one per frame
    std::vector<Matrix> train, test; // per frame: k × m coordinates, k = axes.cols()
    Matrix axes;                     // n_l × k (k = 2, or 1 when the layer has one unit): u1, u2
    std::vector<double> explained;   // the share of the last frame's variance on each axis
};

// Collects a layer's activations frame by frame (8 KB a frame for the course's layer 3,
// so a long run's frames fit), then projects all of them on the last frame's axes.
class ProjectionRecorder {
public:
    // `trainX` and `testX` (may be null: no test points) must outlive the recorder.
    ProjectionRecorder(int layer, const Matrix& trainX, const Matrix* testX);

    void addFrame(int iteration, const Parameters& parameters);
    bool empty() const { return frames_.empty(); }
    int lastIteration() const { return frames_.back().iteration; }

    // Axes: the first two left singular vectors of the last frame's centred activations,
    // each signed so that its largest-magnitude entry is positive; every frame is centred
    // on its own training mean (the test images too) and projected on them.
    // Throws std::logic_error before the first frame.
    Projection project() const;

private:
    struct Frame {
        int iteration = 0;
        Matrix train, test; // A[layer] minus the frame's training mean
    };

    const int layer_;
    const Matrix& trainX_;
    const Matrix* testX_;
    std::vector<Frame> frames_;
};

} // namespace catnet
