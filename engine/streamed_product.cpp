#include "streamed_product.h"

#include <cmath>
#include <vector>

namespace catnet {

namespace {

using Packet = Eigen::internal::packet_traits<double>::type;
constexpr Eigen::Index kLanes = Eigen::internal::packet_traits<double>::size;
// Columns of G taken together, and rows of them at a time: kBlock columns of this many
// doubles stay in the first-level cache while every column of S goes past them.
constexpr int kBlock = 8;
constexpr Eigen::Index kChunkRows = 64 * kLanes;

// One column k of G against one column of S, rows past the diagonal block handled
// one by one: the dot product's term and the update of P(i).
inline void addScalarRow(double g, double sk, double si, double& dot, double& pi) {
    dot = std::fma(g, si, dot);
    pi = std::fma(g, sk, pi);
}

// Rows [from, to) (whole packets) of the columns k .. k+J−1 of G against column c of S:
// lane sums of the dot products, and P(i, c) += Σ_a G(i, k+a)·S(k+a, c) with a in order.
template <int J>
void addChunk(const GramMatrix& G, const Matrix& S, Matrix& P, Eigen::Index k, Eigen::Index c, Eigen::Index from,
              Eigen::Index to, double* sums) {
    const double* g[J];
    Packet sk[J], sum[J];
    const double* s = S.col(c).data();
    double* p = P.col(c).data();
    for (int a = 0; a < J; ++a) {
        g[a] = G.column(k + a) - (k + a); // g[a][i] = G(i, k+a), i > k+a: still inside G's storage
        sk[a] = Eigen::internal::pset1<Packet>(S(k + a, c));
        sum[a] = Eigen::internal::ploadu<Packet>(sums + a * kLanes);
    }
    for (Eigen::Index i = from; i < to; i += kLanes) {
        const Packet si = Eigen::internal::ploadu<Packet>(s + i);
        Packet pi = Eigen::internal::ploadu<Packet>(p + i);
        for (int a = 0; a < J; ++a) {
            const Packet gi = Eigen::internal::ploadu<Packet>(g[a] + i);
            sum[a] = Eigen::internal::pmadd(gi, si, sum[a]);
            pi = Eigen::internal::pmadd(gi, sk[a], pi);
        }
        Eigen::internal::pstoreu(p + i, pi);
    }
    for (int a = 0; a < J; ++a)
        Eigen::internal::pstoreu(sums + a * kLanes, sum[a]);
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
        for (Eigen::Index c = 0; c < columns; ++c)
            addChunk<J>(G, S, P, k, c, from, to, sums.data() + c * J * kLanes);
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
