#pragma once

#include "engine/training/gram_matrix.h"

#include <algorithm>
#include <vector>

namespace catnet {

// XᵀX of a few hundred images, copied once into panels of kPanelRows rows for the
// product G·S that every step of a run takes. A general matrix product copies G into
// such panels at every call (a fifth of a course run's time went to that copy); here the
// copy is made once, and each step only streams the panels, which stay in the cache.
//
// Every entry of the product is one dot product summed in order of k, the same for any
// number of columns of S, any split of the panels between threads and any split of S's
// rows into pieces, so a run gives the same bits alone, in a stack and on one or two
// threads.
class PanelGram {
public:
    static constexpr Eigen::Index kPanelRows = 2 * Eigen::internal::packet_traits<double>::size;

    explicit PanelGram(const GramMatrix& gram);

    // Where m examples split into two parts of about as many panels each (a whole number
    // of panels first): the training loop's two parts (training_loop.h).
    static Eigen::Index halfway(Eigen::Index m) {
        const Eigen::Index panels = (m + kPanelRows - 1) / kPanelRows;
        return std::min(m, (panels + 1) / 2 * kPanelRows);
    }

    Eigen::Index size() const { return size_; }
    Eigen::Index panels() const { return panels_; }
    // The first row of panel p (m for p = panels()).
    Eigen::Index firstRowOf(Eigen::Index panel) const { return std::min(panel * kPanelRows, size_); }
    // Rows [p·kPanelRows, (p+1)·kPanelRows) of P = G·S (fewer in the last panel), for the
    // panels p in [first, end). P must be m × S.cols().
    void multiplyPanels(const Matrix& S, Matrix& P, Eigen::Index first, Eigen::Index end) const;
    // The same with S given as two pieces of its rows, `top` above `bottom`, and P holding
    // only the rows of panels [first, end): P's row 0 is row firstRowOf(first) of G·S.
    void multiplyPanels(const Matrix& top, const Matrix& bottom, Matrix& P, Eigen::Index first,
                        Eigen::Index end) const;

    struct Pieces; // S as two pieces of its rows (panel_gram.cpp)

private:
    void multiply(const Pieces& S, double* P, Eigen::Index stride, Eigen::Index firstRow, Eigen::Index first,
                  Eigen::Index end) const;

    Eigen::Index size_, panels_;
    // Panel p, column k: kPanelRows doubles at (p·m + k)·kPanelRows; rows past m are zero.
    std::vector<double, Eigen::aligned_allocator<double>> values_;
};

} // namespace catnet
