#include "first_layer.h"

#include "gram_stack.h"

#include <cmath>

namespace catnet {

namespace {

// One run's first layer in a GramStack. Z1 = W1(0)·X − (lr/m)·(S·XᵀX) + b1, written
// the same way alone and stacked so that both give the same bits.
class GramFirstLayer final : public FirstLayer {
public:
    // `ownsStack`: a run of its own, which multiplies its stack (of one) at each forward.
    GramFirstLayer(const Matrix& W1, const Matrix& X, double learningRate, std::shared_ptr<GramStack> stack,
                   bool ownsStack)
        : X_(X), W1Initial_(W1), projectedInitial_(W1 * X), units_(W1.rows()), examples_(X.cols()),
          stack_(std::move(stack)), slot_(stack_->add(W1.rows())),
          ownsStack_(ownsStack), step_(learningRate / static_cast<double>(X.cols())) {}

    // The stack holds each run's (units × m) values column-major as m × units: the
    // same bytes as the row-major units × m that the training loop uses.
    void forward(const Matrix& b1, RowMatrix& Z1) override {
        if (ownsStack_)
            stack_->multiply();
        const Eigen::Map<const RowMatrix> product(stack_->product(slot_).data(), units_, examples_);
        Z1 = projectedInitial_ - step_ * product;
        Z1.colwise() += b1.col(0);
    }

    void update(const RowMatrix& dZ1) override {
        Eigen::Map<RowMatrix>(stack_->summed(slot_).data(), units_, examples_) += dZ1;
    }

    // ‖dZ1·Xᵀ‖² = trace(dZ1·XᵀX·dZ1ᵀ): from the Gram matrix, without touching X.
    double gradientNorm(const RowMatrix& dZ1) const override {
        const Matrix dZ1t = dZ1.transpose();
        return std::sqrt(std::max(0.0, stack_->gramTimes(dZ1t).cwiseProduct(dZ1t).sum()));
    }

    // With W1 = W1(0) − s·S·Xᵀ: ‖W1‖² = ‖W1(0)‖² − 2s·Σ(S∘W1(0)X) + s²·Σ((S·XᵀX)∘S),
    // all m-sized products.
    double weightNorm() const override {
        const Matrix S = stack_->summed(slot_).transpose();
        const double squared = initialNormSquared_ - 2 * step_ * S.cwiseProduct(Matrix(projectedInitial_)).sum() +
                               step_ * step_ * stack_->gramTimes(S.transpose()).transpose().cwiseProduct(S).sum();
        return std::sqrt(std::max(0.0, squared));
    }

    // W1·Xh = W1(0)·Xh − s·S·(XᵀXh): the held-out products also go through X's
    // products with them, computed once.
    void attachHeldOut(const Matrix& heldOutX) override {
        crossGram_ = stack_->heldOutCross(heldOutX);
        if (!crossGram_)
            crossGram_ = std::make_shared<const Matrix>(X_.transpose() * heldOutX);
        projectedHeldOut_ = W1Initial_ * heldOutX;
    }

    void forwardHeldOut(const Matrix& b1, Matrix& Z1) const override {
        const Eigen::Map<const RowMatrix> S(stack_->summed(slot_).data(), units_, examples_);
        Z1 = projectedHeldOut_;
        Z1.noalias() -= step_ * (S * *crossGram_);
        Z1.colwise() += b1.col(0);
    }

    Matrix weights() const override {
        Matrix W1 = W1Initial_;
        W1.noalias() -= step_ * (stack_->summed(slot_).transpose() * X_.transpose());
        return W1;
    }

private:
    const Matrix& X_;
    const Matrix W1Initial_;
    const double initialNormSquared_ = W1Initial_.squaredNorm();
    const RowMatrix projectedInitial_; // W1(0)·X
    const Eigen::Index units_, examples_;
    const std::shared_ptr<GramStack> stack_;
    const int slot_;
    const bool ownsStack_;
    const double step_; // lr / m
    std::shared_ptr<const Matrix> crossGram_; // XᵀXh, with a held-out set
    Matrix projectedHeldOut_;                  // W1(0)·Xh
};

} // namespace

std::unique_ptr<FirstLayer> makeGramFirstLayer(const Matrix& W1, const Matrix& X, double learningRate,
                                               std::stop_token stop) {
    std::shared_ptr<const GramMatrix> gram = GramMatrix::compute(X, stop);
    if (!gram)
        return nullptr;
    return std::make_unique<GramFirstLayer>(W1, X, learningRate, std::make_shared<GramStack>(std::move(gram)), true);
}

std::unique_ptr<FirstLayer> makeStackedGramFirstLayer(const Matrix& W1, const Matrix& X, double learningRate,
                                                      std::shared_ptr<GramStack> stack) {
    return std::make_unique<GramFirstLayer>(W1, X, learningRate, std::move(stack), false);
}

} // namespace catnet
