#include "engine/model/metrics.h"

#include "engine/model/course_steps.h"

#include <stdexcept>
#include <utility>

namespace catnet {

Eigen::RowVectorXd predictProbabilities(const Parameters& parameters, const Matrix& X) {
    if (parameters.W.empty() || parameters.W.front().cols() != X.rows())
        throw std::invalid_argument("the model expects " +
                                    std::to_string(parameters.W.empty() ? 0 : parameters.W.front().cols()) +
                                    " input features, the data has " + std::to_string(X.rows()));
    return course::lModelForward(X, parameters).row(0);
}

Eigen::RowVectorXi predictLabels(const Eigen::RowVectorXd& probabilities, double threshold) {
    return (probabilities.array() > threshold).cast<int>();
}

namespace {
void checkLabels(const Eigen::RowVectorXi& predictions, const Matrix& Y) {
    if (Y.rows() != 1 || Y.cols() != predictions.cols())
        throw std::invalid_argument("labels and predictions differ in count");
}
} // namespace

double accuracy(const Eigen::RowVectorXi& predictions, const Matrix& Y) {
    checkLabels(predictions, Y);
    if (predictions.size() == 0)
        return 0.0;
    Eigen::Index correct = 0;
    for (Eigen::Index j = 0; j < predictions.size(); ++j)
        correct += predictions(j) == static_cast<int>(Y(0, j));
    return static_cast<double>(correct) / static_cast<double>(predictions.size());
}

std::vector<Eigen::Index> mislabeledIndices(const Eigen::RowVectorXi& predictions, const Matrix& Y) {
    checkLabels(predictions, Y);
    std::vector<Eigen::Index> indices;
    for (Eigen::Index j = 0; j < predictions.size(); ++j)
        if (predictions(j) != static_cast<int>(Y(0, j)))
            indices.push_back(j);
    return indices;
}

Confusion confusion(const Eigen::RowVectorXi& predictions, const Matrix& Y) {
    checkLabels(predictions, Y);
    Confusion counts;
    for (Eigen::Index j = 0; j < predictions.size(); ++j) {
        const bool cat = static_cast<int>(Y(0, j)) == 1, saidCat = predictions(j) == 1;
        (saidCat ? (cat ? counts.trueCat : counts.falseCat) : (cat ? counts.falseNonCat : counts.trueNonCat)) += 1;
    }
    return counts;
}

Evaluation evaluate(const Parameters& parameters, const Matrix& X, const Matrix& Y, double threshold) {
    return evaluation(predictProbabilities(parameters, X), Y, threshold);
}

Evaluation evaluation(Eigen::RowVectorXd probabilities, const Matrix& Y, double threshold) {
    Evaluation result;
    result.probabilities = std::move(probabilities);
    result.predictions = predictLabels(result.probabilities, threshold);
    result.accuracy = accuracy(result.predictions, Y);
    result.mislabeled = mislabeledIndices(result.predictions, Y);
    return result;
}

} // namespace catnet
