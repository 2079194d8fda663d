#pragma once

#include "engine/training/first_layer.h"

#include <memory>
#include <stop_token>

namespace catnet {

class GramMatrix;
class GramStack;

// Never touches X after set-up: the first layer's products go through XᵀX
// (gram_stack.h), an m×m product instead of an n_0-long one. Exact algebra, different
// rounding. Forming XᵀX is the long part of its set-up (seconds for thousands of
// images); it checks `stop` and returns nullptr when stopped.
std::unique_ptr<FirstLayer> makeGramFirstLayer(const Matrix& W1, const Matrix& X,
                                               double learningRate, std::stop_token stop = {});
// The same with XᵀX already formed (GramMatrix::compute(X)).
std::unique_ptr<FirstLayer> makeGramFirstLayerFrom(const Matrix& W1, const Matrix& X, double learningRate,
                                                   std::shared_ptr<const GramMatrix> gram);

// The same, as one run of a stack: the stack's owner calls multiply() before each
// iteration of its runs. Gives the same numbers as makeGramFirstLayer.
std::unique_ptr<FirstLayer> makeStackedGramFirstLayer(const Matrix& W1, const Matrix& X, double learningRate,
                                                      std::shared_ptr<GramStack> stack);

} // namespace catnet
