#pragma once

#include "engine/io/dataset.h"
#include "engine/training/sweep.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace catnet::ui {

// Runs a sweep (engine/sweep.h) on a worker thread. Cells come back through one mutex
// and are picked up by a timer on the UI thread, as in TrainingSession; the worker never
// touches Qt. Finished cells stay here, weights included, so that any can be opened as a
// run. Destruction stops and joins the worker.
class SweepSession : public QObject {
    Q_OBJECT
public:
    explicit SweepSession(QObject* parent = nullptr);
    ~SweepSession() override;

    // Checks every cell against the data and starts; throws std::invalid_argument with a
    // message naming the cell that does not fit. False if a sweep is already running.
    bool start(const TrainConfig& base, std::vector<SweepAxis> axes, std::shared_ptr<const Dataset> data);
    void stop();
    bool isRunning() const { return running_; }

    const std::vector<SweepAxis>& axes() const { return axes_; }
    std::size_t cellCount() const { return cells_.size(); }
    std::size_t finishedCount() const { return finished_; }
    // A finished cell (in sweepConfigs order), or nullptr.
    const SweepCell* cell(std::size_t index) const;
    double elapsedSeconds() const;
    // Blocks until the worker has ended and delivers what it left (for closing).
    void finishNow();

signals:
    void cellFinished(std::size_t index);
    // The sweep ended: all cells done, stopped, or failed with `error`.
    void finished(bool stopped, const QString& error);

private:
    void deliver();

    std::mutex mutex_; // everything the worker hands over
    std::vector<std::pair<std::size_t, SweepCell>> pending_;
    bool stopped_ = false;
    std::string error_;
    bool workerDone_ = false;

    std::vector<SweepAxis> axes_;
    std::vector<std::optional<SweepCell>> cells_;
    std::size_t finished_ = 0;
    bool running_ = false;
    QElapsedTimer clock_;
    double seconds_ = 0.0;
    QTimer* poll_;
    std::jthread worker_;
};

} // namespace catnet::ui
