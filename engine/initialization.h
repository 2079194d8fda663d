#pragma once

#include "parameters.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace catnet {

// How W[l] = randn(n_l, n_{l-1}) * scale is scaled (SPEC §4).
enum class InitScheme {
    Small, // 0.01: the course's 2-layer model
    Lecun, // 1/sqrt(n_{l-1}): the course's L-layer model
    He,    // sqrt(2/n_{l-1})
};

std::string_view initSchemeName(InitScheme scheme);
std::optional<InitScheme> parseInitScheme(std::string_view name);

// Seeds a fresh numpy-compatible generator once, then draws W[1..L] in order; b = 0.
Parameters initializeParameters(const LayerDims& dims, InitScheme scheme, std::uint32_t seed);

} // namespace catnet
