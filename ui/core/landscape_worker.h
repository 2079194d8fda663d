#pragma once

#include "engine/inspect/loss_landscape.h"
#include "engine/io/dataset.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace catnet::ui {

// Computes the loss along the way and the loss surface of a run on worker threads
// (loss_landscape.h), one job of each kind at a time: a new request replaces the one
// under way. Results come back through one mutex and a timer on the UI thread, as in
// TrainingSession; the workers never touch Qt.
class LandscapeWorker : public QObject {
    Q_OBJECT
public:
    explicit LandscapeWorker(QObject* parent = nullptr);
    ~LandscapeWorker() override;

    void computeLine(std::shared_ptr<const Parameters> initial, std::shared_ptr<const Parameters> trained,
                     std::shared_ptr<const Dataset> data);
    void computeSurface(std::shared_ptr<const Parameters> at, std::shared_ptr<const Dataset> data, std::uint32_t seed);
    void stopSurface();
    // Blocks until both jobs have ended and delivers what they left (for tests and closing).
    void finishNow();

signals:
    void lineReady(const catnet::LossLine& line);
    void surfaceProgress(double share);
    void surfaceReady(const catnet::LossSurface& surface);
    void failed(const QString& message);

private:
    void deliver();

    std::mutex mutex_;
    std::optional<LossLine> line_;
    std::optional<LossSurface> surface_;
    double surfaceShare_ = -1.0;
    std::string error_;
    int lineGeneration_ = 0, surfaceGeneration_ = 0; // results of replaced jobs are dropped
    bool lineDone_ = false;   // under mutex_: the current line job has ended
    bool lineBusy_ = false, surfaceBusy_ = false;
    QTimer* poll_;
    std::jthread lineJob_, surfaceJob_;
};

} // namespace catnet::ui
