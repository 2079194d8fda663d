#include "engine/model/parameters.h"

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

} // namespace catnet
