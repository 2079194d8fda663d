#include "gram_matrix.h"

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
