#pragma once

#include "engine/inspect/loss_landscape.h"
#include "engine/io/dataset.h"
#include "ui/core/background_job.h"

#include <QObject>

#include <memory>
#include <optional>

namespace catnet::ui {

// Computes the loss along the way and the loss surface of a run as background jobs
// (loss_landscape.h, background_job.h), one of each kind at a time: a new request
// replaces the one under way.
class LandscapeWorker : public QObject {
    Q_OBJECT
public:
    explicit LandscapeWorker(QObject* parent = nullptr);

    void computeLine(std::shared_ptr<const Parameters> initial, std::shared_ptr<const Parameters> trained,
                     std::shared_ptr<const Dataset> data);
    void computeSurface(std::shared_ptr<const Parameters> at, std::shared_ptr<const Dataset> data, std::uint32_t seed);
    void stopSurface() { surfaceJob_.requestStop(); }
    // The surface: asked for by the learner, and long (the line follows the run shown).
    bool isComputingSurface() const { return surfaceJob_.isRunning(); }
    // Blocks until both jobs have ended and delivers what they left (for tests and closing).
    void finishNow();

signals:
    void lineReady(const catnet::LossLine& line);
    void surfaceProgress(double share);
    void surfaceReady(const catnet::LossSurface& surface);
    void failed(const QString& message);

private:
    // The surface job's progress (share done), or its surface.
    struct SurfaceMail {
        double share = 0.0;
        std::optional<LossSurface> surface;
    };

    bool surfaceDelivered_ = false;
    BackgroundJob<LossLine> lineJob_;
    BackgroundJob<SurfaceMail> surfaceJob_;
};

} // namespace catnet::ui
