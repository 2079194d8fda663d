#pragma once

#include "engine/io/dataset.h"
#include "engine/training/sweep.h"
#include "ui/core/background_job.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace catnet::ui {

// Runs a sweep (engine/training/sweep.h) as a background job (background_job.h): cells
// come back one by one. Finished cells stay here, weights included, so that any can be
// opened as a run.
class SweepSession : public QObject {
    Q_OBJECT
public:
    explicit SweepSession(QObject* parent = nullptr);

    // Checks every cell against the data and starts; throws std::invalid_argument with a
    // message naming the cell that does not fit. False if a sweep is already running.
    bool start(const TrainConfig& base, std::vector<SweepAxis> axes, std::shared_ptr<const Dataset> data);
    // The overfitting lab's row (overfitting_lab.h) instead: cell i is settings[i]; axes() is empty.
    bool startOverfittingLab(const TrainConfig& base, std::vector<TrainingOptions> settings,
                             std::shared_ptr<const Dataset> data);
    void stop() { job_.requestStop(); }
    bool isRunning() const { return job_.isRunning(); }

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
    // A finished cell, or (index empty) the end of the sweep and whether it was stopped.
    struct Mail {
        std::optional<std::size_t> index;
        std::optional<SweepCell> cell;
        bool stopped = false;
    };
    void deliver(Mail& mail);
    using RunCells = std::function<SweepResult(const SweepData&, const SweepCellCallback&, std::stop_token)>;
    void launch(std::size_t cellCount, std::shared_ptr<const Dataset> data, RunCells run);

    std::vector<SweepAxis> axes_;
    std::vector<std::optional<SweepCell>> cells_;
    std::size_t finished_ = 0;
    bool stopped_ = false;
    QElapsedTimer clock_;
    double seconds_ = 0.0;
    BackgroundJob<Mail> job_;
};

} // namespace catnet::ui
