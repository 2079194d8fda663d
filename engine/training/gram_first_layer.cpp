#include "engine/training/gram_first_layer.h"

#include "engine/training/gram_stack.h"
#include "engine/training/panel_gram.h"
#include "engine/training/two_way_split.h"

#include <array>
#include <atomic>
#include <cmath>
#include <utility>

namespace catnet {

namespace {

// W1·X, the examples split between two threads (set-up of every run, alone or stacked).
RowMatrix timesX(const Matrix& W1, const Matrix& X) {
    RowMatrix product(W1.rows(), X.cols());
    splitInTwo(X.cols(), [&](Eigen::Index begin, Eigen::Index end) {
        product.middleCols(begin, end - begin).noalias() = W1 * X.middleCols(begin, end - begin);
    });
    return product;
}

// One run's first layer in a GramStack. Z1 = W1(0)·X − (lr/m)·(S·XᵀX) + b1, written
// the same way alone and stacked so that both give the same bits.
class GramFirstLayer final : public FirstLayer {
public:
    // `ownsStack`: a run of its own, which multiplies its stack (of one) at each forward.
    GramFirstLayer(const Matrix& W1, const Matrix& X, double learningRate, std::shared_ptr<GramStack> stack,
                   bool ownsStack)
        : X_(X), W1Initial_(W1), projectedInitial_(timesX(W1, X)), units_(W1.rows()), examples_(X.cols()),
          stack_(std::move(stack)), slot_(stack_->add(W1.rows())),
          ownsStack_(ownsStack), step_(learningRate / static_cast<double>(X.cols())) {}

    // The stack holds each run's (units × m) values column-major as m × units: the
    // same bytes as the row-major units × m that the training loop uses.
    void forward(const Matrix& b1, RowMatrix& Z1) override {
        syncSummed();
        if (ownsStack_)
            stack_->multiply();
        const Eigen::Map<const RowMatrix> product(stack_->product(slot_).data(), units_, examples_);
        Z1 = projectedInitial_ - step_ * product;
        Z1.colwise() += b1.col(0);
    }

    void update(const RowMatrix& dZ1) override {
        if (split_) {
            stagePart(0, dZ1.leftCols(halfway_));
            stagePart(1, dZ1.rightCols(examples_ - halfway_));
            commitUpdate();
            return;
        }
        Eigen::Map<RowMatrix>(stack_->summed(slot_).data(), units_, examples_) += dZ1;
    }

    // A run of its own multiplies each part's panels of XᵀX by its sums, kept in two
    // parts too: each part's rows written by one thread, read by both.
    bool splitsExamples() const override { return split_; }

    void forwardPart(int part, const Matrix& b1, RowMatrix& Z1) override {
        if (!std::exchange(partState_[part].premultiplied, false))
            multiplyPart(part, current_);
        const Eigen::Index first = part == 0 ? 0 : halfway_, count = productParts_[part].rows();
        const Eigen::Map<const RowMatrix> product(productParts_[part].data(), units_, count);
        Z1 = projectedInitial_.middleCols(first, count) - step_ * product;
        Z1.colwise() += b1.col(0);
    }

    // The next sums go to the other buffer: the other thread may still be reading these.
    void stagePart(int part, const RowMatrix& dZ1) override {
        const Eigen::Map<const Matrix> transposed(dZ1.data(), dZ1.cols(), dZ1.rows());
        const int next = 1 - current_;
        partState_[part].stagedInto = next;
        // Through a Map: assigning to the Matrix would rewrite its size, which the other
        // thread reads to multiply.
        Matrix& staged = summedParts_[next][part];
        Eigen::Map<Matrix>(staged.data(), staged.rows(), staged.cols()) = summedParts_[current_][part] + transposed;
    }

    // The buffer comes from this part's own stagePart: the loop's thread may already
    // have committed (and flipped current_) by the time this runs.
    void prepareNextPart(int part) override {
        multiplyPart(part, partState_[part].stagedInto);
        partState_[part].premultiplied = true;
    }

    void commitUpdate() override {
        current_ = 1 - current_;
        stackStale_ = true;
    }

    // ‖dZ1·Xᵀ‖² = trace(dZ1·XᵀX·dZ1ᵀ): from the Gram matrix, without touching X.
    double gradientNorm(const RowMatrix& dZ1) const override {
        const Matrix dZ1t = dZ1.transpose();
        return std::sqrt(std::max(0.0, stack_->gramTimes(dZ1t).cwiseProduct(dZ1t).sum()));
    }

    // With W1 = W1(0) − s·S·Xᵀ: ‖W1‖² = ‖W1(0)‖² − 2s·Σ(S∘W1(0)X) + s²·Σ((S·XᵀX)∘S),
    // all m-sized products.
    double weightNorm() const override {
        syncSummed();
        const Matrix S = stack_->summed(slot_).transpose();
        const double squared = initialNormSquared_ - 2 * step_ * S.cwiseProduct(Matrix(projectedInitial_)).sum() +
                               step_ * step_ * stack_->gramTimes(S.transpose()).transpose().cwiseProduct(S).sum();
        return std::sqrt(std::max(0.0, squared));
    }

    // W1·Xh = W1(0)·Xh − s·S·(XᵀXh): the held-out products also go through X's
    // products with them, computed once.
    void attachHeldOut(const Matrix& heldOutX) override {
        heldOutX_ = &heldOutX;
        crossGram_ = stack_->heldOutCross(heldOutX);
        if (!crossGram_)
            crossGram_ = std::make_shared<const Matrix>(X_.transpose() * heldOutX);
        projectedHeldOut_ = W1Initial_ * heldOutX;
    }

    void forwardHeldOut(const Matrix& b1, Matrix& Z1) const override {
        syncSummed();
        const Eigen::Map<const RowMatrix> S(stack_->summed(slot_).data(), units_, examples_);
        Z1 = projectedHeldOut_;
        Z1.noalias() -= step_ * (S * *crossGram_);
        Z1.colwise() += b1.col(0);
    }

    // W1·X from XᵀX (m × m products only), and the held-out one as forwardHeldOut does.
    bool keptZ1(const Matrix& X, const Matrix& b1, Matrix& Z1) const override {
        if (&X == heldOutX_) {
            forwardHeldOut(b1, Z1);
            return true;
        }
        if (&X != &X_)
            return false;
        syncSummed();
        Z1 = projectedInitial_;
        Z1.noalias() -= step_ * stack_->gramTimes(stack_->summed(slot_)).transpose();
        Z1.colwise() += b1.col(0);
        return true;
    }

    // W1 = W1(0) − s·S·Xᵀ, the features split between two threads.
    Matrix weights() const override {
        syncSummed();
        Matrix W1 = W1Initial_;
        const auto S = stack_->summed(slot_);
        // Formed as (X·S)ᵀ: a tall product with X untransposed runs a third faster than Sᵀ·Xᵀ.
        splitInTwo(W1.cols(), [&](Eigen::Index begin, Eigen::Index end) {
            Matrix XS(end - begin, S.cols());
            XS.noalias() = X_.middleRows(begin, end - begin) * S;
            W1.middleCols(begin, end - begin) -= step_ * XS.transpose();
        });
        return W1;
    }

private:
    // One part's rows of G·Sᵀ from the sums in summedParts_[buffer].
    void multiplyPart(int part, int buffer) {
        const PanelGram& panels = *stack_->panels();
        // halfway_ is a whole number of panels, or m (all panels in part 0).
        const Eigen::Index splitPanel = (halfway_ + PanelGram::kPanelRows - 1) / PanelGram::kPanelRows;
        const auto& S = summedParts_[buffer];
        panels.multiplyPanels(S[0], S[1], productParts_[part], part == 0 ? 0 : splitPanel,
                              part == 0 ? splitPanel : panels.panels());
    }

    // The stack's copy of a split run's sums, for what reads them whole.
    void syncSummed() const {
        if (!std::exchange(stackStale_, false))
            return;
        auto S = stack_->summed(slot_);
        S.topRows(halfway_) = summedParts_[current_][0];
        S.bottomRows(examples_ - halfway_) = summedParts_[current_][1];
    }

    const Matrix& X_;
    const Matrix W1Initial_;
    const double initialNormSquared_ = W1Initial_.squaredNorm();
    const RowMatrix projectedInitial_; // W1(0)·X
    const Eigen::Index units_, examples_;
    const std::shared_ptr<GramStack> stack_;
    const int slot_;
    const bool ownsStack_;
    const double step_; // lr / m
    const bool split_ = ownsStack_ && stack_->panels();
    const Eigen::Index halfway_ = PanelGram::halfway(examples_);
    // A split run's sums Sᵀ by part of the examples (halfway_ × units, and the rest), and
    // the next ones; its products G·Sᵀ by part.
    std::array<std::array<Matrix, 2>, 2> summedParts_{{{Matrix::Zero(halfway_, units_),
                                                        Matrix::Zero(examples_ - halfway_, units_)},
                                                       {Matrix::Zero(halfway_, units_),
                                                        Matrix::Zero(examples_ - halfway_, units_)}}};
    std::array<Matrix, 2> productParts_{Matrix(halfway_, units_), Matrix(examples_ - halfway_, units_)};
    // Which of summedParts_ holds the current sums; written between steps.
    int current_ = 0;
    // Each part's own record, written only by the thread of that part: where its last
    // sums were staged, and whether its next product is already formed.
    struct alignas(64) PartState {
        int stagedInto = 0;
        bool premultiplied = false;
    };
    std::array<PartState, 2> partState_;
    mutable bool stackStale_ = false;
    const Matrix* heldOutX_ = nullptr;         // with a held-out set: its images,
    std::shared_ptr<const Matrix> crossGram_; // XᵀXh,
    Matrix projectedHeldOut_;                  // W1(0)·Xh
};

} // namespace

std::unique_ptr<FirstLayer> makeGramFirstLayer(const Matrix& W1, const Matrix& X, double learningRate,
                                               std::stop_token stop) {
    std::shared_ptr<const GramMatrix> gram = GramMatrix::compute(X, stop);
    if (!gram)
        return nullptr;
    return makeGramFirstLayerFrom(W1, X, learningRate, std::move(gram));
}

std::unique_ptr<FirstLayer> makeGramFirstLayerFrom(const Matrix& W1, const Matrix& X, double learningRate,
                                                   std::shared_ptr<const GramMatrix> gram) {
    return std::make_unique<GramFirstLayer>(W1, X, learningRate, std::make_shared<GramStack>(std::move(gram)), true);
}

std::unique_ptr<FirstLayer> makeStackedGramFirstLayer(const Matrix& W1, const Matrix& X, double learningRate,
                                                      std::shared_ptr<GramStack> stack) {
    return std::make_unique<GramFirstLayer>(W1, X, learningRate, std::move(stack), false);
}

} // namespace catnet
