#include "engine/training/panel_gram.h"
#include "engine/training/simd_lanes.h"

#include <algorithm>

namespace catnet {

// S's rows [0, topRows) at top, the rest at bottom, both column-major.
struct PanelGram::Pieces {
    const double* top;
    Eigen::Index topRows, topStride;
    const double* bottom;
    Eigen::Index bottomStride, cols;
};

namespace {

using Packet = Eigen::internal::packet_traits<double>::type;
constexpr int kPacketsPerPanel = int(PanelGram::kPanelRows / kLanes);
// Columns of S against one panel at a time: their sums and the panel's packets fill the
// vector registers (32 with AVX-512, 16 with AVX2).
constexpr int kColumns = kLanes >= 8 ? 8 : 4;

// sum[·][b] += panel rows k ∈ [begin, end) times s[b][k − begin], in order of k.
template <int C>
EIGEN_ALWAYS_INLINE void accumulate(const double* panel, const double* const* s, Eigen::Index begin, Eigen::Index end,
                Packet (&sum)[kPacketsPerPanel][C]) {
    for (Eigen::Index k = begin; k < end; ++k) {
        Packet g[kPacketsPerPanel];
        for (int r = 0; r < kPacketsPerPanel; ++r)
            g[r] = Eigen::internal::pload<Packet>(panel + k * PanelGram::kPanelRows + r * kLanes);
        for (int b = 0; b < C; ++b) {
            const Packet sk = Eigen::internal::pset1<Packet>(s[b][k - begin]);
            for (int r = 0; r < kPacketsPerPanel; ++r)
                sum[r][b] = Eigen::internal::pmadd(g[r], sk, sum[r][b]);
        }
    }
}

// P(panel rows, c .. c+C−1) = panel · S(:, c .. c+C−1), each sum in order of k through
// both pieces of S; column b of the result goes to out + b·stride.
template <int C>
void multiplyBlock(const double* panel, const PanelGram::Pieces& S, Eigen::Index m, Eigen::Index c, double* out,
                   Eigen::Index stride) {
    Packet sum[kPacketsPerPanel][C];
    const double *top[C], *bottom[C];
    for (int b = 0; b < C; ++b) {
        top[b] = S.top + (c + b) * S.topStride;
        bottom[b] = S.bottom + (c + b) * S.bottomStride;
        for (int r = 0; r < kPacketsPerPanel; ++r)
            sum[r][b] = Eigen::internal::pset1<Packet>(0.0);
    }
    accumulate<C>(panel, top, 0, S.topRows, sum);
    accumulate<C>(panel, bottom, S.topRows, m, sum);
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
    multiply({S.data(), S.rows(), S.rows(), S.data(), S.rows(), S.cols()}, P.data(), P.rows(), 0, first, end);
}

void PanelGram::multiplyPanels(const Matrix& top, const Matrix& bottom, Matrix& P, Eigen::Index first,
                               Eigen::Index end) const {
    multiply({top.data(), top.rows(), top.rows(), bottom.data(), bottom.rows(), top.cols()}, P.data(), P.rows(),
             firstRowOf(first), first, end);
}

void PanelGram::multiply(const Pieces& S, double* P, Eigen::Index stride, Eigen::Index firstRow,
                         Eigen::Index first, Eigen::Index end) const {
    alignas(64) double block[kColumns * kPanelRows];
    for (Eigen::Index p = first; p < end; ++p) {
        const double* panel = values_.data() + p * size_ * kPanelRows;
        const Eigen::Index row = p * kPanelRows, rows = std::min(kPanelRows, size_ - row);
        // A whole panel is written straight into P; the last, partial one through `block`.
        const bool whole = rows == kPanelRows;
        for (Eigen::Index c = 0; c < S.cols;) {
            const Eigen::Index C = std::min<Eigen::Index>(kColumns, S.cols - c);
            double* out = whole ? P + c * stride + row - firstRow : block;
            const Eigen::Index outStride = whole ? stride : kPanelRows;
            switch (C) {
            case 1: multiplyBlock<1>(panel, S, size_, c, out, outStride); break;
            case 2: multiplyBlock<2>(panel, S, size_, c, out, outStride); break;
            case 3: multiplyBlock<3>(panel, S, size_, c, out, outStride); break;
            case 4: multiplyBlock<4>(panel, S, size_, c, out, outStride); break;
            case 5: multiplyBlock<5>(panel, S, size_, c, out, outStride); break;
            case 6: multiplyBlock<6>(panel, S, size_, c, out, outStride); break;
            case 7: multiplyBlock<7>(panel, S, size_, c, out, outStride); break;
            default: multiplyBlock<kColumns>(panel, S, size_, c, out, outStride); break;
            }
            if (!whole)
                for (Eigen::Index b = 0; b < C; ++b)
                    std::copy_n(block + b * kPanelRows, rows, P + (c + b) * stride + row - firstRow);
            c += C;
        }
    }
}

} // namespace catnet
