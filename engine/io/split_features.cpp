#include "engine/io/split_features.h"

#include <algorithm>
#include <utility>

namespace catnet {

bool holdsFeatures(const DataSplit& split) {
    return split.X.rows() > 0 && split.X.cols() == split.count();
}

Eigen::Index featureCount(const DataSplit& split) {
    return holdsFeatures(split) ? split.X.rows() : kFeatureCount;
}

const Matrix& featuresOf(const DataSplit& split, Matrix& made) {
    if (holdsFeatures(split))
        return split.X;
    made = featuresFromPixels(split.pixels.data(), split.count());
    return made;
}

Matrix exampleFeatures(const DataSplit& split, Eigen::Index index) {
    return holdsFeatures(split) ? Matrix(split.X.col(index)) : featuresFromPixels(split.image(index), 1);
}

Evaluation evaluateSplit(const Parameters& parameters, const DataSplit& split, double threshold) {
    if (holdsFeatures(split))
        return evaluate(parameters, split.X, split.Y, threshold);
    Eigen::RowVectorXd probabilities(split.count());
    for (Eigen::Index first = 0; first < split.count(); first += kEvaluationBlock) {
        const Eigen::Index count = std::min(kEvaluationBlock, split.count() - first);
        probabilities.segment(first, count) =
            predictProbabilities(parameters, featuresFromPixels(split.image(first), count));
    }
    return evaluation(std::move(probabilities), split.Y, threshold);
}

void dropFeatures(Dataset& data) {
    for (DataSplit* split : {&data.train, &data.test})
        if (split->pixels.size() == std::size_t(split->count()) * std::size_t(kImageBytes))
            split->X = Matrix();
}

} // namespace catnet
