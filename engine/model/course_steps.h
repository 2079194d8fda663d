#pragma once

// The course's graded step functions, one C++ function each, with the same meaning
// and argument order as the numpy assignment. They favour being an exact, readable
// transcription over speed. plain_training.cpp trains with them exactly as the notebook
// does; the fast paths are training_loop.cpp with direct_first_layer.cpp or
// gram_first_layer.cpp (chosen in trainer.cpp).
// Columns are examples everywhere.

#include "engine/model/parameters.h"

#include <vector>

namespace catnet::course {

enum class Activation { Relu, Sigmoid };

// (A_prev, W, b) kept by linear_forward for linear_backward.
struct LinearCache {
    Matrix A_prev;
    Matrix W;
    Matrix b;
};

// ((A_prev, W, b), Z) kept by linear_activation_forward.
struct LayerCache {
    LinearCache linear;
    Matrix Z;
};

struct Gradients {
    Matrix dA_prev;
    Matrix dW;
    Matrix db;
};

// sigmoid(Z) = 1 / (1 + exp(-Z)); relu(Z) = max(0, Z).
Matrix sigmoid(const Matrix& Z);
Matrix relu(const Matrix& Z);
// dZ = dA * s * (1 - s); dZ = dA where Z > 0, else 0.
Matrix sigmoidBackward(const Matrix& dA, const Matrix& Z);
Matrix reluBackward(const Matrix& dA, const Matrix& Z);

// linear_forward: Z = W·A + b (b broadcast over columns).
Matrix linearForward(const Matrix& A, const Matrix& W, const Matrix& b, LinearCache* cache = nullptr);

// linear_activation_forward: A = g(W·A_prev + b).
Matrix linearActivationForward(const Matrix& A_prev, const Matrix& W, const Matrix& b,
                               Activation activation, LayerCache* cache = nullptr);

// L_model_forward: [LINEAR->RELU]*(L-1) -> LINEAR->SIGMOID. Returns AL; fills one cache per layer.
Matrix lModelForward(const Matrix& X, const Parameters& parameters,
                     std::vector<LayerCache>* caches = nullptr);

// compute_cost: J = -(1/m) * sum(Y*log(AL) + (1-Y)*log(1-AL)).
double computeCost(const Matrix& AL, const Matrix& Y);

// AL from layer 1's pre-activation Z1 (bias included) through RELU, then layers 2…L
// (`W[1…]`, `b[1…]`; W[0] is not read): for callers that form Z1 their own cheaper way.
Matrix forwardFromFirstLayer(Matrix Z1, const std::vector<Matrix>& W, const std::vector<Matrix>& b);

// linear_backward: dW = (1/m) dZ·A_prevᵀ, db = (1/m) row sums of dZ, dA_prev = Wᵀ·dZ.
Gradients linearBackward(const Matrix& dZ, const LinearCache& cache);

// linear_activation_backward: dZ = dA * g'(Z), then linear_backward.
Gradients linearActivationBackward(const Matrix& dA, const LayerCache& cache, Activation activation);

// L_model_backward: gradients of every layer, index l-1 for layer l. grads[l-1].dA_prev is
// the course's grads["dA" + str(l-1)].
std::vector<Gradients> lModelBackward(const Matrix& AL, const Matrix& Y,
                                      const std::vector<LayerCache>& caches);

// update_parameters: W -= lr * dW, b -= lr * db for every layer.
void updateParameters(Parameters& parameters, const std::vector<Gradients>& grads,
                      double learningRate);

} // namespace catnet::course
