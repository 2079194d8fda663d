#include "engine/inspect/projection.h"

#include "engine/model/course_steps.h"

#include <Eigen/SVD>

#include <algorithm>
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

Projection projectActivations(int layer, const std::vector<int>& iterations, const std::vector<Matrix>& train,
                              const std::vector<Matrix>& test) {
    if (train.empty() || train.size() != iterations.size() || (!test.empty() && test.size() != train.size()))
        throw std::invalid_argument("projectActivations: one matrix of activations per frame");
    const auto centred = [](Matrix H, const Eigen::VectorXd& mean) {
        H.colwise() -= mean;
        return H;
    };
    const Matrix last = centred(train.back(), train.back().rowwise().mean());
    const Eigen::BDCSVD<Matrix> svd(last, Eigen::ComputeThinU);
    const Eigen::Index k = std::min<Eigen::Index>(2, svd.matrixU().cols());
    Projection projection;
    projection.layer = layer;
    projection.iterations = iterations;
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
    for (std::size_t f = 0; f < train.size(); ++f) {
        const Eigen::VectorXd mean = train[f].rowwise().mean(); // the test images use the training mean
        projection.train.push_back(projection.axes.transpose() * centred(train[f], mean));
        projection.test.push_back(test.empty() ? Matrix() : Matrix(projection.axes.transpose() * centred(test[f], mean)));
    }
    return projection;
}

ActivationFrame captureActivations(int iteration, const Parameters& parameters, const Matrix& trainX,
                                   const Matrix& testX) {
    ActivationFrame frame{iteration, {}, {}, {}, {}};
    const auto pass = [&](const Matrix& X, std::vector<Matrix>& hidden, Eigen::RowVectorXd& p) {
        const std::size_t L = parameters.W.size();
        for (std::size_t l = 0; l + 1 < L; ++l) // X itself is never copied
            hidden.push_back(course::linearActivationForward(l == 0 ? X : hidden.back(), parameters.W[l],
                                                             parameters.b[l], course::Activation::Relu));
        p = course::linearActivationForward(L == 1 ? X : hidden.back(), parameters.W[L - 1], parameters.b[L - 1],
                                            course::Activation::Sigmoid)
                .row(0);
    };
    pass(trainX, frame.train, frame.trainP);
    pass(testX, frame.test, frame.testP);
    return frame;
}

Projection projectFrames(const std::vector<ActivationFrame>& frames, int layer) {
    if (frames.empty() || layer < 1 || std::size_t(layer) > frames.front().train.size())
        throw std::invalid_argument("projectFrames: no frames, or no hidden layer " + std::to_string(layer));
    std::vector<int> iterations;
    std::vector<Matrix> train, test;
    for (const ActivationFrame& frame : frames) {
        iterations.push_back(frame.iteration);
        train.push_back(frame.train[std::size_t(layer) - 1]);
        test.push_back(frame.test[std::size_t(layer) - 1]);
    }
    return projectActivations(layer, iterations, train, test);
}

int frameInterval(int iterations, int reportEvery, std::size_t frameBytes) {
    const int mostFrames = int(std::clamp<std::size_t>(kFrameBytes / std::max<std::size_t>(frameBytes, 1), 2, kMostFrames));
    const int every = std::max(1, reportEvery);
    const int reportPoints = std::max(1, iterations / every);
    return every * ((reportPoints + mostFrames - 1) / mostFrames);
}

std::size_t activationFrameBytes(const LayerDims& dims, Eigen::Index trainImages, Eigen::Index testImages) {
    std::size_t units = 0;
    for (std::size_t l = 1; l + 1 < dims.size(); ++l)
        units += std::size_t(dims[l]);
    return (units + 1) * std::size_t(trainImages + testImages) * sizeof(double);
}

ProjectionRecorder::ProjectionRecorder(int layer, const Matrix& trainX, const Matrix* testX)
    : layer_(layer), trainX_(trainX), testX_(testX) {}

void ProjectionRecorder::addFrame(int iteration, const Parameters& parameters) {
    iterations_.push_back(iteration);
    train_.push_back(hiddenActivations(parameters, trainX_, layer_));
    if (testX_)
        test_.push_back(hiddenActivations(parameters, *testX_, layer_));
}

Projection ProjectionRecorder::project() const {
    if (iterations_.empty())
        throw std::logic_error("ProjectionRecorder::project: no frame recorded");
    return projectActivations(layer_, iterations_, train_, test_);
}

} // namespace catnet
