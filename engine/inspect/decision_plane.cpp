#include "engine/inspect/decision_plane.h"

#include "engine/model/course_steps.h"

#include <stdexcept>
#include <string>

namespace catnet {

namespace {

void checkImages(const Matrix& X, std::initializer_list<Eigen::Index> columns) {
    for (const Eigen::Index column : columns)
        if (column < 0 || column >= X.cols())
            throw std::invalid_argument("image " + std::to_string(column) + " is not in the set: it has " +
                                        std::to_string(X.cols()) + " images, numbered from 0");
}

} // namespace

double planeCoordinate(int index, int grid) {
    return -0.5 + 2.0 * double(index) / double(grid - 1);
}

DecisionPlane decisionPlane(const Parameters& parameters, const Matrix& X, Eigen::Index i, Eigen::Index j,
                            Eigen::Index k, int grid) {
    checkImages(X, {i, j, k});
    if (grid < 2)
        throw std::invalid_argument("the plane's grid needs 2 points a side or more, not " + std::to_string(grid));
    const Matrix& W1 = parameters.W[0];
    const Eigen::VectorXd atI = W1 * X.col(i) + parameters.b[0].col(0);
    const Eigen::VectorXd towardJ = W1 * (X.col(j) - X.col(i));
    const Eigen::VectorXd towardK = W1 * (X.col(k) - X.col(i));
    DecisionPlane plane;
    for (int a = 0; a < grid; ++a)
        plane.alphas.push_back(planeCoordinate(a, grid));
    plane.betas = plane.alphas; // the same grid both ways
    Matrix Z1(W1.rows(), Eigen::Index(grid) * grid); // column a·G + b at (α_a, β_b)
    for (int a = 0; a < grid; ++a)
        for (int b = 0; b < grid; ++b)
            Z1.col(Eigen::Index(a) * grid + b) = atI + plane.alphas[a] * towardJ + plane.betas[b] * towardK;
    const Matrix AL = course::forwardFromFirstLayer(std::move(Z1), parameters.W, parameters.b);
    plane.pCat = AL.reshaped(grid, grid).transpose(); // column-major: row a of the result is AL's a·G … a·G + G − 1
    return plane;
}

Eigen::VectorXd planePoint(const Matrix& X, Eigen::Index i, Eigen::Index j, Eigen::Index k, double alpha,
                           double beta) {
    checkImages(X, {i, j, k});
    return X.col(i) + alpha * (X.col(j) - X.col(i)) + beta * (X.col(k) - X.col(i));
}

} // namespace catnet
