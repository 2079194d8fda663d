#pragma once

#include "engine/model/numpy_random.h"
#include "engine/training/iteration_gate.h"
#include "engine/training/training_types.h"

#include <stop_token>

namespace catnet {

// The course's L_layer_model loop, written with the step functions exactly as the
// notebook calls them (every product, every allocation). Correct and slow: it is
// the benchmark's baseline and the reference the fast paths are tested against.
TrainResult trainPlain(const TrainConfig& config, Parameters parameters, const Matrix& X,
                       const Matrix& Y, const ProgressCallback& onProgress, std::stop_token stop,
                       IterationGate* gate = nullptr, const SignalCallback& onSignals = {},
                       const HeldOut* heldOut = nullptr, const HeldOutCallback& onHeldOut = {});

// The same loop with SPEC §8's options (config.options), step by step as the next
// course's notebooks write it: `random` goes on from the initial weights' draws to the
// dropout masks; each epoch shuffles with a generator seeded seed + 1 + epoch when it
// has mini-batches; the epoch's cost is Σ (m_batch / m) J_batch; report points measure
// the parameters the epoch starts from, on the training images as given (unflipped,
// nothing dropped).
TrainResult trainPlainWithOptions(const TrainConfig& config, Parameters parameters, NumpyRandom random,
                                  const Matrix& X, const Matrix& Y, const ProgressCallback& onProgress,
                                  std::stop_token stop, IterationGate* gate = nullptr,
                                  const SignalCallback& onSignals = {}, const HeldOut* heldOut = nullptr,
                                  const HeldOutCallback& onHeldOut = {});

} // namespace catnet
