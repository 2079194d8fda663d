#include "ui/core/sweep_session.h"

#include "engine/inspect/overfitting_lab.h"
#include "engine/io/split_features.h"

#include <stdexcept>

namespace catnet::ui {

SweepSession::SweepSession(QObject* parent)
    : QObject(parent), job_(decltype(job_)::oneByOne([this](Mail& mail) { deliver(mail); }),
                            [this](const std::string& failure) {
                                seconds_ = clock_.elapsed() / 1000.0;
                                emit finished(stopped_, QString::fromStdString(failure));
                            }) {}

bool SweepSession::start(const TrainConfig& base, std::vector<SweepAxis> axes, std::shared_ptr<const Dataset> data) {
    if (job_.isRunning() || !data)
        return false;
    const std::vector<TrainConfig> configs = sweepConfigs(base, axes); // throws for values out of range
    for (std::size_t index = 0; index < configs.size(); ++index)
        if (auto problem = checkTrainConfig(configs[index], featureCount(data->train)))
            throw std::invalid_argument(describeSweepCell(axes, index) + ": " + problem->message);
    axes_ = std::move(axes);
    launch(configs.size(), std::move(data),
           [base, axes = axes_](const SweepData& cells, const SweepCellCallback& keep, std::stop_token stop) {
               return runSweep(base, axes, cells, keep, stop);
           });
    return true;
}

bool SweepSession::startOverfittingLab(const TrainConfig& base, std::vector<TrainingOptions> settings,
                                       std::shared_ptr<const Dataset> data) {
    if (job_.isRunning() || !data)
        return false;
    if (auto problem = checkTrainConfig(base, featureCount(data->train)))
        throw std::invalid_argument(problem->message);
    axes_.clear();
    launch(settings.size(), std::move(data),
           [base, settings](const SweepData& cells, const SweepCellCallback& keep, std::stop_token stop) {
               return runOverfittingLab(base, settings, cells, keep, stop);
           });
    return true;
}

void SweepSession::launch(std::size_t cellCount, std::shared_ptr<const Dataset> data, RunCells run) {
    cells_.assign(cellCount, std::nullopt);
    finished_ = 0;
    stopped_ = false;
    clock_.start();
    job_.start([run = std::move(run), data = std::move(data)](std::stop_token stop, const auto& post) {
        try {
            Matrix madeTrain, madeTest; // the window holds pixels only (split_features.h)
            SweepData sweepData{featuresOf(data->train, madeTrain), data->train.Y, featuresOf(data->test, madeTest),
                                data->test.Y};
            sweepData.keepCells = false; // each comes through the callback and is kept here
            const auto keep = [&post](std::size_t index, const SweepCell& cell) { post({index, cell, false}); };
            post({std::nullopt, std::nullopt, run(sweepData, keep, stop).stopped});
        } catch (const std::bad_alloc&) {
            throw std::runtime_error("ran out of memory; sweep fewer or smaller networks");
        }
    });
}

const SweepCell* SweepSession::cell(std::size_t index) const {
    return index < cells_.size() && cells_[index] ? &*cells_[index] : nullptr;
}

double SweepSession::elapsedSeconds() const {
    return job_.isRunning() ? clock_.elapsed() / 1000.0 : seconds_;
}

void SweepSession::deliver(Mail& mail) {
    if (!mail.index) {
        stopped_ = mail.stopped;
        return;
    }
    cells_[*mail.index] = std::move(mail.cell);
    ++finished_;
    emit cellFinished(*mail.index);
}

void SweepSession::finishNow() {
    stop();
    job_.finishNow();
}

} // namespace catnet::ui
