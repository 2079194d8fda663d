#include "engine/inspect/distributions.h"

#include "engine/model/course_steps.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace catnet {

Percentiles percentilesOf(const Matrix& values) {
    if (values.size() == 0)
        throw std::invalid_argument("percentiles of an empty array");
    std::vector<double> sorted(values.data(), values.data() + values.size());
    const std::size_t n = sorted.size();
    Percentiles result{};
    auto settled = sorted.begin(); // entries before it are in their sorted places
    for (std::size_t p = 0; p < kDistributionPercentiles.size(); ++p) {
        // numpy's linear method: index q·(n − 1), then its _lerp between the two neighbours.
        const double index = kDistributionPercentiles[p] / 100.0 * double(n - 1);
        const std::size_t below = std::min(n - 1, std::size_t(std::floor(index)));
        const double t = index - double(below);
        std::nth_element(settled, sorted.begin() + std::ptrdiff_t(below), sorted.end());
        settled = sorted.begin() + std::ptrdiff_t(below);
        const double a = sorted[below];
        const double b = below + 1 < n ? *std::min_element(settled + 1, sorted.end()) : a;
        const double difference = b - a;
        result[p] = t >= 0.5 ? b - difference * (1.0 - t) : a + difference * t;
    }
    return result;
}

DistributionFrame measureDistributions(int iteration, const Parameters& parameters, const Matrix& X,
                                       const Matrix& Y) {
    std::vector<course::LayerCache> caches;
    const Matrix AL = course::lModelForward(X, parameters, &caches);
    const std::vector<course::Gradients> grads = course::lModelBackward(AL, Y, caches);
    DistributionFrame frame{iteration, {}};
    for (std::size_t l = 0; l < parameters.W.size(); ++l) {
        const Matrix& A = l + 1 < parameters.W.size() ? caches[l + 1].linear.A_prev : AL;
        frame.layers.push_back({percentilesOf(parameters.W[l]), percentilesOf(grads[l].dW),
                                percentilesOf(caches[l].Z), percentilesOf(A)});
    }
    return frame;
}

} // namespace catnet
