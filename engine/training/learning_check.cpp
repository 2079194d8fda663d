#include "engine/training/learning_check.h"

#include <algorithm>
#include <cmath>

namespace catnet {

namespace {
// How close a final cost must be to the base rate to have settled there.
constexpr double kBaseRateTolerance = 0.005;
} // namespace

double baseRateCost(double catShare) {
    const auto term = [](double p) { return p > 0.0 ? p * std::log(p) : 0.0; };
    return -(term(catShare) + term(1.0 - catShare));
}

LearningProblem checkLearning(const std::vector<CostPoint>& costs, double trainAccuracy, const Matrix& Y) {
    if (costs.size() < 2)
        return LearningProblem::None;
    if (!(costs.back().cost < costs.front().cost))
        return LearningProblem::CostNotDecreased;
    if (Y.size() > 0) {
        const double catShare = Y.mean();
        const double majorityShare = std::max(catShare, 1.0 - catShare);
        // One image's worth of slack: equal to the majority share is no better than it.
        if (trainAccuracy <= majorityShare + 0.5 / double(Y.size()))
            return std::abs(costs.back().cost - baseRateCost(catShare)) < kBaseRateTolerance
                       ? LearningProblem::CollapsedToBaseRate
                       : LearningProblem::MajorityClassOnly;
    }
    return LearningProblem::None;
}

std::string describe(LearningProblem problem) {
    switch (problem) {
    case LearningProblem::None:
        return {};
    case LearningProblem::CostNotDecreased:
        return "cost did not decrease: learning rate too large?";
    case LearningProblem::MajorityClassOnly:
        return "no better than always answering the larger class: learning rate too large, or too few iterations?";
    case LearningProblem::CollapsedToBaseRate:
        return "collapsed to the base rate: its cost settled where answering the share of cats for every picture "
               "does, learning nothing about the pictures; learning rate too large?";
    }
    return {};
}

} // namespace catnet
