#include "ui/core/landscape_worker.h"

namespace catnet::ui {

namespace {
constexpr int kPollMilliseconds = 30;
}

LandscapeWorker::LandscapeWorker(QObject* parent) : QObject(parent), poll_(new QTimer(this)) {
    poll_->setInterval(kPollMilliseconds);
    connect(poll_, &QTimer::timeout, this, &LandscapeWorker::deliver);
}

LandscapeWorker::~LandscapeWorker() {
    for (std::jthread* job : {&lineJob_, &surfaceJob_})
        if (job->joinable()) {
            job->request_stop();
            job->join();
        }
}

void LandscapeWorker::computeLine(std::shared_ptr<const Parameters> initial, std::shared_ptr<const Parameters> trained,
                                  std::shared_ptr<const Dataset> data) {
    if (lineJob_.joinable())
        lineJob_.join(); // short: two products with X per set, then small work
    int generation = 0;
    {
        const std::lock_guard lock(mutex_);
        generation = ++lineGeneration_;
        lineDone_ = false;
    }
    lineBusy_ = true;
    poll_->start();
    lineJob_ = std::jthread([this, generation, initial = std::move(initial), trained = std::move(trained),
                             data = std::move(data)] {
        std::optional<LossLine> line;
        std::string error;
        try {
            line = lossAlongLine(*initial, *trained, data->train.X, data->train.Y, data->test.X, data->test.Y);
        } catch (const std::exception& e) {
            error = e.what();
        }
        const std::lock_guard lock(mutex_);
        if (generation != lineGeneration_)
            return;
        line_ = std::move(line);
        lineDone_ = true;
        if (!error.empty())
            error_ = error;
    });
}

void LandscapeWorker::computeSurface(std::shared_ptr<const Parameters> at, std::shared_ptr<const Dataset> data,
                                     std::uint32_t seed) {
    if (surfaceJob_.joinable()) {
        surfaceJob_.request_stop();
        surfaceJob_.join();
    }
    int generation = 0;
    {
        const std::lock_guard lock(mutex_);
        generation = ++surfaceGeneration_;
        surfaceShare_ = 0.0;
        surface_.reset();
    }
    surfaceBusy_ = true;
    poll_->start();
    surfaceJob_ = std::jthread([this, generation, at = std::move(at), data = std::move(data), seed](std::stop_token stop) {
        std::optional<LossSurface> surface;
        std::string error;
        try {
            surface = lossSurface(
                *at, data->train.X, data->train.Y, seed, 31, 1.0,
                [&](double share) {
                    const std::lock_guard lock(mutex_);
                    if (generation == surfaceGeneration_)
                        surfaceShare_ = share;
                },
                stop);
        } catch (const std::exception& e) {
            error = e.what();
        }
        const std::lock_guard lock(mutex_);
        if (generation != surfaceGeneration_)
            return;
        surface_ = std::move(surface);
        if (!error.empty())
            error_ = error;
        if (!surface_)
            surface_ = LossSurface{{}, {}, true}; // ends the job for the UI
    });
}

void LandscapeWorker::stopSurface() {
    if (surfaceJob_.joinable())
        surfaceJob_.request_stop();
}

void LandscapeWorker::deliver() {
    std::optional<LossLine> line;
    std::optional<LossSurface> surface;
    double share = -1.0;
    std::string error;
    bool lineEnded = false;
    {
        const std::lock_guard lock(mutex_);
        lineEnded = lineDone_;
        lineDone_ = false;
        line.swap(line_);
        surface.swap(surface_);
        share = surfaceShare_;
        surfaceShare_ = -1.0;
        error.swap(error_);
    }
    if (lineEnded)
        lineBusy_ = false;
    if (line)
        emit lineReady(*line);
    if (share >= 0.0 && surfaceBusy_)
        emit surfaceProgress(share);
    if (surface) {
        surfaceBusy_ = false;
        emit surfaceReady(*surface);
    }
    if (!error.empty())
        emit failed(QString::fromStdString(error));
    if (!surfaceBusy_ && !lineBusy_)
        poll_->stop();
}

void LandscapeWorker::finishNow() {
    for (std::jthread* job : {&lineJob_, &surfaceJob_})
        if (job->joinable())
            job->join();
    deliver();
}

} // namespace catnet::ui
