#include "engine/training/augmentation.h"

#include <cmath>
#include <stdexcept>

namespace catnet {

Matrix withMirroredImages(const Matrix& X) {
    constexpr Eigen::Index channels = 3;
    const auto side = static_cast<Eigen::Index>(std::lround(std::sqrt(double(X.rows()) / channels)));
    if (side * side * channels != X.rows())
        throw std::invalid_argument("flipping needs square RGB images; these have " + std::to_string(X.rows()) +
                                    " values each");
    const Eigen::Index m = X.cols();
    Matrix result(X.rows(), 2 * m);
    result.leftCols(m) = X;
    const Eigen::Index rowValues = side * channels; // one row of pixels
    for (Eigen::Index h = 0; h < side; ++h)
        for (Eigen::Index w = 0; w < side; ++w)
            result.block(h * rowValues + w * channels, m, channels, m) =
                X.middleRows(h * rowValues + (side - 1 - w) * channels, channels);
    return result;
}

Matrix withMirroredLabels(const Matrix& Y) {
    Matrix result(Y.rows(), 2 * Y.cols());
    result << Y, Y;
    return result;
}

} // namespace catnet
