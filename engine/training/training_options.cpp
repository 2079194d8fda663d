#include "engine/training/training_options.h"

#include <cmath>

namespace catnet {

bool TrainingOptions::isCourseDescent() const {
    return l2 == 0.0 && keepProb == 1.0 && batchSize <= 0 && optimizer == Optimizer::GradientDescent && !flip;
}

std::optional<OptionProblem> checkTrainingOptions(const TrainingOptions& options) {
    const auto isFraction = [](double value) { return value >= 0.0 && value < 1.0; }; // false for NaN
    if (!(options.l2 >= 0.0) || !std::isfinite(options.l2))
        return OptionProblem{OptionField::L2, "must be 0 or more"};
    if (!(options.keepProb > 0.0 && options.keepProb <= 1.0))
        return OptionProblem{OptionField::KeepProb, "must be above 0 and at most 1"};
    if (options.batchSize < 0)
        return OptionProblem{OptionField::BatchSize, "must be at least 1"};
    if (!isFraction(options.beta))
        return OptionProblem{OptionField::Beta, "must be at least 0 and below 1"};
    if (!isFraction(options.beta1))
        return OptionProblem{OptionField::Beta1, "must be at least 0 and below 1"};
    if (!isFraction(options.beta2))
        return OptionProblem{OptionField::Beta2, "must be at least 0 and below 1"};
    if (!(options.epsilon > 0.0) || !std::isfinite(options.epsilon))
        return OptionProblem{OptionField::Epsilon, "must be a positive number"};
    return std::nullopt;
}

} // namespace catnet
