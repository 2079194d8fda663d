#pragma once

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace catnet {

// Bit-for-bit copy of numpy's legacy global generator (np.random.seed / randn):
// MT19937 with numpy's seeding, 53-bit doubles and the polar Gaussian that caches
// its second value. One instance per use; there is no global random state.
// Hand-written because the course's numbers depend on these exact draws: std::mt19937
// yields the same 32-bit words, but the standard distributions do not turn them into
// doubles and Gaussians the way numpy does (53-bit pairs, the cached polar method), and
// no Debian library reproduces numpy's legacy generator.
class NumpyRandom {
public:
    explicit NumpyRandom(std::uint32_t seed = 0) { reseed(seed); }

    // np.random.seed(s): resets the state and drops the cached Gaussian.
    void reseed(std::uint32_t seed);

    std::uint32_t nextWord();
    // Uniform double in [0, 1), like np.random.random_sample().
    double uniform();
    // `count` of them in a row, the same values as `count` calls of uniform() (dropout's
    // masks draw thousands a step: a block of the state at a time).
    void fillUniform(double* out, std::size_t count);
    // Standard normal, like np.random.randn().
    double gaussian();
    // np.random.randn(rows, cols): fills row-major, element (i, j) is draw i*cols + j.
    Eigen::MatrixXd randn(Eigen::Index rows, Eigen::Index cols);
    // np.random.rand(rows, cols): uniform draws, row-major like randn.
    Eigen::MatrixXd rand(Eigen::Index rows, Eigen::Index cols);
    // An integer in [0, max], like numpy's legacy rk_interval: masked 32-bit words, rejected
    // until one falls in range.
    std::uint32_t interval(std::uint32_t max);
    // np.random.permutation(n): 0 … n−1 shuffled the way numpy's legacy shuffle does
    // (from the last position down, each swapped with interval(i)).
    std::vector<std::size_t> permutation(std::size_t n);

private:
    void regenerate();

    std::array<std::uint32_t, 624> state_{};
    std::size_t position_ = 624;
    std::optional<double> cachedGaussian_;
};

} // namespace catnet
