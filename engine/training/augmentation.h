#pragma once

#include "engine/model/parameters.h"

namespace catnet {

// Flip augmentation (SPEC §8): the images (one per column, numpy's (h, w, c) order, square
// RGB) followed by a mirrored copy of each, pixel (h, w, c) of the copy being (h, side−1−w, c).
// Throws std::invalid_argument when a column is not a square RGB image.
Matrix withMirroredImages(const Matrix& X);

// The labels of withMirroredImages: Y twice, side by side.
Matrix withMirroredLabels(const Matrix& Y);

} // namespace catnet
