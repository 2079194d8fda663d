#pragma once

#include "gram_matrix.h"

#include <vector>

namespace catnet {

// XᵀX of a few hundred images, copied once into panels of kPanelRows rows for the
// product G·S that every step of a run takes. A general matrix product copies G into
// such panels at every call (a fifth of a course run's time went to that copy); here the
// copy is made once, and each step only streams the panels, which stay in the cache.
//
// Every entry of the product is one dot product summed in order of k, the same for any
// number of columns of S and any split of the panels between threads, so a run gives
// the same bits alone, in a stack and on one or two threads.
class PanelGram {
public:
    static constexpr Eigen::Index kPanelRows = 2 * Eigen::internal::packet_traits<double>::size;

    explicit PanelGram(const GramMatrix& gram);

    Eigen::Index size() const { return size_; }
    Eigen::Index panels() const { return panels_; }
    // Rows [p·kPanelRows, (p+1)·kPanelRows) of P = G·S (fewer in the last panel), for the
    // panels p in [first, end). P must be m × S.cols().
    void multiplyPanels(const Matrix& S, Matrix& P, Eigen::Index first, Eigen::Index end) const;

private:
    Eigen::Index size_, panels_;
    // Panel p, column k: kPanelRows doubles at (p·m + k)·kPanelRows; rows past m are zero.
    std::vector<double, Eigen::aligned_allocator<double>> values_;
};

} // namespace catnet
