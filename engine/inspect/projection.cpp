#include "engine/inspect/projection.h"

#include "engine/model/course_steps.h"

#include <Eigen/SVD>

#include <cmath>
#include <stdexcept>
#include <string>

namespace catnet {

Matrix hiddenActivations(const Parameters& parameters, const Matrix& X, int layer) {
    if (layer < 1 || std::size_t(layer) >= parameters.W.size())
        throw std::invalid_argument("the layer to look at must be a hidden one, 1 to " +
                                    std::to_string(int(parameters.W.size()) - 1) + ", not " + std::to_string(layer));
    Matrix A = course::linearActivationForward(X, parameters.W[0], parameters.b[0], course::Activation::Relu);
    for (int l = 1; l < layer; ++l)
        A = course::linearActivationForward(A, parameters.W[l], parameters.b[l], course::Activation::Relu);
    return A;
}

ProjectionRecorder::ProjectionRecorder(int layer, const Matrix& trainX, const Matrix* testX)
    : layer_(layer), trainX_(trainX), testX_(testX) {}

void ProjectionRecorder::addFrame(int iteration, const Parameters& parameters) {
    Frame frame{iteration, hiddenActivations(parameters, trainX_, layer_), {}};
    const Eigen::VectorXd mean = frame.train.rowwise().mean();
    frame.train.colwise() -= mean;
    if (testX_) {
        frame.test = hiddenActivations(parameters, *testX_, layer_);
        frame.test.colwise() -= mean; // the training images' mean of the same frame
    }
    frames_.push_back(std::move(frame));
}

Projection ProjectionRecorder::project() const {
    if (frames_.empty())
        throw std::logic_error("ProjectionRecorder::project: no frame recorded");
    const Matrix& last = frames_.back().train;
    const Eigen::BDCSVD<Matrix> svd(last, Eigen::ComputeThinU);
    const Eigen::Index k = std::min<Eigen::Index>(2, svd.matrixU().cols());
    Projection projection;
    projection.layer = layer_;
    projection.axes = svd.matrixU().leftCols(k);
    for (Eigen::Index axis = 0; axis < k; ++axis) {
        Eigen::Index largest = 0;
        projection.axes.col(axis).cwiseAbs().maxCoeff(&largest);
        if (projection.axes(largest, axis) < 0.0)
            projection.axes.col(axis) *= -1.0;
    }
    const double total = svd.singularValues().squaredNorm();
    for (Eigen::Index axis = 0; axis < k; ++axis)
        projection.explained.push_back(total > 0.0 ? std::pow(svd.singularValues()(axis), 2) / total : 0.0);
    for (const Frame& frame : frames_) {
        projection.iterations.push_back(frame.iteration);
        projection.train.push_back(projection.axes.transpose() * frame.train);
        projection.test.push_back(testX_ ? Matrix(projection.axes.transpose() * frame.test) : Matrix());
    }
    return projection;
}

} // namespace catnet
