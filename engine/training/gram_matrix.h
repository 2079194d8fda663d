#pragma once

#include "engine/model/parameters.h"

#include <memory>
#include <stop_token>
#include <Eigen/Core>

#include <vector>

namespace catnet {

// XᵀX of the training images (m × m, symmetric), kept as its lower triangle packed
// column by column: m(m+1)/2 doubles, half of the full matrix (400 MB instead of 800 MB
// at m = 10,000 images). Column k holds G(k, k), G(k+1, k), …, G(m−1, k), placed so that
// rows at multiples of kAlignment are aligned for vector loads.
class GramMatrix {
public:
    // XᵀX of the columns of X, on two threads: up to 512 images as two halves of the
    // features' sum, beyond in blocks of columns, checking `stop` between blocks; returns
    // nullptr when stopped. Each entry is computed the same way whichever thread runs it.
    static std::shared_ptr<const GramMatrix> compute(const Matrix& X, std::stop_token stop = {});

    Eigen::Index size() const { return size_; }
    // G(k .. m−1, k), contiguous: G(i, k) is column(k)[i − k].
    const double* column(Eigen::Index k) const { return values_.data() + start_[std::size_t(k)]; }
    double operator()(Eigen::Index i, Eigen::Index k) const {
        return i >= k ? column(k)[i - k] : column(i)[k - i];
    }
    // The whole matrix, both triangles (for small m, and for tests).
    Matrix full() const;

    // Entry (i, k) of every column sits at an address that is a multiple of this many
    // doubles plus i, so the rows at multiples of it are vector-aligned (64 bytes).
    static constexpr Eigen::Index kAlignment = 8;

private:
    explicit GramMatrix(Eigen::Index size);

    Eigen::Index size_;
    std::vector<Eigen::Index> start_; // where column k begins, a little padding between columns
    std::vector<double, Eigen::aligned_allocator<double>> values_;
};

} // namespace catnet
