#pragma once

#include "engine/inspect/projection.h"
#include "engine/io/dataset.h"
#include "engine/model/metrics.h"
#include "engine/training/iteration_gate.h"
#include "engine/training/training_types.h"
#include "ui/core/background_job.h"

#include <QObject>

#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace catnet::ui {

// What a finished run hands back to the UI thread. Plain C++ only: the worker
// builds it, and the worker never touches Qt.
struct SessionResult {
    int runId = 0;
    std::optional<TrainResult> result; // empty when training threw
    std::shared_ptr<const Dataset> data; // what it was trained and evaluated on
    Evaluation train;
    Evaluation test;
    std::string error;
};

// Runs the engine's trainer as a background job (background_job.h), one run at a time.
// The engine reports costs, layer signals and held-out figures through its callbacks as
// mail, which the UI thread collects and the window drains at its own pace (never a
// signal per point, so a fast run cannot flood the event loop); the result comes last.
// Stop goes through the job's stop token, which the engine checks between iterations.
// The dataset is shared, so replacing it in the UI never pulls it from under a running
// worker.
class TrainingSession : public QObject {
    Q_OBJECT
public:
    explicit TrainingSession(QObject* parent = nullptr);

    // Starts training; false if a run is already going.
    // `paused`: the run waits before iteration 0 (see step()).
    bool start(int runId, const TrainConfig& config, std::shared_ptr<const Dataset> data, bool paused = false);
    void stop() { job_.requestStop(); }
    // Pause and Step between iterations (iteration_gate.h); Stop still ends a paused run.
    void pause() { gate_.pause(); }
    void resume() { gate_.resume(); }
    void step() { gate_.step(); }
    bool isPausing() const { return isRunning() && gate_.isPausing(); }
    std::optional<IterationGate::Pause> pausedAt() const { return isRunning() ? gate_.pausedAt() : std::nullopt; }
    bool isRunning() const { return job_.isRunning(); }

    // Cost points recorded since the last call.
    std::vector<CostPoint> takeNewPoints() { return std::exchange(points_, {}); }
    // Layer signals recorded since the last call.
    std::vector<SignalPoint> takeNewSignals() { return std::exchange(signals_, {}); }
    // Test cost and accuracies recorded since the last call.
    std::vector<HeldOutPoint> takeNewHeldOut() { return std::exchange(heldOut_, {}); }
    // Frames (SPEC §9: every hidden layer's activations at each report point, and the
    // trained network's last) for the runs started from now on, while a view shows them.
    void setFramesWanted(bool wanted) { framesWanted_ = wanted; }
    bool framesWanted() const { return framesWanted_; }
    // Frames recorded since the last call.
    std::vector<ActivationFrame> takeNewFrames() { return std::exchange(frames_, {}); }

    // Blocks until the worker has ended (after stop(), within an iteration) and delivers
    // its result now, so that nothing is lost when the window closes mid-run.
    void finishNow() { job_.finishNow(); }

signals:
    // Emitted on the UI thread (from the job's poll or finishNow()), never queued.
    void finished(catnet::ui::SessionResult& result);

private:
    using Mail = std::variant<CostPoint, SignalPoint, HeldOutPoint, ActivationFrame, SessionResult>;
    void deliver(std::vector<Mail>& batch);

    IterationGate gate_; // synchronised on its own
    std::vector<CostPoint> points_;
    std::vector<SignalPoint> signals_;
    std::vector<HeldOutPoint> heldOut_;
    std::vector<ActivationFrame> frames_;
    bool framesWanted_ = false; // the UI thread's; copied into each run's job at its start
    std::optional<SessionResult> result_;
    BackgroundJob<Mail> job_;
};

} // namespace catnet::ui
