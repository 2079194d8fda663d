#include "engine/training/gram_matrix.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace catnet {

namespace {

// Columns of XᵀX formed by one product: wide enough for the product to run near the
// machine's peak, narrow enough that `stop` is checked every fraction of a second and
// the two threads end close together.
constexpr Eigen::Index kBlockColumns = 128;
// Below this many images one thread is quicker than handing work over.
constexpr Eigen::Index kTwoThreadsFrom = 64;
// Up to this many images, XᵀX is the sum of two halves of the features, one per thread,
// each forming only its lower triangle (a symmetric rank update): 6 ms for the course's
// 209 images, where blocks of columns give one thread four fifths of the work (11 ms).
constexpr Eigen::Index kFeatureHalvesUpTo = 512;

// XᵀX's lower triangle (the upper part of the result is zero).
Matrix lowerGram(const Eigen::Ref<const Matrix>& X) {
    Matrix G = Matrix::Zero(X.cols(), X.cols());
    G.selfadjointView<Eigen::Lower>().rankUpdate(X.transpose());
    return G;
}

} // namespace

GramMatrix::GramMatrix(Eigen::Index size) : size_(size), start_(std::size_t(size)) {
    // Column k starts at k more than a multiple of kAlignment: its entry (i, k) then lies
    // at a multiple of kAlignment plus i.
    Eigen::Index next = 0;
    for (Eigen::Index k = 0; k < size; ++k) {
        const Eigen::Index origin = (next - k + kAlignment - 1) / kAlignment * kAlignment;
        start_[std::size_t(k)] = origin + k;
        next = origin + size; // the column ends at row size − 1
    }
    values_.resize(std::size_t(next));
}

std::shared_ptr<const GramMatrix> GramMatrix::compute(const Matrix& X, std::stop_token stop) {
    const Eigen::Index m = X.cols();
    std::shared_ptr<GramMatrix> gram(new GramMatrix(m));
    if (m <= kFeatureHalvesUpTo) {
        Matrix G;
        if (m < kTwoThreadsFrom) {
            G = lowerGram(X);
        } else {
            const Eigen::Index half = X.rows() / 2;
            Matrix bottom;
            {
                std::jthread helper([&] { bottom = lowerGram(X.bottomRows(X.rows() - half)); });
                G = lowerGram(X.topRows(half));
            }
            G += bottom;
        }
        for (Eigen::Index k = 0; k < m; ++k)
            std::copy_n(G.col(k).data() + k, m - k, gram->values_.data() + gram->start_[std::size_t(k)]);
        return stop.stop_requested() ? nullptr : gram;
    }
    const Eigen::Index blocks = (m + kBlockColumns - 1) / kBlockColumns;
    std::atomic<Eigen::Index> nextBlock{0};
    // Block b holds columns [first, first + w): rows first .. m−1 of them, one product
    // (a little of the block's upper triangle is computed and dropped).
    const auto work = [&] {
        Matrix block;
        for (Eigen::Index b = nextBlock++; b < blocks && !stop.stop_requested(); b = nextBlock++) {
            const Eigen::Index first = b * kBlockColumns, width = std::min(kBlockColumns, m - first);
            block.noalias() = X.rightCols(m - first).transpose() * X.middleCols(first, width);
            for (Eigen::Index c = 0; c < width; ++c) {
                const Eigen::Index k = first + c;
                std::copy_n(block.col(c).data() + c, m - k, gram->values_.data() + gram->start_[std::size_t(k)]);
            }
        }
    };
    if (m < kTwoThreadsFrom) {
        work();
    } else {
        std::jthread helper(work);
        work();
    }
    if (stop.stop_requested())
        return nullptr;
    return gram;
}

Matrix GramMatrix::full() const {
    Matrix G(size_, size_);
    for (Eigen::Index k = 0; k < size_; ++k) {
        G.col(k).tail(size_ - k) = Eigen::Map<const Eigen::VectorXd>(column(k), size_ - k);
        G.row(k).tail(size_ - k) = G.col(k).tail(size_ - k).transpose();
    }
    return G;
}

} // namespace catnet
