#pragma once

#include "engine/training/first_layer.h"
#include "engine/training/iteration_gate.h"
#include "engine/training/run_recorder.h"
#include "engine/training/training_types.h"

#include <stop_token>

#include <array>
#include <memory>
#include <optional>

namespace catnet {

// The fast training paths: the course's algorithm with every buffer allocated once,
// no dA0 (nothing uses it), and the first layer delegated to a FirstLayer.
// Layers are indexed from 0 here (layer l of the course is index l-1).
//
// The examples are split into two parts (at a panel of the Gram product, from m alone)
// that go through the forward and backward passes on their own and meet only in the
// sums over examples: the cost and the gradients, each added up part by part. A run
// alone gives one part to a second thread when its first layer allows it (see
// FirstLayer::splitsExamples); everywhere else the parts take turns on one thread,
// with the same arithmetic and so the same bits.
//
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
    // The run between two iterations, for a frame: its activations from the first
    // layer's kept products.
    class Frame;

    // One part of the examples: columns [first, first + count) of every layer's values.
    // A cache line of its own: each part is written by its own thread.
    struct alignas(64) Part {
        Eigen::Index first = 0, count = 0;
        std::vector<RowMatrix> Z, A, dZ, dA; // dA[l]: dA of layer l−1, from layer l
        std::vector<Matrix> dW, db;          // this part's share of dZ·Aᵀ and of dZ's row sums
        double logLikelihood = 0.0;          // Σ y·log a + (1−y)·log(1−a) over the part
    };

    // Before iteration i: false when the run has ended or ends now (stopped).
    bool begin(int i, std::stop_token stop, IterationGate* gate);
    // Both passes over one part: its share of the cost and of the gradients.
    void computePart(Part& part);
    // After both parts: records the cost, and unless it diverged, the report point's
    // measurements and the update. False when the run has ended.
    bool end(int i);
    // Both parts of the examples in turn on this thread: the same arithmetic as with the partner.
    void computeBothParts();
    void update(SignalPoint* measured);
    // All examples of one layer's values, the parts side by side.
    Matrix joined(std::vector<RowMatrix> Part::*values, std::size_t layer) const;
    // The network's output for the held-out examples, from the current parameters.
    Matrix heldOutOutput() const;
    Parameters currentParameters() const;

    const TrainConfig& config_;
    const ProgressCallback onProgress_;
    const SignalCallback onSignals_;
    const HeldOutCallback onHeldOut_;
    RunRecorder recorder_;
    Parameters parameters_; // W[0] is unused: the first layer owns it
    std::unique_ptr<FirstLayer> firstLayer_;
    const bool splitFirstLayer_;
    const Matrix& Y_;
    const double inverseM_;
    std::array<Part, 2> parts_;
    RowMatrix Z1_, dZ1_;             // the first layer's values, when it takes them whole
    std::vector<Matrix> dWsum_;      // the parts' dW added up
    int iterationsRun_ = 0;
    std::optional<TrainResult> ended_; // set when the run diverged or was stopped
};

} // namespace catnet
