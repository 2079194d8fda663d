#pragma once

#include "engine/model/enum_names.h"
#include "engine/model/numpy_random.h"
#include "engine/model/parameters.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>

namespace catnet {

// How W[l] = randn(n_l, n_{l-1}) * scale is scaled (SPEC §4 and §7).
enum class InitScheme {
    Small, // 0.01: the course's 2-layer model
    Lecun, // 1/sqrt(n_{l-1}): the course's L-layer model
    He,    // sqrt(2/n_{l-1})
    Zeros, // every W and b 0, no draws: symmetry is never broken
    Large, // 10: saturates the sigmoid at once
};

template <>
struct EnumNames<InitScheme> {
    static constexpr std::array<std::pair<InitScheme, std::string_view>, 5> table{{{InitScheme::Zeros, "zeros"},
                                                                                  {InitScheme::Small, "small"},
                                                                                  {InitScheme::Large, "large"},
                                                                                  {InitScheme::Lecun, "lecun"},
                                                                                  {InitScheme::He, "he"}}};
};

// Seeds a fresh numpy-compatible generator once, then draws W[1..L] in order; b = 0.
Parameters initializeParameters(const LayerDims& dims, InitScheme scheme, std::uint32_t seed);
// The same draws from `random`, which goes on to the run's next draws (dropout masks).
Parameters initializeParameters(const LayerDims& dims, InitScheme scheme, NumpyRandom& random);

} // namespace catnet
