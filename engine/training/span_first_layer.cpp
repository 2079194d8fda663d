#include "engine/training/span_first_layer.h"

#include <algorithm>

namespace catnet {

SpanFirstLayer::SpanFirstLayer(const Matrix& W1, const Matrix& X, const Matrix& gram)
    : W1Initial_(W1), X_(X), gram_(gram), projectedInitial_(W1 * X), initialSquares_(W1.squaredNorm()),
      T_(Matrix::Zero(W1.rows(), X.cols())) {}

Matrix SpanFirstLayer::product(const std::vector<Eigen::Index>& batch) const {
    if (batch.empty()) {
        productOfT_.noalias() = T_ * gram_;
        productOfTCurrent_ = true;
        return a_ * projectedInitial_ + productOfT_;
    }
    Matrix Z = a_ * projectedInitial_(Eigen::all, batch);
    Z.noalias() += T_ * gram_(Eigen::all, batch);
    return Z;
}

SpanFirstLayer::Gradient SpanFirstLayer::gradient(const Matrix& dZ1, const std::vector<Eigen::Index>& batch,
                                                  double l2) const {
    const double B = static_cast<double>(dZ1.cols());
    Gradient g{(l2 / B) * a_, l2 != 0.0 ? Matrix((l2 / B) * T_) : Matrix::Zero(T_.rows(), T_.cols())};
    if (batch.empty()) {
        g.images += dZ1 / B;
        return g;
    }
    for (std::size_t j = 0; j < batch.size(); ++j)
        g.images.col(batch[j]) += dZ1.col(Eigen::Index(j)) / B;
    return g;
}

void SpanFirstLayer::descend(const Gradient& g, double learningRate) {
    a_ -= learningRate * g.initial;
    T_ -= learningRate * g.images;
    productOfTCurrent_ = false;
}

void SpanFirstLayer::descendWithMomentum(const Gradient& g, double beta, double learningRate) {
    if (U_.size() == 0)
        U_ = Matrix::Zero(T_.rows(), T_.cols());
    c_ = beta * c_ + (1.0 - beta) * g.initial;
    U_ = beta * U_ + (1.0 - beta) * g.images;
    a_ -= learningRate * c_;
    T_ -= learningRate * U_;
    productOfTCurrent_ = false;
}

double SpanFirstLayer::squaredNormOf(double initial, const Matrix& images, const Matrix* imagesTimesGram) const {
    const double cross = images.cwiseProduct(projectedInitial_).sum();
    const double spanned = imagesTimesGram ? imagesTimesGram->cwiseProduct(images).sum()
                                           : Matrix(images * gram_).cwiseProduct(images).sum();
    return std::max(0.0, initial * initial * initialSquares_ + 2.0 * initial * cross + spanned);
}

double SpanFirstLayer::squaredNorm() const {
    return squaredNormOf(a_, T_, productOfTCurrent_ ? &productOfT_ : nullptr);
}

double SpanFirstLayer::squaredNorm(const Gradient& g) const { return squaredNormOf(g.initial, g.images, nullptr); }

Matrix SpanFirstLayer::weights() const {
    Matrix W1 = a_ * W1Initial_;
    W1.noalias() += T_ * X_.transpose();
    return W1;
}

void SpanFirstLayer::attachHeldOut(const Matrix& heldOutX) {
    crossGram_.noalias() = X_.transpose() * heldOutX;
    projectedHeldOut_.noalias() = W1Initial_ * heldOutX;
}

Matrix SpanFirstLayer::heldOutProduct() const {
    Matrix Z = a_ * projectedHeldOut_;
    Z.noalias() += T_ * crossGram_;
    return Z;
}

} // namespace catnet
