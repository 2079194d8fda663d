#pragma once

#include <Eigen/Core>

namespace catnet {

// Doubles in one SIMD register at the build's vector level (8 with AVX-512, 4 with AVX2):
// the hand-blocked kernels size their panels in these.
inline constexpr Eigen::Index kLanes = Eigen::internal::packet_traits<double>::size;

} // namespace catnet
