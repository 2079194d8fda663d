#pragma once

#include "engine/training/sweep.h"

#include <optional>
#include <vector>

namespace catnet {

// The optimizer race: the network, learning rate and batch size given, trained with
// gradient descent, momentum and Adam (a sweep over `optimizer`, the same seed), and how
// soon each reaches the cost gradient descent ends at.

// gd, momentum, adam: the race's rows in order.
std::vector<Optimizer> raceOptimizers();

// The first epoch whose cost is at most `target` (from every epoch's cost), or none.
std::optional<int> firstEpochReaching(const TrainResult& result, double target);

} // namespace catnet
