#include "engine/inspect/optimizer_race.h"

namespace catnet {

std::vector<Optimizer> raceOptimizers() {
    return {Optimizer::GradientDescent, Optimizer::Momentum, Optimizer::Adam};
}

std::optional<int> firstEpochReaching(const TrainResult& result, double target) {
    const CostHistory& history = result.costHistory;
    for (std::size_t k = 0; k < history.values.size(); ++k)
        if (history.values[k] <= target)
            return history.iterationAt(k);
    return std::nullopt;
}

} // namespace catnet
