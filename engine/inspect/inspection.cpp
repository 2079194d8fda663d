#include "engine/inspect/inspection.h"

#include "engine/model/course_steps.h"

namespace catnet {

using course::Activation;

IterationValues inspectIteration(const Parameters& parameters, const Matrix& X, const Matrix& Y) {
    const int L = parameters.layerCount();
    std::vector<course::LayerCache> caches;
    const Matrix AL = course::lModelForward(X, parameters, &caches);
    IterationValues values;
    values.layers = L;
    values.cost = course::computeCost(AL, Y);
    values.Y = Y;
    const std::vector<course::Gradients> grads = course::lModelBackward(AL, Y, caches);
    for (auto* list : {&values.A, &values.Z, &values.dA, &values.dZ, &values.dW, &values.db, &values.W, &values.b})
        list->resize(std::size_t(L) + 1);
    values.A[std::size_t(L)] = AL;
    // dAL = -(Y / AL - (1 - Y) / (1 - AL)), as L_model_backward starts.
    values.dA[std::size_t(L)] =
        -(Y.array() / AL.array() - (1.0 - Y.array()) / (1.0 - AL.array())).matrix();
    for (int l = 1; l <= L; ++l) {
        const auto i = std::size_t(l);
        const course::LayerCache& cache = caches[i - 1];
        values.A[i - 1] = cache.linear.A_prev;
        values.Z[i] = cache.Z;
        values.W[i] = cache.linear.W;
        values.b[i] = cache.linear.b;
        values.dW[i] = grads[i - 1].dW;
        values.db[i] = grads[i - 1].db;
        values.dA[i - 1] = grads[i - 1].dA_prev;
    }
    for (int l = 1; l <= L; ++l) {
        const auto i = std::size_t(l);
        values.dZ[i] = l == L ? course::sigmoidBackward(values.dA[i], values.Z[i])
                              : course::reluBackward(values.dA[i], values.Z[i]);
    }
    return values;
}

Matrix saliency(const Parameters& parameters, const Matrix& X) {
    std::vector<course::LayerCache> caches;
    const Matrix AL = course::lModelForward(X, parameters, &caches);
    Matrix dA = Matrix::Ones(AL.rows(), AL.cols()); // d AL / d AL
    for (int l = parameters.layerCount(); l >= 1; --l) {
        const course::LayerCache& cache = caches[std::size_t(l) - 1];
        const Matrix dZ = l == parameters.layerCount() ? course::sigmoidBackward(dA, cache.Z)
                                                       : course::reluBackward(dA, cache.Z);
        dA = cache.linear.W.transpose() * dZ; // linear_backward's dA_prev, without the 1/m of dW
    }
    return dA;
}

} // namespace catnet
