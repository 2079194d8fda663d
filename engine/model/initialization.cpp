#include "engine/model/initialization.h"

#include "engine/model/numpy_random.h"

#include <cmath>
#include <stdexcept>

namespace catnet {

namespace {
double scaleFor(InitScheme scheme, Eigen::Index fanIn) {
    switch (scheme) {
    case InitScheme::Small:
        return 0.01;
    case InitScheme::Lecun:
        return 1.0 / std::sqrt(static_cast<double>(fanIn));
    case InitScheme::He:
        return std::sqrt(2.0 / static_cast<double>(fanIn));
    case InitScheme::Large:
        return 10.0;
    case InitScheme::Zeros:
        return 0.0;
    }
    return 0.01;
}
} // namespace

Parameters initializeParameters(const LayerDims& dims, InitScheme scheme, std::uint32_t seed) {
    NumpyRandom random(seed);
    return initializeParameters(dims, scheme, random);
}

Parameters initializeParameters(const LayerDims& dims, InitScheme scheme, NumpyRandom& rng) {
    if (dims.size() < 2)
        throw std::invalid_argument("initializeParameters: need at least two layer sizes");
    Parameters parameters;
    for (std::size_t l = 1; l < dims.size(); ++l) {
        if (scheme == InitScheme::Zeros) { // no draws at all
            parameters.W.push_back(Matrix::Zero(dims[l], dims[l - 1]));
            parameters.b.push_back(Matrix::Zero(dims[l], 1));
            continue;
        }
        // The course divides the draws by sqrt(n) (numpy: randn(...) / np.sqrt(n)) for
        // lecun; multiplying by the reciprocal would differ in the last bit.
        Matrix weights = rng.randn(dims[l], dims[l - 1]);
        if (scheme == InitScheme::Lecun)
            weights /= std::sqrt(static_cast<double>(dims[l - 1]));
        else
            weights *= scaleFor(scheme, dims[l - 1]);
        parameters.W.push_back(std::move(weights));
        parameters.b.push_back(Matrix::Zero(dims[l], 1));
    }
    return parameters;
}

} // namespace catnet
