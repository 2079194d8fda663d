#include "engine/model/layer_dims.h"

#include <charconv>
#include <stdexcept>

namespace catnet {

LayerDims parseLayerDims(std::string_view text) {
    LayerDims dims;
    std::size_t pos = 0;
    bool sizeSinceComma = false; // an empty field ("12288,,1") is a typo, not a shorter network
    const auto emptySize = [] {
        return std::invalid_argument("a layer size is missing between two commas (or at the start or end)");
    };
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (pos < text.size()) {
        if (isSpace(text[pos])) {
            ++pos;
            continue;
        }
        if (text[pos] == ',') {
            if (!sizeSinceComma)
                throw emptySize();
            sizeSinceComma = false;
            ++pos;
            continue;
        }
        std::size_t end = pos;
        while (end < text.size() && text[end] != ',' && !isSpace(text[end]))
            ++end;
        const std::string_view token = text.substr(pos, end - pos);
        long long value = 0;
        const auto [ptr, error] = std::from_chars(token.data(), token.data() + token.size(), value);
        if (error == std::errc::result_out_of_range)
            throw std::invalid_argument("layer size '" + std::string(token) + "' is too large");
        if (error != std::errc() || ptr != token.data() + token.size())
            throw std::invalid_argument("layer size '" + std::string(token) +
                                        "' is not a whole number");
        dims.push_back(static_cast<Eigen::Index>(value));
        sizeSinceComma = true;
        pos = end;
    }
    if (dims.empty())
        throw std::invalid_argument("no layer sizes given");
    if (!sizeSinceComma)
        throw emptySize();
    return dims;
}

std::string formatLayerDims(const LayerDims& dims, std::string_view separator) {
    std::string text;
    for (std::size_t i = 0; i < dims.size(); ++i) {
        if (i > 0)
            text += separator;
        text += std::to_string(dims[i]);
    }
    return text;
}

Eigen::Index countParameters(const LayerDims& dims) {
    Eigen::Index count = 0;
    for (std::size_t l = 1; l < dims.size(); ++l) {
        const Eigen::Index rows = dims[l];
        const Eigen::Index cols = dims[l - 1];
        if (rows <= 0 || cols <= 0)
            continue;
        // Divide instead of multiplying so absurd sizes cannot overflow.
        if (cols + 1 > (kMaxParameterCount - count) / rows + 1)
            return kMaxParameterCount + 1;
        count += rows * (cols + 1);
        if (count > kMaxParameterCount)
            return kMaxParameterCount + 1;
    }
    return count;
}

std::optional<std::string> validateLayerDims(const LayerDims& dims, Eigen::Index inputSize) {
    if (dims.size() < 2)
        return "give at least two sizes: the input size and the output size 1";
    if (dims.size() > kMaxLayerSizes)
        return "at most " + std::to_string(kMaxLayerSizes) + " layer sizes are supported, not " +
               std::to_string(dims.size());
    for (std::size_t i = 0; i < dims.size(); ++i) {
        if (dims[i] <= 0)
            return "layer " + std::to_string(i) + " has size " + std::to_string(dims[i]) +
                   "; every size must be at least 1";
    }
    if (dims.front() != inputSize)
        return "the first size must equal the data's " + std::to_string(inputSize) +
               " input features, not " + std::to_string(dims.front());
    if (dims.back() != 1)
        return "the last size must be 1 (one sigmoid output), not " + std::to_string(dims.back());
    if (countParameters(dims) > kMaxParameterCount)
        return "the network would have more than " + std::to_string(kMaxParameterCount) +
               " parameters (over 2 GiB); use smaller layers";
    return std::nullopt;
}

} // namespace catnet
