#include "engine/training/run_recorder.h"

#include "engine/model/course_steps.h"
#include "engine/model/metrics.h"

#include <cmath>

namespace catnet {

bool RunRecorder::record(int iteration, double cost) {
    if (!std::isfinite(cost))
        return false;
    history_.add(iteration, cost);
    if (isReportPoint(iteration)) {
        costs_.push_back({iteration, cost});
        if (onProgress_)
            onProgress_(iteration, cost);
    }
    return true;
}

bool RunRecorder::isReportPoint(int iteration) const {
    return iteration % config_.reportEvery == 0 || iteration + 1 == config_.iterations;
}

void RunRecorder::recordSignals(SignalPoint point) {
    if (onSignals_)
        onSignals_(point);
    signals_.push_back(std::move(point));
}

void RunRecorder::recordHeldOut(int iteration, const Eigen::RowVectorXd& trainOutput, const Matrix& trainY,
                                const Matrix& heldOutOutput) {
    const Eigen::RowVectorXd heldOut = heldOutOutput.row(0);
    HeldOutPoint point{iteration, course::computeCost(heldOutOutput, heldOut_->Y),
                       accuracy(predictLabels(trainOutput, heldOut_->threshold), trainY),
                       accuracy(predictLabels(heldOut, heldOut_->threshold), heldOut_->Y)};
    if (onHeldOut_)
        onHeldOut_(point);
    heldOutPoints_.push_back(point);
}

TrainResult RunRecorder::finish(Parameters parameters, int iterationsRun, Outcome outcome) {
    TrainResult result;
    result.parameters = std::move(parameters);
    result.costs = std::move(costs_);
    result.costHistory = std::move(history_);
    result.layerSignals = std::move(signals_);
    result.heldOut = std::move(heldOutPoints_);
    result.outcome = outcome;
    result.iterationsRun = iterationsRun;
    result.steps = iterationsRun; // one step an iteration; the options' loop counts its own
    return result;
}

TrainResult RunRecorder::completed(Parameters parameters, int iterationsRun) {
    return finish(std::move(parameters), iterationsRun, Outcome::Completed);
}

TrainResult RunRecorder::cancelled(Parameters parameters, int iterationsRun) {
    return finish(std::move(parameters), iterationsRun, Outcome::Cancelled);
}

TrainResult RunRecorder::diverged(Parameters parameters, int iteration) {
    TrainResult result = finish(std::move(parameters), iteration, Outcome::Diverged);
    result.divergedAt = iteration;
    return result;
}

} // namespace catnet
