#include "engine/model/course_steps.h"

#include <stdexcept>

namespace catnet::course {

Matrix sigmoid(const Matrix& Z) {
    return (1.0 + (-Z.array()).exp()).inverse().matrix();
}

Matrix relu(const Matrix& Z) {
    return Z.array().max(0.0).matrix();
}

Matrix sigmoidBackward(const Matrix& dA, const Matrix& Z) {
    const Eigen::ArrayXXd s = sigmoid(Z).array();
    return (dA.array() * s * (1.0 - s)).matrix();
}

Matrix reluBackward(const Matrix& dA, const Matrix& Z) {
    return (Z.array() > 0.0).select(dA, 0.0);
}

Matrix linearForward(const Matrix& A, const Matrix& W, const Matrix& b, LinearCache* cache) {
    if (W.cols() != A.rows() || b.rows() != W.rows() || b.cols() != 1)
        throw std::invalid_argument("linearForward: shapes do not fit W·A + b");
    Matrix Z = W * A;
    Z.colwise() += b.col(0);
    if (cache)
        *cache = LinearCache{A, W, b};
    return Z;
}

Matrix linearActivationForward(const Matrix& A_prev, const Matrix& W, const Matrix& b,
                               Activation activation, LayerCache* cache) {
    LinearCache linear;
    Matrix Z = linearForward(A_prev, W, b, cache ? &linear : nullptr);
    Matrix A = activation == Activation::Sigmoid ? sigmoid(Z) : relu(Z);
    if (cache)
        *cache = LayerCache{std::move(linear), std::move(Z)};
    return A;
}

Matrix lModelForward(const Matrix& X, const Parameters& parameters,
                     std::vector<LayerCache>* caches) {
    const int L = parameters.layerCount();
    if (caches)
        caches->assign(static_cast<std::size_t>(L), {});
    // The first layer reads X where it is: a copy would double the memory of a large set.
    Matrix A;
    for (int l = 0; l < L; ++l) {
        const Activation activation = l + 1 == L ? Activation::Sigmoid : Activation::Relu;
        A = linearActivationForward(l == 0 ? X : A, parameters.W[l], parameters.b[l], activation,
                                    caches ? &(*caches)[static_cast<std::size_t>(l)] : nullptr);
    }
    return L == 0 ? X : A;
}

double computeCost(const Matrix& AL, const Matrix& Y) {
    if (AL.rows() != Y.rows() || AL.cols() != Y.cols() || AL.cols() == 0)
        throw std::invalid_argument("computeCost: AL and Y must have the same, non-empty shape");
    const double m = static_cast<double>(Y.cols());
    const Eigen::ArrayXXd y = Y.array();
    const Eigen::ArrayXXd a = AL.array();
    return -1.0 / m * (y * a.log() + (1.0 - y) * (1.0 - a).log()).sum();
}

Matrix forwardFromFirstLayer(Matrix Z1, const std::vector<Matrix>& W, const std::vector<Matrix>& b) {
    const std::size_t L = W.size();
    Matrix Z = std::move(Z1), A;
    for (std::size_t l = 0; l < L; ++l) {
        if (l > 0) {
            Z.noalias() = W[l] * A;
            Z.colwise() += b[l].col(0);
        }
        if (l + 1 == L)
            A = (1.0 + (-Z.array()).exp()).inverse().matrix();
        else
            A = Z.array().max(0.0).matrix();
    }
    return A;
}

Gradients linearBackward(const Matrix& dZ, const LinearCache& cache) {
    const double m = static_cast<double>(cache.A_prev.cols());
    Gradients grads;
    grads.dW = 1.0 / m * (dZ * cache.A_prev.transpose());
    grads.db = 1.0 / m * dZ.rowwise().sum();
    grads.dA_prev = cache.W.transpose() * dZ;
    return grads;
}

Gradients linearActivationBackward(const Matrix& dA, const LayerCache& cache, Activation activation) {
    const Matrix dZ = activation == Activation::Sigmoid ? sigmoidBackward(dA, cache.Z)
                                                        : reluBackward(dA, cache.Z);
    return linearBackward(dZ, cache.linear);
}

std::vector<Gradients> lModelBackward(const Matrix& AL, const Matrix& Y,
                                      const std::vector<LayerCache>& caches) {
    const Eigen::ArrayXXd y = Y.array();
    const Eigen::ArrayXXd a = AL.array();
    Matrix dA = (-(y / a - (1.0 - y) / (1.0 - a))).matrix();
    std::vector<Gradients> grads(caches.size());
    for (std::size_t l = caches.size(); l-- > 0;) {
        const Activation activation = l + 1 == caches.size() ? Activation::Sigmoid : Activation::Relu;
        grads[l] = linearActivationBackward(dA, caches[l], activation);
        dA = grads[l].dA_prev;
    }
    return grads;
}

void updateParameters(Parameters& parameters, const std::vector<Gradients>& grads,
                      double learningRate) {
    for (std::size_t l = 0; l < grads.size(); ++l) {
        parameters.W[l] -= learningRate * grads[l].dW;
        parameters.b[l] -= learningRate * grads[l].db;
    }
}

} // namespace catnet::course
