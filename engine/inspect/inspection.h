#pragma once

// Looking inside one iteration of the course's algorithm (SPEC §7): every value the
// forward and backward passes compute, under the course's names, and the saliency of
// the output with respect to the input. Columns are examples.

#include "engine/model/parameters.h"

#include <vector>

namespace catnet {

// One iteration of gradient descent at `parameters`, before its update. Each vector is
// indexed by the course's layer number l: A and dA from 0 (A[0] = X, dA[0] = W[1]ᵀ·dZ[1])
// to L; Z, dZ, dW, db, W, b from 1 to L (their index 0 is an empty matrix).
struct IterationValues {
    int layers = 0; // L
    double cost = 0.0;
    std::vector<Matrix> A, Z, dA, dZ, dW, db, W, b;
    Matrix Y; // the labels
};

// L_model_forward, compute_cost and L_model_backward of the course on (X, Y), keeping
// everything. Throws std::invalid_argument when the shapes do not fit.
IterationValues inspectIteration(const Parameters& parameters, const Matrix& X, const Matrix& Y);

// ∂AL/∂x for every column x of X (n0 × m): the course's backward pass started from
// dAL = 1 instead of the cost's derivative, ending in dA[0] = W[1]ᵀ·dZ[1], one column per
// image and not divided by m.
Matrix saliency(const Parameters& parameters, const Matrix& X);

} // namespace catnet
