#include "engine/training/symmetric_product.h"
#include "engine/training/simd_lanes.h"

#include <cmath>
#include <vector>

namespace catnet {

namespace {

using Packet = Eigen::internal::packet_traits<double>::type;
// Columns of G taken together, and rows of them at a time: kBlock columns of this many
// doubles stay in the first-level cache while every column of S goes past them.
constexpr int kBlock = 8;
// Columns of S taken together: each chunk of G read from the cache serves both.
constexpr int kColumnsTogether = 2;
constexpr Eigen::Index kChunkRows = 64 * kLanes;

// One column k of G against one column of S, rows past the diagonal block handled
// one by one: the dot product's term and the update of P(i).
inline void addScalarRow(double g, double sk, double si, double& dot, double& pi) {
    dot = std::fma(g, si, dot);
    pi = std::fma(g, sk, pi);
}

// Rows [from, to) (whole packets) of the columns k .. k+J−1 of G against the columns
// c .. c+C−1 of S: lane sums of the dot products, and P(i, c+b) += Σ_a G(i, k+a)·S(k+a, c+b)
// with a in order. Each entry gets the same operations in the same order for every J and C.
template <int J, int C>
void addChunk(const GramMatrix& G, const Matrix& S, Matrix& P, Eigen::Index k, Eigen::Index c, Eigen::Index from,
              Eigen::Index to, double* sums) {
    const double* g[J];
    const double* s[C];
    double* p[C];
    Packet sk[J][C], sum[J][C];
    for (int b = 0; b < C; ++b) {
        s[b] = S.col(c + b).data();
        p[b] = P.col(c + b).data();
    }
    for (int a = 0; a < J; ++a) {
        g[a] = G.column(k + a) - (k + a);
        for (int b = 0; b < C; ++b) {
            sk[a][b] = Eigen::internal::pset1<Packet>(S(k + a, c + b));
            sum[a][b] = Eigen::internal::ploadu<Packet>(sums + (b * J + a) * kLanes);
        }
    }
    for (Eigen::Index i = from; i < to; i += kLanes) {
        Packet si[C], pi[C];
        for (int b = 0; b < C; ++b) {
            si[b] = Eigen::internal::ploadu<Packet>(s[b] + i);
            pi[b] = Eigen::internal::ploadu<Packet>(p[b] + i);
        }
        for (int a = 0; a < J; ++a) {
            const Packet gi = Eigen::internal::ploadu<Packet>(g[a] + i);
            for (int b = 0; b < C; ++b) {
                sum[a][b] = Eigen::internal::pmadd(gi, si[b], sum[a][b]);
                pi[b] = Eigen::internal::pmadd(gi, sk[a][b], pi[b]);
            }
        }
        for (int b = 0; b < C; ++b)
            Eigen::internal::pstoreu(p[b] + i, pi[b]);
    }
    for (int a = 0; a < J; ++a)
        for (int b = 0; b < C; ++b)
            Eigen::internal::pstoreu(sums + (b * J + a) * kLanes, sum[a][b]);
}

// Columns k .. k+J−1 of G's lower triangle.
template <int J>
void addColumns(const GramMatrix& G, const Matrix& S, Matrix& P, Eigen::Index k, std::vector<double>& sums,
                std::vector<double>& dots) {
    const Eigen::Index rows = G.size(), columns = S.cols();
    // The block's own triangle and the rows up to the next whole packet, one by one;
    // then whole packets; then the rows after the last whole packet.
    const Eigen::Index packedFrom = std::min((k + J + kLanes - 1) / kLanes * kLanes, rows);
    const Eigen::Index packedTo = std::max(packedFrom, rows / kLanes * kLanes);
    dots.assign(std::size_t(J * columns), 0.0);
    for (Eigen::Index c = 0; c < columns; ++c)
        for (int a = 0; a < J; ++a) {
            double& dot = dots[std::size_t(a * columns + c)];
            const double* g = G.column(k + a) - (k + a);
            dot = std::fma(g[k + a], S(k + a, c), dot); // the diagonal
            for (Eigen::Index i = k + a + 1; i < packedFrom; ++i)
                addScalarRow(g[i], S(k + a, c), S(i, c), dot, P(i, c));
        }
    sums.assign(std::size_t(J * columns * kLanes), 0.0); // lane sums, column c's at c·J·kLanes
    for (Eigen::Index from = packedFrom; from < packedTo; from += kChunkRows) {
        const Eigen::Index to = std::min(from + kChunkRows, packedTo);
        Eigen::Index c = 0;
        for (; c + kColumnsTogether <= columns; c += kColumnsTogether)
            addChunk<J, kColumnsTogether>(G, S, P, k, c, from, to, sums.data() + c * J * kLanes);
        for (; c < columns; ++c)
            addChunk<J, 1>(G, S, P, k, c, from, to, sums.data() + c * J * kLanes);
    }
    for (Eigen::Index c = 0; c < columns; ++c)
        for (int a = 0; a < J; ++a) {
            const double* g = G.column(k + a) - (k + a);
            double dot = dots[std::size_t(a * columns + c)] +
                         Eigen::internal::predux(Eigen::internal::ploadu<Packet>(sums.data() + (c * J + a) * kLanes));
            for (Eigen::Index i = packedTo; i < rows; ++i)
                addScalarRow(g[i], S(k + a, c), S(i, c), dot, P(i, c));
            P(k + a, c) += dot;
        }
}

} // namespace

void addSymmetricProduct(const GramMatrix& G, const Matrix& S, Matrix& P, Eigen::Index begin, Eigen::Index end) {
    std::vector<double> sums;
    std::vector<double> dots;
    Eigen::Index k = begin;
    for (; k + kBlock <= end; k += kBlock)
        addColumns<kBlock>(G, S, P, k, sums, dots);
    for (; k < end; ++k)
        addColumns<1>(G, S, P, k, sums, dots);
}

} // namespace catnet
