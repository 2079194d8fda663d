#pragma once

#include "engine/model/parameters.h"

#include <optional>
#include <string>
#include <string_view>

namespace catnet {

// Largest network the app agrees to allocate: 2^28 doubles = 2 GiB of weights.
inline constexpr Eigen::Index kMaxParameterCount = Eigen::Index{1} << 28;

// Most layer sizes a network may have: the one limit the form, catnet-train, the model
// writer and the model reader share (so no model is written that cannot be read back).
inline constexpr std::size_t kMaxLayerSizes = 1000;

// Parses "12288, 20, 7, 5, 1" (commas and/or spaces; an empty field between commas is an error). Throws std::invalid_argument
// with a message naming the offending entry.
LayerDims parseLayerDims(std::string_view text);

// Formats dims as "12288, 20, 7, 5, 1" (with `separator` between entries).
std::string formatLayerDims(const LayerDims& dims, std::string_view separator = ", ");

// Checks that dims describe a trainable network for inputs of `inputSize` features:
// at least two entries, all positive, first == inputSize, last == 1, and a parameter
// count that fits in memory. Returns a message for the learner, or nothing if valid.
std::optional<std::string> validateLayerDims(const LayerDims& dims, Eigen::Index inputSize);

// Weights plus biases of a network with these dims (saturates at kMaxParameterCount + 1).
Eigen::Index countParameters(const LayerDims& dims);

} // namespace catnet
