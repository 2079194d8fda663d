#include "engine/inspect/element_formula.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace catnet {

namespace {

const std::vector<Matrix>& arrayOf(const IterationValues& values, IterationArray array) {
    switch (array) {
    case IterationArray::Z: return values.Z;
    case IterationArray::A: return values.A;
    case IterationArray::dA: return values.dA;
    case IterationArray::dZ: return values.dZ;
    case IterationArray::dW: return values.dW;
    case IterationArray::db: return values.db;
    }
    throw std::logic_error("explainElement: unknown array");
}

double sigmoid(double z) {
    return 1.0 / (1.0 + std::exp(-z));
}

// Σ_k left(k)·right(k) over `count` terms, keeping the first `shown`.
template <typename Left, typename Right>
void addUp(ElementFormula& formula, Eigen::Index count, int shown, const Left& left, const Right& right) {
    formula.termCount = count;
    formula.sum = 0.0;
    for (Eigen::Index k = 0; k < count; ++k) {
        const double l = left(k), r = right(k);
        formula.sum += l * r;
        if (k < shown)
            formula.terms.push_back({k, l, r});
    }
}

} // namespace

ElementFormula explainElement(const IterationValues& v, IterationArray array, int layer, Eigen::Index row,
                              Eigen::Index column, int shownTerms) {
    const int L = v.layers;
    const int lowest = array == IterationArray::A || array == IterationArray::dA ? 0 : 1;
    if (layer < lowest || layer > L)
        throw std::out_of_range("explainElement: there is no layer " + std::to_string(layer));
    const Matrix& values = arrayOf(v, array)[std::size_t(layer)];
    if (row < 0 || column < 0 || row >= values.rows() || column >= values.cols())
        throw std::out_of_range("explainElement: the array has no element (" + std::to_string(row) + ", " +
                                std::to_string(column) + ")");
    if (array == IterationArray::A && layer == 0)
        throw std::out_of_range("explainElement: A[0] is the input X itself");
    ElementFormula f;
    f.array = array;
    f.layer = layer;
    f.row = row;
    f.column = column;
    f.output = layer == L;
    f.element = values(row, column);
    const auto l = std::size_t(layer);
    switch (array) {
    case IterationArray::Z: {
        const Matrix &W = v.W[l], &Aprev = v.A[l - 1];
        addUp(f, W.cols(), shownTerms, [&](Eigen::Index k) { return W(row, k); },
              [&](Eigen::Index k) { return Aprev(k, column); });
        f.bias = v.b[l](row, 0);
        f.result = f.sum + f.bias;
        break;
    }
    case IterationArray::A:
        f.z = v.Z[l](row, column);
        f.result = f.output ? sigmoid(f.z) : std::max(0.0, f.z);
        break;
    case IterationArray::dA:
        if (f.output) { // dAL = −(Y/AL − (1−Y)/(1−AL)), where L_model_backward starts
            f.a = v.A[l](row, column);
            f.y = v.Y(row, column);
            f.result = -(f.y / f.a - (1.0 - f.y) / (1.0 - f.a));
        } else { // linear_backward of layer l + 1: dA_prev = Wᵀ·dZ
            const Matrix &W = v.W[l + 1], &dZ = v.dZ[l + 1];
            addUp(f, W.rows(), shownTerms, [&](Eigen::Index i) { return W(i, row); },
                  [&](Eigen::Index i) { return dZ(i, column); });
            f.result = f.sum;
        }
        break;
    case IterationArray::dZ:
        f.z = v.Z[l](row, column);
        f.upstream = v.dA[l](row, column);
        if (f.output) {
            const double s = sigmoid(f.z);
            f.result = f.upstream * s * (1.0 - s);
        } else {
            f.result = f.z > 0 ? f.upstream : 0.0;
        }
        break;
    case IterationArray::dW: {
        const Matrix &dZ = v.dZ[l], &Aprev = v.A[l - 1];
        f.m = dZ.cols();
        addUp(f, f.m, shownTerms, [&](Eigen::Index j) { return dZ(row, j); },
              [&](Eigen::Index j) { return Aprev(column, j); });
        f.result = f.sum / double(f.m);
        break;
    }
    case IterationArray::db: {
        const Matrix& dZ = v.dZ[l];
        f.m = dZ.cols();
        addUp(f, f.m, shownTerms, [&](Eigen::Index j) { return dZ(row, j); }, [](Eigen::Index) { return 1.0; });
        f.result = f.sum / double(f.m);
        break;
    }
    }
    return f;
}

} // namespace catnet
