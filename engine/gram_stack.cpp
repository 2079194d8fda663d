#include "gram_stack.h"

#include "helper_thread.h"
#include "two_way_split.h"

#include <algorithm>

namespace catnet {

namespace {

// Eigen's product kernel handles 4 columns of its right-hand side at a time, and rows
// of the left in panels of 24 (AVX-512) or 12 (AVX2): both divide 96 and 4.
constexpr Eigen::Index kColumnPanel = 4;
constexpr Eigen::Index kRowPanel = 24;

} // namespace

std::shared_ptr<const Matrix> computeGramMatrix(const Matrix& X, std::stop_token stop) {
    constexpr Eigen::Index kBlock = 1024; // features per rank update
    const Eigen::Index m = X.cols();
    Matrix partial[2] = {Matrix::Zero(m, m), Matrix::Zero(m, m)};
    // Lower triangle only (half the work); the two threads' partial sums are added.
    splitInTwo(X.rows(), [&](Eigen::Index begin, Eigen::Index end) {
        Matrix& G = partial[begin == 0 ? 0 : 1];
        for (Eigen::Index from = begin; from < end && !stop.stop_requested(); from += kBlock)
            G.selfadjointView<Eigen::Lower>().rankUpdate(X.middleRows(from, std::min(kBlock, end - from)).transpose());
    });
    if (stop.stop_requested())
        return nullptr;
    auto G = std::make_shared<Matrix>(partial[0] + partial[1]);
    G->triangularView<Eigen::StrictlyUpper>() = G->transpose();
    return G;
}

GramStack::GramStack(std::shared_ptr<const Matrix> gram)
    : gram_(std::move(gram)), summed_(gram_->rows(), 0), product_(gram_->rows(), 0) {}

int GramStack::add(Eigen::Index units) {
    const Eigen::Index first = summed_.cols();
    const Eigen::Index padded = (units + kColumnPanel - 1) / kColumnPanel * kColumnPanel;
    summed_.conservativeResize(Eigen::NoChange, first + padded);
    summed_.rightCols(padded).setZero();
    product_.resize(examples(), summed_.cols());
    slots_.push_back({first, units});
    return int(slots_.size()) - 1;
}

void GramStack::multiply(HelperThread* helper) {
    const Matrix& G = *gram_;
    const Eigen::Index m = examples();
    // Split by rows of XᵀX, on a panel boundary so that each half computes its rows
    // exactly as the whole product would.
    const Eigen::Index split = m / 2 / kRowPanel * kRowPanel;
    if (!helper || split == 0) {
        product_.noalias() = G * summed_;
        return;
    }
    helper->runTogether([&] { product_.topRows(split).noalias() = G.topRows(split) * summed_; },
                        [&] { product_.bottomRows(m - split).noalias() = G.bottomRows(m - split) * summed_; });
}

GramStack::Columns GramStack::summed(int slot) {
    return summed_.middleCols(slots_[slot].firstColumn, slots_[slot].units);
}

GramStack::ConstColumns GramStack::summed(int slot) const {
    return summed_.middleCols(slots_[slot].firstColumn, slots_[slot].units);
}

GramStack::ConstColumns GramStack::product(int slot) const {
    return product_.middleCols(slots_[slot].firstColumn, slots_[slot].units);
}

} // namespace catnet
