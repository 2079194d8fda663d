#include "engine/inspect/value_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace catnet {

ValueSummary summarize(const Matrix& values, int binCount) {
    ValueSummary summary;
    summary.count = values.size();
    summary.bins.assign(std::size_t(std::max(1, binCount)), 0);
    double sum = 0, min = std::numeric_limits<double>::infinity(), max = -min;
    Eigen::Index finite = 0, zeros = 0;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        const double v = values.data()[i];
        if (!std::isfinite(v))
            continue;
        ++finite;
        sum += v;
        zeros += v == 0.0;
        min = std::min(min, v);
        max = std::max(max, v);
    }
    if (finite == 0)
        return summary;
    summary.mean = sum / double(finite);
    summary.min = min;
    summary.max = max;
    summary.zeroShare = double(zeros) / double(finite);
    double squares = 0;
    const double width = (max - min) / double(summary.bins.size());
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        const double v = values.data()[i];
        if (!std::isfinite(v))
            continue;
        squares += (v - summary.mean) * (v - summary.mean);
        const auto bin = width > 0 ? std::size_t((v - min) / width) : 0;
        ++summary.bins[std::min(bin, summary.bins.size() - 1)];
    }
    summary.standardDeviation = std::sqrt(squares / double(finite));
    return summary;
}

} // namespace catnet
