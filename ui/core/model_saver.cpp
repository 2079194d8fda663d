#include "ui/core/model_saver.h"

#include "engine/io/isolated_reader.h"

namespace catnet::ui {

ModelSaver::ModelSaver(QObject* parent)
    : QObject(parent), job_(
                           [this](std::vector<double>& shares) {
                               for (double share : shares)
                                   emit progress(current_->runId, current_->path, share);
                           },
                           [this](const std::string& failure) {
                               const Job ended = std::move(*current_);
                               current_.reset();
                               startNext();
                               emit finished(ended.runId, ended.path, QString::fromUtf8(failure.c_str()));
                           }) {}

ModelSaver::~ModelSaver() {
    // Whoever listened may be gone already: the rest is written without a word.
    blockSignals(true);
    waitForAll();
}

void ModelSaver::save(Job job) {
    queue_.push_back(std::move(job));
    if (!current_)
        startNext();
}

void ModelSaver::waitForAll() {
    while (job_.isRunning())
        job_.finishNow(); // ends this save and starts the next queued one
}

void ModelSaver::startNext() {
    if (queue_.empty())
        return;
    current_ = std::move(queue_.front());
    queue_.pop_front();
    job_.start([job = *current_](std::stop_token, const auto& post) {
        // Not stopped midway: a save asked for is a save made.
        std::shared_ptr<const Parameters> weights = job.parameters;
        if (!weights) // a run kept on disk: its weights are read here, not in the window
            weights = std::make_shared<const Parameters>(loadModelIsolated(job.readFrom.toStdString(), true).parameters);
        int reportedPercent = -1;
        saveModel(job.path.toStdString(), *weights, job.description, [&](double share) {
            if (const int percent = int(share * 100); percent != reportedPercent) {
                reportedPercent = percent;
                post(share);
            }
        });
    });
}

} // namespace catnet::ui
