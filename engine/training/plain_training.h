#pragma once

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

} // namespace catnet
