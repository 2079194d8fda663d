#include "engine/training/gram_stack.h"

#include "engine/training/symmetric_product.h"

#include <cmath>
#include <thread>

namespace catnet {

namespace {

// Where the lower triangle of an m × m matrix splits into two equal halves by columns:
// columns [0, k) hold k·m − k²/2 entries, half of m²/2 at k = m·(1 − 1/√2).
Eigen::Index halfTriangleColumn(Eigen::Index m) {
    return static_cast<Eigen::Index>(static_cast<double>(m) * (1.0 - 1.0 / std::sqrt(2.0)));
}

} // namespace

GramStack::GramStack(std::shared_ptr<const GramMatrix> gram)
    : gram_(std::move(gram)), summed_(gram_->size(), 0), product_(gram_->size(), 0) {
    if (examples() < kStreamedFrom)
        panels_ = std::make_unique<const PanelGram>(*gram_);
}

int GramStack::add(Eigen::Index units) {
    const Eigen::Index first = summed_.cols();
    summed_.conservativeResize(Eigen::NoChange, first + units);
    summed_.rightCols(units).setZero();
    product_.resize(examples(), summed_.cols());
    slots_.push_back({first, units});
    return int(slots_.size()) - 1;
}

void GramStack::multiplyInto(const Matrix& S, Matrix& P, Matrix& secondHalf) const {
    const Eigen::Index m = examples();
    if (m < kStreamedFrom) {
        P.resize(m, S.cols());
        panels_->multiplyPanels(S, P, 0, panels_->panels());
        return;
    }
    // The columns split between two threads at the triangle's middle; the second
    // thread's rows are added last.
    const Eigen::Index split = halfTriangleColumn(m);
    P.setZero(m, S.cols());
    secondHalf.setZero(m, S.cols());
    {
        std::jthread helper([&] { addSymmetricProduct(*gram_, S, secondHalf, split, m); });
        addSymmetricProduct(*gram_, S, P, 0, split);
    }
    P.bottomRows(m - split) += secondHalf.bottomRows(m - split);
}

void GramStack::multiply() {
    multiplyInto(summed_, product_, secondHalf_);
}

Matrix GramStack::gramTimes(const Matrix& S) const {
    Matrix P, secondHalf;
    multiplyInto(S, P, secondHalf);
    return P;
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
