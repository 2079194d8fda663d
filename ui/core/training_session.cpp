#include "ui/core/training_session.h"

#include "engine/training/trainer.h"

namespace catnet::ui {

namespace {
constexpr int kResultPollMilliseconds = 10;
}

TrainingSession::TrainingSession(QObject* parent) : QObject(parent), resultPoll_(new QTimer(this)) {
    resultPoll_->setInterval(kResultPollMilliseconds);
    connect(resultPoll_, &QTimer::timeout, this, &TrainingSession::deliverResult);
}

TrainingSession::~TrainingSession() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
}

bool TrainingSession::start(int runId, const TrainConfig& config, std::shared_ptr<const Dataset> data, bool paused) {
    if (running_ || !data)
        return false;
    if (worker_.joinable())
        worker_.join(); // the previous run has already reported; reap its thread
    {
        const std::lock_guard lock(mutex_);
        pending_.clear();
        pendingSignals_.clear();
        pendingHeldOut_.clear();
    }
    if (paused)
        gate_.pause();
    else
        gate_.resume();
    running_ = true;
    resultPoll_->start();
    worker_ = std::jthread([this, runId, config, data = std::move(data)](std::stop_token stop) {
        work(stop, runId, config, data);
    });
    return true;
}

void TrainingSession::stop() {
    if (worker_.joinable())
        worker_.request_stop();
}

std::vector<SignalPoint> TrainingSession::takeNewSignals() {
    const std::lock_guard lock(mutex_);
    std::vector<SignalPoint> points;
    points.swap(pendingSignals_);
    return points;
}

std::vector<HeldOutPoint> TrainingSession::takeNewHeldOut() {
    const std::lock_guard lock(mutex_);
    std::vector<HeldOutPoint> points;
    points.swap(pendingHeldOut_);
    return points;
}

std::vector<CostPoint> TrainingSession::takeNewPoints() {
    const std::lock_guard lock(mutex_);
    std::vector<CostPoint> points;
    points.swap(pending_);
    return points;
}

void TrainingSession::work(std::stop_token stop, int runId, TrainConfig config,
                           std::shared_ptr<const Dataset> data) {
    SessionResult outcome;
    outcome.runId = runId;
    outcome.data = data;
    try {
        const ProgressCallback record = [this](int iteration, double cost) {
            const std::lock_guard lock(mutex_);
            pending_.push_back({iteration, cost});
        };
        const SignalCallback recordSignals = [this](const SignalPoint& point) {
            const std::lock_guard lock(mutex_);
            pendingSignals_.push_back(point);
        };
        const HeldOutCallback recordHeldOut = [this](const HeldOutPoint& point) {
            const std::lock_guard lock(mutex_);
            pendingHeldOut_.push_back(point);
        };
        // The test set is never learned from; its cost and accuracy are recorded beside.
        const HeldOut test{data->test.X, data->test.Y};
        const bool hasTest = data->test.count() > 0 && data->test.X.rows() == data->train.X.rows();
        outcome.result = train(config, data->train.X, data->train.Y, record, stop, &gate_, recordSignals,
                               hasTest ? &test : nullptr, recordHeldOut);
        outcome.train = evaluate(outcome.result->parameters, data->train.X, data->train.Y);
        outcome.test = evaluate(outcome.result->parameters, data->test.X, data->test.Y);
    } catch (const std::bad_alloc&) {
        outcome.result.reset();
        outcome.error = "ran out of memory; use fewer images or smaller layers";
    } catch (const std::exception& e) {
        outcome.result.reset();
        outcome.error = e.what();
    }
    const std::lock_guard lock(mutex_);
    result_ = std::move(outcome); // picked up by resultPoll_ on the UI thread
}

void TrainingSession::deliverResult() {
    std::optional<SessionResult> result;
    {
        const std::lock_guard lock(mutex_);
        result.swap(result_);
    }
    if (!result)
        return; // still training, or already delivered by finishNow()
    resultPoll_->stop();
    running_ = false;
    emit finished(*result);
}

void TrainingSession::finishNow() {
    if (worker_.joinable())
        worker_.join();
    deliverResult();
}

} // namespace catnet::ui
