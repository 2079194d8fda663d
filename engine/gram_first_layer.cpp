#include "first_layer.h"
#include "two_way_split.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace catnet {

namespace {

// XᵀX, lower triangle only (half the work), split over input features between two
// threads whose partial sums are added, each in blocks so that a stop is noticed.
std::optional<Matrix> gramMatrix(const Matrix& X, std::stop_token stop) {
    constexpr Eigen::Index kBlock = 1024; // features per rank update
    const Eigen::Index m = X.cols();
    Matrix partial[2] = {Matrix::Zero(m, m), Matrix::Zero(m, m)};
    splitInTwo(X.rows(), [&](Eigen::Index begin, Eigen::Index end) {
        Matrix& G = partial[begin == 0 ? 0 : 1];
        for (Eigen::Index from = begin; from < end && !stop.stop_requested(); from += kBlock)
            G.selfadjointView<Eigen::Lower>().rankUpdate(X.middleRows(from, std::min(kBlock, end - from)).transpose());
    });
    if (stop.stop_requested())
        return std::nullopt;
    Matrix G = partial[0] + partial[1];
    G.triangularView<Eigen::StrictlyUpper>() = G.transpose();
    return G;
}

class GramFirstLayer final : public FirstLayer {
public:
    GramFirstLayer(const Matrix& W1, const Matrix& X, double learningRate, Matrix gram)
        : X_(X), W1Initial_(W1), projectedInitial_(W1 * X), gram_(std::move(gram)),
          step_(learningRate / static_cast<double>(X.cols())),
          summedDZ1_(Matrix::Zero(W1.rows(), X.cols())) {}

    void forward(const Matrix& b1, Matrix& Z1) override {
        Z1 = projectedInitial_;
        Z1.noalias() -= (step_ * summedDZ1_) * gram_;
        Z1.colwise() += b1.col(0);
    }

    void update(const Matrix& dZ1) override { summedDZ1_ += dZ1; }

    // ‖dZ1·Xᵀ‖² = trace(dZ1·XᵀX·dZ1ᵀ): from the Gram matrix, without touching X.
    double gradientNorm(const Matrix& dZ1) const override {
        return std::sqrt(std::max(0.0, (dZ1 * gram_).cwiseProduct(dZ1).sum()));
    }

    // With W1 = W1(0) − s·S·Xᵀ: ‖W1‖² = ‖W1(0)‖² − 2s·Σ(S∘W1(0)X) + s²·Σ((S·XᵀX)∘S),
    // all m-sized products.
    double weightNorm() const override {
        const double squared = initialNormSquared_ - 2 * step_ * summedDZ1_.cwiseProduct(projectedInitial_).sum() +
                               step_ * step_ * (summedDZ1_ * gram_).cwiseProduct(summedDZ1_).sum();
        return std::sqrt(std::max(0.0, squared));
    }

    Matrix weights() const override {
        Matrix W1 = W1Initial_;
        W1.noalias() -= (step_ * summedDZ1_) * X_.transpose();
        return W1;
    }

private:
    const Matrix& X_;
    const Matrix W1Initial_;
    const double initialNormSquared_ = W1Initial_.squaredNorm();
    const Matrix projectedInitial_; // W1(0)·X
    const Matrix gram_;             // XᵀX
    const double step_;             // lr / m
    Matrix summedDZ1_;              // Σ dZ1 over the updates so far
};

} // namespace

std::unique_ptr<FirstLayer> makeGramFirstLayer(const Matrix& W1, const Matrix& X,
                                               double learningRate, std::stop_token stop) {
    std::optional<Matrix> gram = gramMatrix(X, stop);
    if (!gram)
        return nullptr;
    return std::make_unique<GramFirstLayer>(W1, X, learningRate, std::move(*gram));
}

} // namespace catnet
