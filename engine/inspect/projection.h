#pragma once

#include "engine/model/layer_dims.h"
#include "engine/model/parameters.h"

#include <cstddef>
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

// Projects frames of a layer's activations (n_l × m each, as hiddenActivations gives them;
// `test` empty or one per frame) on the last frame's axes: the first two left singular
// vectors of its centred training activations, each signed so that its largest-magnitude
// entry is positive. Every frame is centred on its own training mean (its test images
// too). Throws std::invalid_argument without frames.
Projection projectActivations(int layer, const std::vector<int>& iterations, const std::vector<Matrix>& train,
                              const std::vector<Matrix>& test);

// A frame of every hidden layer at once, for a view that lets the learner pick the layer:
// A[1] … A[L−1] of the training and test images, and P(cat) of each.
struct ActivationFrame {
    int iteration = 0;
    std::vector<Matrix> train, test; // index l − 1: A[l]
    Eigen::RowVectorXd trainP, testP;
};
ActivationFrame captureActivations(int iteration, const Parameters& parameters, const Matrix& trainX,
                                   const Matrix& testX);
// projectActivations of layer `layer` of these frames.
Projection projectFrames(const std::vector<ActivationFrame>& frames, int layer);

// How many iterations apart a view takes frames of `frameBytes` each: every report point,
// or every k-th so that a run of `iterations` gives at most kMostFrames of them and at most
// kFrameBytes in all (and its trained network last).
inline constexpr std::size_t kMostFrames = 250;
inline constexpr std::size_t kFrameBytes = std::size_t{256} << 20;
int frameInterval(int iterations, int reportEvery, std::size_t frameBytes);
// An ActivationFrame's size: every hidden unit and P(cat), for every image.
std::size_t activationFrameBytes(const LayerDims& dims, Eigen::Index trainImages, Eigen::Index testImages);

// Collects a layer's activations frame by frame (8 KB a frame for the course's layer 3,
// so a long run's frames fit), then projects all of them on the last frame's axes.
class ProjectionRecorder {
public:
    // `trainX` and `testX` (may be null: no test points) must outlive the recorder.
    ProjectionRecorder(int layer, const Matrix& trainX, const Matrix* testX);

    void addFrame(int iteration, const Parameters& parameters);
    bool empty() const { return iterations_.empty(); }
    int lastIteration() const { return iterations_.back(); }

    // projectActivations of the frames; throws std::logic_error before the first one.
    Projection project() const;

private:
    const int layer_;
    const Matrix& trainX_;
    const Matrix* testX_;
    std::vector<int> iterations_;
    std::vector<Matrix> train_, test_;
};

} // namespace catnet
