#include "engine/inspect/loss_landscape.h"

#include "engine/model/course_steps.h"
#include "engine/model/numpy_random.h"

#include <cmath>
#include <stdexcept>

namespace catnet {

namespace {

// The cost of the network whose first layer's pre-activation (bias included) is Z1 and
// whose later layers are `W`, `b` (index 1 on), against labels Y.
double costFrom(Matrix Z1, const std::vector<Matrix>& W, const std::vector<Matrix>& b, const Matrix& Y) {
    return course::computeCost(course::forwardFromFirstLayer(std::move(Z1), W, b), Y);
}

void checkShapes(const Parameters& a, const Parameters& b) {
    if (a.layerDims() != b.layerDims())
        throw std::invalid_argument("the two sets of parameters have different layer sizes");
}

} // namespace

LossLine lossAlongLine(const Parameters& initial, const Parameters& trained, const Matrix& trainX,
                       const Matrix& trainY, const Matrix& testX, const Matrix& testY, int points, double from,
                       double to) {
    checkShapes(initial, trained);
    if (points < 2)
        throw std::invalid_argument("the line needs at least two points");
    // W1(α)·X = (1−α)·W1(0)·X + α·W1·X: two products with each set, then small work per α.
    const Matrix startTrain = initial.W[0] * trainX, endTrain = trained.W[0] * trainX;
    const Matrix startTest = initial.W[0] * testX, endTest = trained.W[0] * testX;
    LossLine line;
    for (int k = 0; k < points; ++k) {
        const double alpha = from + (to - from) * double(k) / double(points - 1);
        std::vector<Matrix> W(initial.W.size()), b(initial.b.size());
        for (std::size_t l = 0; l < W.size(); ++l) {
            if (l > 0)
                W[l] = (1.0 - alpha) * initial.W[l] + alpha * trained.W[l];
            b[l] = (1.0 - alpha) * initial.b[l] + alpha * trained.b[l];
        }
        const auto cost = [&](const Matrix& start, const Matrix& end, const Matrix& Y) {
            Matrix Z1 = (1.0 - alpha) * start + alpha * end;
            Z1.colwise() += b[0].col(0);
            return costFrom(std::move(Z1), W, b, Y);
        };
        line.alphas.push_back(alpha);
        line.trainCosts.push_back(cost(startTrain, endTrain, trainY));
        line.testCosts.push_back(testX.cols() > 0 ? cost(startTest, endTest, testY) : std::nan(""));
    }
    return line;
}

Parameters filterNormalizedDirection(const Parameters& at, std::uint32_t seed) {
    NumpyRandom random(seed);
    Parameters direction;
    for (std::size_t l = 0; l < at.W.size(); ++l) {
        Matrix d = random.randn(at.W[l].rows(), at.W[l].cols());
        for (Eigen::Index unit = 0; unit < d.rows(); ++unit) {
            const double norm = d.row(unit).norm();
            d.row(unit) *= norm > 0 ? at.W[l].row(unit).norm() / norm : 0.0;
        }
        direction.W.push_back(std::move(d));
        direction.b.push_back(Matrix::Zero(at.b[l].rows(), 1));
    }
    return direction;
}

LossSurface lossSurface(const Parameters& at, const Matrix& X, const Matrix& Y, std::uint32_t seed, int size,
                        double extent, const SurfaceProgress& progress, std::stop_token stop) {
    if (size < 2)
        throw std::invalid_argument("the grid needs at least 2 × 2 points");
    // Two directions, from `seed` and the seed after it.
    const Parameters delta = filterNormalizedDirection(at, seed);
    const Parameters eta = filterNormalizedDirection(at, seed + 1);
    // (W1 + a·δ1 + b·η1)·X from three products.
    const Matrix base = at.W[0] * X, alongDelta = delta.W[0] * X, alongEta = eta.W[0] * X;
    LossSurface surface;
    for (int k = 0; k < size; ++k)
        surface.coordinates.push_back(-extent + 2.0 * extent * double(k) / double(size - 1));
    surface.costs = Matrix::Constant(size, size, std::nan(""));
    for (int i = 0; i < size; ++i) {
        if (stop.stop_requested()) {
            surface.stopped = true;
            return surface;
        }
        const double a = surface.coordinates[std::size_t(i)];
        for (int j = 0; j < size; ++j) {
            const double c = surface.coordinates[std::size_t(j)];
            std::vector<Matrix> W(at.W.size());
            for (std::size_t l = 1; l < W.size(); ++l)
                W[l] = at.W[l] + a * delta.W[l] + c * eta.W[l];
            Matrix Z1 = base + a * alongDelta + c * alongEta;
            Z1.colwise() += at.b[0].col(0);
            surface.costs(i, j) = costFrom(std::move(Z1), W, at.b, Y);
        }
        if (progress)
            progress(double(i + 1) / double(size));
    }
    return surface;
}

} // namespace catnet
