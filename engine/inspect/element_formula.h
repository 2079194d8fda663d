#pragma once

#include "engine/inspect/inspection.h"

#include <vector>

namespace catnet {

// One number of an iteration, explained (SPEC §7): how the course's step computes an
// element of Z[l], A[l], dA[l], dZ[l], dW[l] or db[l] from other numbers of the same
// iteration, with those numbers, so that a learner can follow it by hand, the way CNN
// Explainer explains a neuron.

enum class IterationArray { Z, A, dA, dZ, dW, db };

// One term of a sum: left · right (right is 1 in db's plain sum), at index k of the sum.
struct SumTerm {
    Eigen::Index k = 0;
    double left = 0.0, right = 1.0;
};

struct ElementFormula {
    IterationArray array = IterationArray::Z;
    int layer = 0; // the array's index: Z[layer], dA[layer], …
    Eigen::Index row = 0, column = 0;
    bool output = false; // layer L: sigmoid, and dA[L] from the cost
    double element = 0.0; // the array's own entry
    double result = 0.0;  // the formula worked out from the numbers below

    // Z = Σ_k W[l][row,k]·A[l−1][k,col] + b; dW = (1/m) Σ_j dZ[row,j]·A[l−1][col,j];
    // db = (1/m) Σ_j dZ[row,j]; dA[l−1] = Σ_i W[l][i,row]·dZ[l][i,col]:
    std::vector<SumTerm> terms; // the first few
    Eigen::Index termCount = 0; // all of them
    double sum = 0.0;           // all of them added up
    double bias = 0.0;          // Z: b[l][row]
    Eigen::Index m = 0;         // dW, db: the examples the sum is divided by

    // Element by element: Z at the element (A, dZ), dA at it (dZ), and for dA[L] the
    // output AL and the label Y of the column.
    double z = 0.0, upstream = 0.0, a = 0.0, y = 0.0;
};

// The formula of values.<array>[layer](row, column), showing at most `shownTerms` terms of
// a sum. Throws std::out_of_range for an element the iteration does not have.
ElementFormula explainElement(const IterationValues& values, IterationArray array, int layer, Eigen::Index row,
                              Eigen::Index column, int shownTerms = 3);

} // namespace catnet
