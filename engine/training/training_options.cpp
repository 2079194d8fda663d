#include "engine/training/training_options.h"

#include <cmath>
#include <sstream>
#include <vector>

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

std::string describeOptions(const TrainingOptions& options) {
    const TrainingOptions course;
    const auto number = [](double value) {
        std::ostringstream text;
        text << value; // the shortest of 6 digits: 0.7, 0.86, 1e-07
        return text.str();
    };
    std::vector<std::string> parts;
    if (options.l2 != course.l2)
        parts.push_back("L2 " + number(options.l2));
    if (options.keepProb != course.keepProb)
        parts.push_back("keep " + number(options.keepProb));
    if (options.batchSize > 0)
        parts.push_back("batch " + std::to_string(options.batchSize));
    if (options.optimizer == Optimizer::Momentum)
        parts.push_back(options.beta == course.beta ? "momentum" : "momentum β " + number(options.beta));
    if (options.optimizer == Optimizer::Adam) {
        std::string adam = "adam";
        if (options.beta1 != course.beta1)
            adam += " β1 " + number(options.beta1);
        if (options.beta2 != course.beta2)
            adam += " β2 " + number(options.beta2);
        if (options.epsilon != course.epsilon)
            adam += " ε " + number(options.epsilon);
        parts.push_back(adam);
    }
    if (options.flip)
        parts.push_back("flip");
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

} // namespace catnet
