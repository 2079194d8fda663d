#pragma once

#include "engine/model/parameters.h"

#include <vector>

namespace catnet {

// P(cat) for every example (column) of X: the network's AL, shape (1, m).
Eigen::RowVectorXd predictProbabilities(const Parameters& parameters, const Matrix& X);

// The course's predict(): cat where P(cat) > 0.5.
inline constexpr double kCourseThreshold = 0.5;

// Label 1 where the probability is strictly above `threshold` (SPEC §7).
Eigen::RowVectorXi predictLabels(const Eigen::RowVectorXd& probabilities, double threshold = kCourseThreshold);

// Fraction of examples whose predicted label equals Y (1, m).
double accuracy(const Eigen::RowVectorXi& predictions, const Matrix& Y);

// Column indices where the prediction differs from Y, in increasing order.
std::vector<Eigen::Index> mislabeledIndices(const Eigen::RowVectorXi& predictions, const Matrix& Y);

// Everything a learner looks at after a run, for one data split.
struct Evaluation {
    Eigen::RowVectorXd probabilities;
    Eigen::RowVectorXi predictions;
    double accuracy = 0.0;
    std::vector<Eigen::Index> mislabeled;
};
Evaluation evaluate(const Parameters& parameters, const Matrix& X, const Matrix& Y,
                    double threshold = kCourseThreshold);
// The same from P(cat) already computed.
Evaluation evaluation(Eigen::RowVectorXd probabilities, const Matrix& Y, double threshold = kCourseThreshold);

// The confusion matrix of predictions against labels, "cat" being label 1.
struct Confusion {
    Eigen::Index trueCat = 0, falseCat = 0, trueNonCat = 0, falseNonCat = 0;
    bool operator==(const Confusion&) const = default;
};
Confusion confusion(const Eigen::RowVectorXi& predictions, const Matrix& Y);

} // namespace catnet
