#include "gram_stack.h"

#include "two_way_split.h"

#include <algorithm>

namespace catnet {

namespace {

// Eigen's product kernel handles 4 columns of its right-hand side at a time.
constexpr Eigen::Index kColumnPanel = 4;

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

void GramStack::multiply() {
    product_.noalias() = *gram_ * summed_;
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
