#pragma once

#include "training_types.h"

namespace catnet {

// Bookkeeping shared by every training path: records the cost at report points,
// calls the progress callback, spots divergence, and builds the result.
class RunRecorder {
public:
    RunRecorder(const TrainConfig& config, const ProgressCallback& onProgress, const SignalCallback& onSignals = {})
        : config_(config), onProgress_(onProgress), onSignals_(onSignals) {}

    // Returns false when the cost is not finite (the run has diverged).
    bool record(int iteration, double cost);
    // Whether `iteration` is a report point (costs and signals are recorded there).
    bool isReportPoint(int iteration) const;
    void recordSignals(SignalPoint point);

    TrainResult completed(Parameters parameters, int iterationsRun);
    TrainResult cancelled(Parameters parameters, int iterationsRun);
    TrainResult diverged(Parameters parameters, int iteration);

private:
    TrainResult finish(Parameters parameters, int iterationsRun, Outcome outcome);

    const TrainConfig& config_;
    const ProgressCallback& onProgress_;
    const SignalCallback& onSignals_;
    std::vector<CostPoint> costs_;
    std::vector<SignalPoint> signals_;
};

} // namespace catnet
