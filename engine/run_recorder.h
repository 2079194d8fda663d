#pragma once

#include "training_types.h"

namespace catnet {

// Bookkeeping shared by every training path: records the cost at report points,
// calls the progress callback, spots divergence, and builds the result.
class RunRecorder {
public:
    RunRecorder(const TrainConfig& config, const ProgressCallback& onProgress)
        : config_(config), onProgress_(onProgress) {}

    // Returns false when the cost is not finite (the run has diverged).
    bool record(int iteration, double cost);

    TrainResult completed(Parameters parameters, int iterationsRun);
    TrainResult cancelled(Parameters parameters, int iterationsRun);
    TrainResult diverged(Parameters parameters, int iteration);

private:
    TrainResult finish(Parameters parameters, int iterationsRun, Outcome outcome);

    const TrainConfig& config_;
    const ProgressCallback& onProgress_;
    std::vector<CostPoint> costs_;
};

} // namespace catnet
