#pragma once

#include "engine/training/gram_matrix.h"

namespace catnet {

// P += G·S for the Gram matrix G (only its lower triangle is stored), for the columns
// [begin, end) of G: each entry G(i, k), i > k, adds G(i, k)·S(k, :) to row i of P and
// G(i, k)·S(i, :) to row k. Made for a large Gram matrix (thousands of images) with a
// narrow S (a run's twenty units): the product is limited by reading G from memory, and
// this reads half of it, once, using each part against every column of S while it is in
// cache. A general matrix product would read all of G and copy it into blocks first.
//
// A split of the columns between threads needs one P per thread: the part [begin, end)
// writes rows begin .. m−1 only. Every entry is summed in an order fixed by the column
// split alone (columns in order; each column's dot product lane by lane in order of the
// rows), never by the width of S, so a run gives the same bits alone or in a stack.
void addSymmetricProduct(const GramMatrix& G, const Matrix& S, Matrix& P, Eigen::Index begin, Eigen::Index end);

} // namespace catnet
