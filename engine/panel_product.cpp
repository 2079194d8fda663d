#include "panel_product.h"

#include <algorithm>

namespace catnet {

namespace {

using Packet = Eigen::internal::packet_traits<double>::type;
constexpr Eigen::Index kLanes = Eigen::internal::packet_traits<double>::size;
constexpr int kPacketsPerPanel = int(PanelGram::kPanelRows / kLanes);
// Columns of S against one panel at a time: their sums and the panel's packets fill the
// vector registers (32 with AVX-512, 16 with AVX2).
constexpr int kColumns = kLanes >= 8 ? 8 : 4;

// P(panel rows, c .. c+C−1) = panel · S(:, c .. c+C−1), each sum in order of k; column b
// of the result goes to out + b·stride.
template <int C>
void multiplyBlock(const double* panel, const Matrix& S, Eigen::Index c, double* out, Eigen::Index stride) {
    const Eigen::Index m = S.rows();
    Packet sum[kPacketsPerPanel][C];
    const double* s[C];
    for (int b = 0; b < C; ++b) {
        s[b] = S.col(c + b).data();
        for (int r = 0; r < kPacketsPerPanel; ++r)
            sum[r][b] = Eigen::internal::pset1<Packet>(0.0);
    }
    for (Eigen::Index k = 0; k < m; ++k) {
        Packet g[kPacketsPerPanel];
        for (int r = 0; r < kPacketsPerPanel; ++r)
            g[r] = Eigen::internal::pload<Packet>(panel + k * PanelGram::kPanelRows + r * kLanes);
        for (int b = 0; b < C; ++b) {
            const Packet sk = Eigen::internal::pset1<Packet>(s[b][k]);
            for (int r = 0; r < kPacketsPerPanel; ++r)
                sum[r][b] = Eigen::internal::pmadd(g[r], sk, sum[r][b]);
        }
    }
    for (int b = 0; b < C; ++b)
        for (int r = 0; r < kPacketsPerPanel; ++r)
            Eigen::internal::pstoreu(out + b * stride + r * kLanes, sum[r][b]);
}

} // namespace

PanelGram::PanelGram(const GramMatrix& gram)
    : size_(gram.size()), panels_((size_ + kPanelRows - 1) / kPanelRows),
      values_(std::size_t(panels_ * size_ * kPanelRows), 0.0) {
    for (Eigen::Index p = 0; p < panels_; ++p)
        for (Eigen::Index k = 0; k < size_; ++k)
            for (Eigen::Index i = p * kPanelRows; i < std::min((p + 1) * kPanelRows, size_); ++i)
                values_[std::size_t((p * size_ + k) * kPanelRows + i - p * kPanelRows)] = gram(i, k);
}

void PanelGram::multiplyPanels(const Matrix& S, Matrix& P, Eigen::Index first, Eigen::Index end) const {
    alignas(64) double block[kColumns * kPanelRows];
    for (Eigen::Index p = first; p < end; ++p) {
        const double* panel = values_.data() + p * size_ * kPanelRows;
        const Eigen::Index row = p * kPanelRows, rows = std::min(kPanelRows, size_ - row);
        // A whole panel is written straight into P; the last, partial one through `block`.
        const bool whole = rows == kPanelRows;
        for (Eigen::Index c = 0; c < S.cols();) {
            const Eigen::Index C = std::min<Eigen::Index>(kColumns, S.cols() - c);
            double* out = whole ? P.col(c).data() + row : block;
            const Eigen::Index stride = whole ? P.rows() : kPanelRows;
            switch (C) {
            case 1: multiplyBlock<1>(panel, S, c, out, stride); break;
            case 2: multiplyBlock<2>(panel, S, c, out, stride); break;
            case 3: multiplyBlock<3>(panel, S, c, out, stride); break;
            case 4: multiplyBlock<4>(panel, S, c, out, stride); break;
            case 5: multiplyBlock<5>(panel, S, c, out, stride); break;
            case 6: multiplyBlock<6>(panel, S, c, out, stride); break;
            case 7: multiplyBlock<7>(panel, S, c, out, stride); break;
            default: multiplyBlock<kColumns>(panel, S, c, out, stride); break;
            }
            if (!whole)
                for (Eigen::Index b = 0; b < C; ++b)
                    std::copy_n(block + b * kPanelRows, rows, P.col(c + b).data() + row);
            c += C;
        }
    }
}

} // namespace catnet
