#include "ui/core/sweep_session.h"

#include <stdexcept>

namespace catnet::ui {

namespace {
constexpr int kPollMilliseconds = 30;
}

SweepSession::SweepSession(QObject* parent) : QObject(parent), poll_(new QTimer(this)) {
    poll_->setInterval(kPollMilliseconds);
    connect(poll_, &QTimer::timeout, this, &SweepSession::deliver);
}

SweepSession::~SweepSession() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
}

bool SweepSession::start(const TrainConfig& base, std::vector<SweepAxis> axes, std::shared_ptr<const Dataset> data) {
    if (running_ || !data)
        return false;
    const std::vector<TrainConfig> configs = sweepConfigs(base, axes); // throws for values out of range
    for (std::size_t index = 0; index < configs.size(); ++index)
        if (auto problem = checkTrainConfig(configs[index], data->train.X.rows()))
            throw std::invalid_argument(describeSweepCell(axes, index) + ": " + problem->message);
    if (worker_.joinable())
        worker_.join();
    axes_ = std::move(axes);
    cells_.assign(configs.size(), std::nullopt);
    finished_ = 0;
    {
        const std::lock_guard lock(mutex_);
        pending_.clear();
        stopped_ = false;
        error_.clear();
        workerDone_ = false;
    }
    running_ = true;
    clock_.start();
    poll_->start();
    worker_ = std::jthread([this, base, axes = axes_, data = std::move(data)](std::stop_token stop) {
        bool stopped = false;
        std::string error;
        try {
            SweepData sweepData{data->train.X, data->train.Y, data->test.X, data->test.Y};
            sweepData.keepCells = false; // each comes through the callback and is kept here
            stopped = runSweep(
                base, axes, sweepData,
                [this](std::size_t index, const SweepCell& cell) {
                    const std::lock_guard lock(mutex_);
                    pending_.emplace_back(index, cell);
                },
                stop).stopped;
        } catch (const std::bad_alloc&) {
            error = "ran out of memory; sweep fewer or smaller networks";
        } catch (const std::exception& e) {
            error = e.what();
        }
        const std::lock_guard lock(mutex_);
        stopped_ = stopped;
        error_ = std::move(error);
        workerDone_ = true;
    });
    return true;
}

void SweepSession::stop() {
    if (worker_.joinable())
        worker_.request_stop();
}

const SweepCell* SweepSession::cell(std::size_t index) const {
    return index < cells_.size() && cells_[index] ? &*cells_[index] : nullptr;
}

double SweepSession::elapsedSeconds() const {
    return running_ ? clock_.elapsed() / 1000.0 : seconds_;
}

void SweepSession::deliver() {
    std::vector<std::pair<std::size_t, SweepCell>> arrived;
    bool done = false;
    bool stopped = false;
    std::string error;
    {
        const std::lock_guard lock(mutex_);
        arrived.swap(pending_);
        done = workerDone_;
        if (done) {
            stopped = stopped_;
            error = error_;
            workerDone_ = false;
        }
    }
    for (auto& [index, cell] : arrived) {
        cells_[index] = std::move(cell);
        ++finished_;
        emit cellFinished(index);
    }
    if (!done)
        return;
    poll_->stop();
    running_ = false;
    seconds_ = clock_.elapsed() / 1000.0;
    emit finished(stopped, QString::fromStdString(error));
}

void SweepSession::finishNow() {
    stop();
    if (worker_.joinable())
        worker_.join();
    deliver();
}

} // namespace catnet::ui
