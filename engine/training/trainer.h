#pragma once

#include "engine/training/iteration_gate.h"
#include "engine/training/training_types.h"

#include <stop_token>

namespace catnet {

// Full-batch gradient descent as in the course. X is (n_0, m), Y is (1, m) of 0/1.
// Checks `stop` between iterations; a cost that is not finite (a diverging learning
// rate, or a saturated sigmoid whose log is infinite) ends the run as Diverged.
// Throws std::invalid_argument for a config that does not fit the data.
// `gate`, if given, can pause the run between iterations and step it (iteration_gate.h);
// `onSignals` hears each layer's signals at every report point (layer_signals.h).
// With `heldOut` (the test set), every report point also records its cost and the
// train and test accuracy (TrainResult::heldOut), told to `onHeldOut` as they come.
TrainResult train(const TrainConfig& config, const Matrix& X, const Matrix& Y,
                  const ProgressCallback& onProgress = {}, std::stop_token stop = {}, IterationGate* gate = nullptr,
                  const SignalCallback& onSignals = {}, const HeldOut* heldOut = nullptr,
                  const HeldOutCallback& onHeldOut = {});

// What Auto picks for this problem size (documented in README).
Strategy chooseStrategy(const LayerDims& dims, Eigen::Index examples, int iterations);

// The strategy a run of `config` on `examples` images takes: config.strategy, or for Auto
// chooseStrategy's pick. With SPEC §8's options: Gram (layer 1 in its span) where it is
// cheaper, Plain for Adam and otherwise.
Strategy resolveStrategy(const TrainConfig& config, Eigen::Index examples);

} // namespace catnet
