#pragma once

#include "engine/training/first_layer.h"

namespace catnet {

// Keeps W1 and computes both products over X each iteration, on two threads.
std::unique_ptr<FirstLayer> makeDirectFirstLayer(const Matrix& W1, const Matrix& X,
                                                 double learningRate);

} // namespace catnet
