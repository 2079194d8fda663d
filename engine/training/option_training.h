#pragma once

// Training with SPEC §8's options (config.options), step by step as the next course's
// notebooks write it: `random` goes on from the initial weights' draws to the dropout
// masks; each epoch shuffles with a generator seeded seed + 1 + epoch when it has
// mini-batches; the epoch's cost is Σ (m_batch / m) J_batch; report points measure the
// parameters the epoch starts from, on the training images as given (unflipped, nothing
// dropped).

#include "engine/model/numpy_random.h"
#include "engine/training/iteration_gate.h"
#include "engine/training/training_types.h"

#include <stop_token>

namespace catnet {

// With every product as written (the reference the span path is tested against; Adam's path).
TrainResult trainPlainWithOptions(const TrainConfig& config, Parameters parameters, NumpyRandom random,
                                  const Matrix& X, const Matrix& Y, const ProgressCallback& onProgress,
                                  std::stop_token stop, IterationGate* gate = nullptr,
                                  const SignalCallback& onSignals = {}, const HeldOut* heldOut = nullptr,
                                  const HeldOutCallback& onHeldOut = {});

// The same steps, the same random draws, with layer 1 kept in the span of W1(0) and the
// images (span_first_layer.h): a step takes m × m products instead of n0-long ones. For
// every option but Adam (config.options.optimizer != Adam). Forming XᵀX (the mirrored
// images included with flip) is its set-up, which checks `stop`.
TrainResult trainSpanWithOptions(const TrainConfig& config, Parameters parameters, NumpyRandom random,
                                 const Matrix& X, const Matrix& Y, const ProgressCallback& onProgress,
                                 std::stop_token stop, IterationGate* gate = nullptr,
                                 const SignalCallback& onSignals = {}, const HeldOut* heldOut = nullptr,
                                 const HeldOutCallback& onHeldOut = {});

} // namespace catnet
