#pragma once

#include "engine/training/training_types.h"

namespace catnet {

// Bookkeeping shared by every training path: records the cost at report points,
// calls the progress callback, spots divergence, and builds the result.
class RunRecorder {
public:
    RunRecorder(const TrainConfig& config, const ProgressCallback& onProgress, const SignalCallback& onSignals = {},
                const HeldOut* heldOut = nullptr, const HeldOutCallback& onHeldOut = {})
        : config_(config), onProgress_(onProgress), onSignals_(onSignals), heldOut_(heldOut), onHeldOut_(onHeldOut) {}

    // Returns false when the cost is not finite (the run has diverged).
    bool record(int iteration, double cost);
    // Whether `iteration` is a report point (costs and signals are recorded there).
    bool isReportPoint(int iteration) const;
    void recordSignals(SignalPoint point);
    // At a report point, with a held-out set: the network's outputs (1 × m) for the
    // training examples (labels trainY) and for the held-out ones, from the same parameters.
    void recordHeldOut(int iteration, const Eigen::RowVectorXd& trainOutput, const Matrix& trainY,
                       const Matrix& heldOutOutput);
    const HeldOut* heldOut() const { return heldOut_; }

    TrainResult completed(Parameters parameters, int iterationsRun);
    TrainResult cancelled(Parameters parameters, int iterationsRun);
    TrainResult diverged(Parameters parameters, int iteration);

private:
    TrainResult finish(Parameters parameters, int iterationsRun, Outcome outcome);

    const TrainConfig& config_;
    const ProgressCallback& onProgress_;
    const SignalCallback& onSignals_;
    const HeldOut* heldOut_;
    const HeldOutCallback& onHeldOut_;
    std::vector<CostPoint> costs_;
    CostHistory history_;
    std::vector<SignalPoint> signals_;
    std::vector<HeldOutPoint> heldOutPoints_;
};

} // namespace catnet
