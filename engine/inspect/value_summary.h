#pragma once

#include "engine/model/parameters.h"

#include <vector>

namespace catnet {

// What the iteration inspector says about one array (Z[l], dW[l], …): mean, standard
// deviation (of the population, as numpy's std), extremes, the share of exact zeros
// (dead ReLU outputs), and a histogram of equal-width bins over [min, max].
struct ValueSummary {
    double mean = 0.0, standardDeviation = 0.0, min = 0.0, max = 0.0;
    double zeroShare = 0.0;
    Eigen::Index count = 0;
    std::vector<Eigen::Index> bins; // bins[k] counts values in [min + k·w, min + (k+1)·w), the last one closed
    double binWidth() const { return bins.empty() ? 0.0 : (max - min) / double(bins.size()); }
};

// Non-finite values are left out of everything but `count`.
ValueSummary summarize(const Matrix& values, int binCount = 30);

} // namespace catnet
