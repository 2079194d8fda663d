#pragma once

// The step functions of SPEC §8, written beside the course's (course_steps.h) in the same
// plain style: a forward pass with inverted dropout, the cost and gradients with L2, and
// the optimizers' updates. plain_training.cpp trains with them when options are set.

#include "engine/model/course_steps.h"
#include "engine/model/numpy_random.h"
#include "engine/training/training_options.h"

#include "engine/inspect/layer_signals.h"

#include <optional>
#include <utility>
#include <vector>

namespace catnet {

// What a forward pass keeps for the backward one. The input is referred to, not copied
// (the course's caches copy it: 20 MB a step on the cat images).
struct ForwardPass {
    const Matrix* X = nullptr;
    std::vector<Matrix> Z;     // pre-activations, layer 1 first
    std::vector<Matrix> A;     // activations after any dropout; A.back() is AL
    std::vector<Matrix> masks; // one per hidden layer, when units are dropped

    // The input of layer l (0-based): X, then the activations.
    const Matrix& input(std::size_t l) const { return l == 0 ? *X : A[l - 1]; }
    const Matrix& AL() const { return A.back(); }
};

// L_model_forward with inverted dropout: after each hidden layer's RELU, a mask
// D = rand(n_l, m) < keepProb from `random` (layer 1 first), then A = A · D / keepProb.
// With keepProb 1 no mask is drawn. `X` must outlive `pass`.
void forwardWithDropout(const Matrix& X, const Parameters& parameters, double keepProb, NumpyRandom& random,
                        ForwardPass& pass);
// The units of each hidden layer (the rows of every W but the last).
std::vector<Eigen::Index> hiddenUnits(const Parameters& parameters);
// The masks a forward pass over `examples` columns draws, in its order (none with keepProb 1).
std::vector<Matrix> drawDropoutMasks(const std::vector<Eigen::Index>& hiddenUnits, Eigen::Index examples,
                                     double keepProb, NumpyRandom& random);
// The same pass from layer 1's pre-activation Z1 = W1·X + b1, formed elsewhere (the span
// path, span_first_layer.h), with masks drawn by drawDropoutMasks; pass.X stays null.
void forwardWithDropoutFrom(Matrix Z1, const Parameters& parameters, double keepProb, std::vector<Matrix> masks,
                            ForwardPass& pass);

// The cross-entropy plus (λ / 2m) Σ‖W‖². `firstLayerSquares`, when given, stands for
// ‖W1‖² (the span path keeps W1 unformed).
double costWithL2(const Matrix& AL, const Matrix& Y, const Parameters& parameters, double l2,
                  std::optional<double> firstLayerSquares = {});

// L_model_backward through the same masks (dA · D / keepProb before each hidden layer's
// relu_backward), then dW += (λ / m) W.
// (dA_prev is left empty: the caller needs only dW and db.) With `firstLayerDZ`, layer 1's
// dZ goes there and its dW is left empty, for a caller that keeps W1 in another form.
std::vector<course::Gradients> backwardWithOptions(const Matrix& Y, const ForwardPass& pass, double keepProb,
                                                   const Parameters& parameters, double l2,
                                                   Matrix* firstLayerDZ = nullptr);

// Each layer's signals at a report point, from a step's activations (layer 1 first, AL
// last) and gradients; `firstLayerNorms` ({‖dW1‖, ‖W1‖}) when W1 is kept in another form.
SignalPoint measureStepSignals(int iteration, const std::vector<Matrix>& activations,
                               const std::vector<course::Gradients>& grads, const Parameters& parameters,
                               double learningRate, std::optional<std::pair<double, double>> firstLayerNorms = {});

// Epoch e's order of the m training examples: numpy's permutation from a generator
// seeded seed + 1 + e (SPEC §8).
std::vector<Eigen::Index> epochOrder(std::uint32_t seed, int epoch, Eigen::Index m);
// The columns `order[first, first + count)` of M: one mini-batch.
Matrix columnsInOrder(const Matrix& M, const std::vector<Eigen::Index>& order, Eigen::Index first, Eigen::Index count);

// The training set as SPEC §8's steps take it: mirrored copies appended when flip is
// on, then cut into batches in each epoch's order (whole and in file order at full batch).
class StepBatches {
public:
    // Whether take() copies each batch's images, or only its labels (the span path reads
    // the images through columns()).
    enum class Images { Copied, Indexed };
    // `X` and `Y` must outlive the batches (they are referred to, not copied, without flip).
    StepBatches(const Matrix& X, const Matrix& Y, const TrainingOptions& options, std::uint32_t seed,
                Images images = Images::Copied);
    Eigen::Index examples() const { return X_->cols(); } // m, the mirrored copies included
    Eigen::Index batchSize() const { return batchSize_; }
    bool isFullBatch() const { return fullBatch_; }
    // Epoch e's order: numpy's shuffle seeded seed + 1 + e (none at full batch).
    void startEpoch(int epoch);
    // Makes the batch that starts at `first` in the epoch's order the current one; its size.
    Eigen::Index take(Eigen::Index first);
    const Matrix& X() const { return fullBatch_ ? *X_ : batchX_; }
    const Matrix& Y() const { return fullBatch_ ? *Y_ : batchY_; }
    // The current batch's columns of allX(), in order; empty at full batch (all of them).
    const std::vector<Eigen::Index>& columns() const { return columns_; }
    const Matrix& allX() const { return *X_; }

private:
    Matrix flippedX_, flippedY_;
    const Matrix* X_;
    const Matrix* Y_;
    bool fullBatch_;
    Eigen::Index batchSize_;
    std::uint32_t seed_;
    Images images_;
    std::vector<Eigen::Index> order_, columns_;
    Matrix batchX_, batchY_;
};

// Gradient descent, momentum or Adam, with the moments they keep between steps.
class OptimizerState {
public:
    OptimizerState(const Parameters& parameters, const TrainingOptions& options);
    // One update; steps are counted from 1 over the whole run (Adam's bias correction).
    // A layer whose dW is empty keeps its W (the span path updates W1 itself).
    void update(Parameters& parameters, const std::vector<course::Gradients>& grads, double learningRate);

private:
    TrainingOptions options_;
    long long step_ = 0;
    std::vector<Matrix> vW_, vb_, sW_, sb_; // first and second moments (momentum keeps only v)
};

} // namespace catnet
