#include "parameters.h"

namespace catnet {

LayerDims Parameters::layerDims() const {
    LayerDims dims;
    if (W.empty())
        return dims;
    dims.push_back(W.front().cols());
    for (const Matrix& weights : W)
        dims.push_back(weights.rows());
    return dims;
}

Eigen::Index Parameters::parameterCount() const {
    Eigen::Index count = 0;
    for (std::size_t l = 0; l < W.size(); ++l)
        count += W[l].size() + b[l].size();
    return count;
}

} // namespace catnet
