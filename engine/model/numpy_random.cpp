#include "engine/model/numpy_random.h"

#include <algorithm>
#include <cmath>

namespace catnet {

namespace {
constexpr std::size_t kStateSize = 624;
constexpr std::size_t kShift = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;
} // namespace

void NumpyRandom::reseed(std::uint32_t seed) {
    state_[0] = seed;
    for (std::uint32_t i = 1; i < kStateSize; ++i)
        state_[i] = 1812433253U * (state_[i - 1] ^ (state_[i - 1] >> 30)) + i;
    position_ = kStateSize;
    cachedGaussian_.reset();
}

void NumpyRandom::regenerate() {
    // Word i from words i, i + 1 and i + 397 (indices mod 624), in order of i: the later
    // words read ones already regenerated. Three loops instead of a modulo per word.
    const auto twist = [this](std::size_t i, std::size_t next, std::size_t shifted) {
        const std::uint32_t y = (state_[i] & kUpperMask) | (state_[next] & kLowerMask);
        state_[i] = state_[shifted] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    };
    std::size_t i = 0;
    for (; i < kStateSize - kShift; ++i)
        twist(i, i + 1, i + kShift);
    for (; i < kStateSize - 1; ++i)
        twist(i, i + 1, i + kShift - kStateSize);
    twist(kStateSize - 1, 0, kShift - 1);
    position_ = 0;
}

namespace {

std::uint32_t temper(std::uint32_t y) {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

// numpy's random_sample: 53 bits from two words.
double uniformFrom(std::uint32_t first, std::uint32_t second) {
    const double a = first >> 5;
    const double b = second >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

} // namespace

std::uint32_t NumpyRandom::nextWord() {
    if (position_ >= kStateSize)
        regenerate();
    return temper(state_[position_++]);
}

double NumpyRandom::uniform() {
    const std::uint32_t first = nextWord();
    return uniformFrom(first, nextWord());
}

void NumpyRandom::fillUniform(double* out, std::size_t count) {
    while (count > 0) {
        if (position_ >= kStateSize)
            regenerate();
        // The pairs of words left in this block, in one loop the compiler can vectorize;
        // a pair that straddles two blocks goes through uniform().
        const std::size_t pairs = std::min((kStateSize - position_) / 2, count);
        const std::uint32_t* words = state_.data() + position_;
        for (std::size_t p = 0; p < pairs; ++p)
            out[p] = uniformFrom(temper(words[2 * p]), temper(words[2 * p + 1]));
        position_ += 2 * pairs;
        out += pairs;
        count -= pairs;
        if (count > 0 && pairs == 0) {
            *out++ = uniform();
            --count;
        }
    }
}

double NumpyRandom::gaussian() {
    if (cachedGaussian_) {
        const double value = *cachedGaussian_;
        cachedGaussian_.reset();
        return value;
    }
    double x1 = 0.0;
    double x2 = 0.0;
    double r2 = 0.0;
    do {
        x1 = 2.0 * uniform() - 1.0;
        x2 = 2.0 * uniform() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    cachedGaussian_ = f * x1;
    return f * x2;
}

// rows × cols draws of `draw`, row-major as numpy fills its arrays.
template <typename Draw>
Eigen::MatrixXd rowMajorDraws(Eigen::Index rows, Eigen::Index cols, Draw draw) {
    Eigen::MatrixXd result(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index j = 0; j < cols; ++j)
            result(i, j) = draw();
    return result;
}

Eigen::MatrixXd NumpyRandom::randn(Eigen::Index rows, Eigen::Index cols) {
    return rowMajorDraws(rows, cols, [this] { return gaussian(); });
}

Eigen::MatrixXd NumpyRandom::rand(Eigen::Index rows, Eigen::Index cols) {
    // Drawn in order into row-major storage, then turned (dropout draws thousands a step).
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> draws(rows, cols);
    fillUniform(draws.data(), std::size_t(draws.size()));
    return draws;
}

std::uint32_t NumpyRandom::interval(std::uint32_t max) {
    if (max == 0)
        return 0;
    std::uint32_t mask = max;
    for (int shift : {1, 2, 4, 8, 16})
        mask |= mask >> shift;
    std::uint32_t value = 0;
    while ((value = nextWord() & mask) > max) {
    }
    return value;
}

std::vector<std::size_t> NumpyRandom::permutation(std::size_t n) {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    for (std::size_t i = n; i > 1; --i) // numpy: for i in reversed(range(1, n))
        std::swap(order[i - 1], order[interval(std::uint32_t(i - 1))]);
    return order;
}

} // namespace catnet
