#include "engine/training/option_steps.h"

#include "engine/training/augmentation.h"

#include <algorithm>
#include <cmath>

namespace catnet {

void forwardWithDropout(const Matrix& X, const Parameters& parameters, double keepProb, NumpyRandom& random,
                        ForwardPass& pass) {
    Matrix Z1 = parameters.W[0] * X;
    Z1.colwise() += parameters.b[0].col(0);
    forwardWithDropoutFrom(std::move(Z1), parameters, keepProb, drawDropoutMasks(hiddenUnits(parameters), X.cols(), keepProb, random),
                           pass);
    pass.X = &X;
}

std::vector<Eigen::Index> hiddenUnits(const Parameters& parameters) {
    std::vector<Eigen::Index> units;
    for (std::size_t l = 0; l + 1 < parameters.W.size(); ++l)
        units.push_back(parameters.W[l].rows());
    return units;
}

std::vector<Matrix> drawDropoutMasks(const std::vector<Eigen::Index>& hiddenUnits, Eigen::Index examples,
                                     double keepProb, NumpyRandom& random) {
    std::vector<Matrix> masks;
    if (keepProb < 1.0)
        for (const Eigen::Index units : hiddenUnits)
            masks.push_back((random.rand(units, examples).array() < keepProb).cast<double>().matrix());
    return masks;
}

void forwardWithDropoutFrom(Matrix Z1, const Parameters& parameters, double keepProb, std::vector<Matrix> masks,
                            ForwardPass& pass) {
    const std::size_t L = parameters.W.size();
    pass.X = nullptr;
    pass.Z.resize(L);
    pass.A.resize(L);
    pass.masks = std::move(masks);
    pass.Z[0] = std::move(Z1);
    for (std::size_t l = 0; l < L; ++l) {
        Matrix& Z = pass.Z[l];
        if (l > 0) {
            Z.noalias() = parameters.W[l] * pass.A[l - 1];
            Z.colwise() += parameters.b[l].col(0);
        }
        if (l + 1 == L) {
            pass.A[l] = course::sigmoid(Z);
            break;
        }
        pass.A[l] = course::relu(Z);
        if (!pass.masks.empty())
            pass.A[l] = (pass.A[l].array() * pass.masks[l].array() / keepProb).matrix();
    }
}

double costWithL2(const Matrix& AL, const Matrix& Y, const Parameters& parameters, double l2,
                  std::optional<double> firstLayerSquares) {
    const double crossEntropy = course::computeCost(AL, Y);
    if (l2 == 0.0)
        return crossEntropy;
    double squares = 0.0;
    for (std::size_t l = 0; l < parameters.W.size(); ++l)
        squares += l == 0 && firstLayerSquares ? *firstLayerSquares : parameters.W[l].squaredNorm();
    return crossEntropy + l2 / (2.0 * double(Y.cols())) * squares;
}

std::vector<course::Gradients> backwardWithOptions(const Matrix& Y, const ForwardPass& pass, double keepProb,
                                                   const Parameters& parameters, double l2, Matrix* firstLayerDZ) {
    const Eigen::ArrayXXd y = Y.array();
    const Eigen::ArrayXXd a = pass.AL().array();
    Matrix dA = (-(y / a - (1.0 - y) / (1.0 - a))).matrix();
    const std::size_t L = pass.Z.size();
    const double m = static_cast<double>(Y.cols());
    std::vector<course::Gradients> grads(L);
    for (std::size_t l = L; l-- > 0;) {
        const bool hidden = l + 1 < L;
        if (hidden && !pass.masks.empty())
            dA = (dA.array() * pass.masks[l].array() / keepProb).matrix();
        Matrix dZ = hidden ? course::reluBackward(dA, pass.Z[l]) : course::sigmoidBackward(dA, pass.Z[l]);
        grads[l].db = 1.0 / m * dZ.rowwise().sum();
        if (l == 0 && firstLayerDZ) {
            *firstLayerDZ = std::move(dZ);
            break;
        }
        grads[l].dW = 1.0 / m * (dZ * pass.input(l).transpose());
        if (l2 != 0.0)
            grads[l].dW += (l2 / m) * parameters.W[l];
        if (l > 0)
            dA = parameters.W[l].transpose() * dZ;
    }
    return grads;
}

SignalPoint measureStepSignals(int iteration, const std::vector<Matrix>& activations,
                               const std::vector<course::Gradients>& grads, const Parameters& parameters,
                               double learningRate, std::optional<std::pair<double, double>> firstLayerNorms) {
    SignalPoint signals{iteration, {}};
    for (std::size_t l = 0; l < grads.size(); ++l) {
        const auto [gradientNorm, weightNorm] = l == 0 && firstLayerNorms
                                                    ? *firstLayerNorms
                                                    : std::pair{grads[l].dW.norm(), parameters.W[l].norm()};
        signals.layers.push_back(
            measureLayer(activations[l], l + 1 < grads.size(), gradientNorm, weightNorm, learningRate));
    }
    return signals;
}

OptimizerState::OptimizerState(const Parameters& parameters, const TrainingOptions& options) : options_(options) {
    if (options.optimizer == Optimizer::GradientDescent)
        return;
    for (std::size_t l = 0; l < parameters.W.size(); ++l) {
        vW_.push_back(Matrix::Zero(parameters.W[l].rows(), parameters.W[l].cols()));
        vb_.push_back(Matrix::Zero(parameters.b[l].rows(), 1));
    }
    if (options.optimizer == Optimizer::Adam) {
        sW_ = vW_;
        sb_ = vb_;
    }
}

void OptimizerState::update(Parameters& parameters, const std::vector<course::Gradients>& grads, double learningRate) {
    ++step_;
    switch (options_.optimizer) {
    case Optimizer::GradientDescent:
        for (std::size_t l = 0; l < grads.size(); ++l) {
            if (grads[l].dW.size() > 0)
                parameters.W[l] -= learningRate * grads[l].dW;
            parameters.b[l] -= learningRate * grads[l].db;
        }
        return;
    case Optimizer::Momentum: {
        const double beta = options_.beta;
        for (std::size_t l = 0; l < grads.size(); ++l) {
            if (grads[l].dW.size() > 0) {
                vW_[l] = beta * vW_[l] + (1.0 - beta) * grads[l].dW;
                parameters.W[l] -= learningRate * vW_[l];
            }
            vb_[l] = beta * vb_[l] + (1.0 - beta) * grads[l].db;
            parameters.b[l] -= learningRate * vb_[l];
        }
        return;
    }
    case Optimizer::Adam: {
        const double beta1 = options_.beta1, beta2 = options_.beta2, epsilon = options_.epsilon;
        const double firstCorrection = 1.0 - std::pow(beta1, double(step_));
        const double secondCorrection = 1.0 - std::pow(beta2, double(step_));
        // v = β1 v + (1−β1) g; s = β2 s + (1−β2) g²; θ −= lr · v̂ / (√ŝ + ε)
        const auto adam = [&](Matrix& theta, Matrix& v, Matrix& s, const Matrix& gradient) {
            v = beta1 * v + (1.0 - beta1) * gradient;
            s = (beta2 * s.array() + (1.0 - beta2) * gradient.array().square()).matrix();
            const Eigen::ArrayXXd vHat = v.array() / firstCorrection;
            const Eigen::ArrayXXd sHat = s.array() / secondCorrection;
            theta.array() -= learningRate * vHat / (sHat.sqrt() + epsilon);
        };
        for (std::size_t l = 0; l < grads.size(); ++l) {
            if (grads[l].dW.size() > 0)
                adam(parameters.W[l], vW_[l], sW_[l], grads[l].dW);
            adam(parameters.b[l], vb_[l], sb_[l], grads[l].db);
        }
        return;
    }
    }
}

std::vector<Eigen::Index> epochOrder(std::uint32_t seed, int epoch, Eigen::Index m) {
    const std::vector<std::size_t> order = NumpyRandom(seed + 1 + std::uint32_t(epoch)).permutation(std::size_t(m));
    return {order.begin(), order.end()};
}

Matrix columnsInOrder(const Matrix& M, const std::vector<Eigen::Index>& order, Eigen::Index first, Eigen::Index count) {
    return M(Eigen::all, std::vector<Eigen::Index>(order.begin() + first, order.begin() + first + count));
}

StepBatches::StepBatches(const Matrix& X, const Matrix& Y, const TrainingOptions& options, std::uint32_t seed,
                         Images images)
    : flippedX_(options.flip ? withMirroredImages(X) : Matrix()), flippedY_(options.flip ? withMirroredLabels(Y) : Matrix()),
      X_(options.flip ? &flippedX_ : &X), Y_(options.flip ? &flippedY_ : &Y), fullBatch_(options.isFullBatch(X_->cols())),
      batchSize_(fullBatch_ ? X_->cols() : options.batchSize), seed_(seed), images_(images) {}

void StepBatches::startEpoch(int epoch) {
    if (!fullBatch_)
        order_ = epochOrder(seed_, epoch, examples());
}

Eigen::Index StepBatches::take(Eigen::Index first) {
    const Eigen::Index count = std::min(batchSize_, examples() - first);
    if (!fullBatch_) {
        columns_.assign(order_.begin() + first, order_.begin() + first + count);
        if (images_ == Images::Copied)
            batchX_ = (*X_)(Eigen::all, columns_);
        batchY_ = (*Y_)(Eigen::all, columns_);
    }
    return count;
}

} // namespace catnet
