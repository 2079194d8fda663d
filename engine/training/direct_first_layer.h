#pragma once

#include "engine/training/first_layer.h"

namespace catnet {

// How dW1 = dZ1·Xᵀ reads the images: from a stored transpose (twice as fast, a second
// copy of them), or from X itself. IfSmall stores it for sets up to 256 MB as doubles.
enum class TransposeCopy { IfSmall, Always, Never };
inline constexpr double kStoredTransposeBytes = 256.0 * 1024 * 1024;

// Keeps W1 and computes both products over X each iteration, on two threads.
std::unique_ptr<FirstLayer> makeDirectFirstLayer(const Matrix& W1, const Matrix& X, double learningRate,
                                                 TransposeCopy copy = TransposeCopy::IfSmall);

} // namespace catnet
