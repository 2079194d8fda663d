#include "engine/training/training_types.h"

#include "engine/model/layer_dims.h"

#include <cmath>

namespace catnet {

std::optional<ConfigProblem> checkTrainConfig(const TrainConfig& config, Eigen::Index inputSize) {
    if (auto problem = validateLayerDims(config.layerDims, inputSize))
        return ConfigProblem{ConfigField::LayerDims, *problem};
    if (!(config.learningRate > 0.0) || !std::isfinite(config.learningRate))
        return ConfigProblem{ConfigField::LearningRate, "must be a positive number"};
    if (config.iterations < 0) // 0: nothing to train, the initial parameters are evaluated
        return ConfigProblem{ConfigField::Iterations, "must be 0 or more"};
    if (config.reportEvery < 1)
        return ConfigProblem{ConfigField::ReportEvery, "must be at least 1"};
    return std::nullopt;
}

void CostHistory::add(int iteration, double cost) {
    if (iteration % stride != 0)
        return;
    values.push_back(cost);
    if (values.size() < kMaxValues)
        return;
    for (std::size_t k = 0; 2 * k < values.size(); ++k) // keeps iterations 0, 2·stride, 4·stride, …
        values[k] = values[2 * k];
    values.resize((values.size() + 1) / 2);
    stride *= 2;
}

std::string TrainResult::describeOutcome() const {
    switch (outcome) {
    case Outcome::Completed:
        return "completed";
    case Outcome::Diverged:
        return "diverged at iteration " + std::to_string(divergedAt.value_or(iterationsRun));
    case Outcome::Cancelled:
        return "cancelled after " + std::to_string(iterationsRun) + " iterations";
    }
    return {};
}

} // namespace catnet
