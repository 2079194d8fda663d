#pragma once

#include "engine/io/dataset.h"
#include "engine/model/metrics.h"
#include "engine/training/iteration_gate.h"
#include "engine/training/training_types.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

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

// Runs the engine's trainer on a worker thread, one run at a time.
// The engine reports costs through its callback into a locked buffer that the UI
// drains on its own timer (never a signal per point, so a fast run cannot flood
// the event loop); the final result is left under the same lock and picked up by a
// timer on the UI thread. So every hand-over goes through one std::mutex (which
// ThreadSanitizer sees) and the worker never calls into Qt: it runs plain C++ only
// (the engine, std::string), and the UI thread turns the result into Qt types. Stop goes through a
// std::stop_source the engine checks between iterations. The dataset is shared, so
// replacing it in the UI never pulls it from under a running worker. Destruction
// stops and joins the worker.
class TrainingSession : public QObject {
    Q_OBJECT
public:
    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    // Starts training; false if a run is already going.
    // `paused`: the run waits before iteration 0 (see step()).
    bool start(int runId, const TrainConfig& config, std::shared_ptr<const Dataset> data, bool paused = false);
    void stop();
    // Pause and Step between iterations (iteration_gate.h); Stop still ends a paused run.
    void pause() { gate_.pause(); }
    void resume() { gate_.resume(); }
    void step() { gate_.step(); }
    bool isPausing() const { return running_ && gate_.isPausing(); }
    std::optional<IterationGate::Pause> pausedAt() const { return running_ ? gate_.pausedAt() : std::nullopt; }
    bool isRunning() const { return running_; }

    // Cost points recorded since the last call.
    std::vector<CostPoint> takeNewPoints();
    // Layer signals recorded since the last call.
    std::vector<SignalPoint> takeNewSignals();
    // Test cost and accuracies recorded since the last call.
    std::vector<HeldOutPoint> takeNewHeldOut();

    // Blocks until the worker has ended (after stop(), within an iteration) and delivers
    // its result now, so that nothing is lost when the window closes mid-run.
    void finishNow();

signals:
    // Emitted on the UI thread (from a timer or finishNow()), never queued.
    void finished(catnet::ui::SessionResult& result);

private:
    void work(std::stop_token stop, int runId, TrainConfig config, std::shared_ptr<const Dataset> data);
    void deliverResult();

    // Everything the worker hands over goes through this mutex.
    std::mutex mutex_;
    IterationGate gate_; // synchronised on its own
    std::vector<CostPoint> pending_;
    std::vector<SignalPoint> pendingSignals_;
    std::vector<HeldOutPoint> pendingHeldOut_;
    std::optional<SessionResult> result_;
    QTimer* resultPoll_;
    bool running_ = false; // only touched on the UI thread
    std::jthread worker_;
};

} // namespace catnet::ui
