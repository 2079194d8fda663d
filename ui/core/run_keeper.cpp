#include "ui/core/run_keeper.h"

#include "engine/io/model_io.h"
#include "ui/core/model_saver.h"
#include "ui/core/run_loader.h"
#include "ui/core/runs_model.h"
#include "ui/core/trained_run.h"

namespace catnet::ui {

namespace {

// A run read back or evaluated again on `data`: its own numbers when it has none or was
// measured on this data, else its open-data columns.
void takeEvaluation(TrainedRun& run, RunLoader::Loaded& loaded, const DataIdentity& identity, const Dataset& data) {
    if (!loaded.train || !loaded.test)
        return;
    if (run.measuredOn.known() && !run.measuredOn.sameData(identity)) {
        run.openTrainEvaluation = std::move(loaded.train);
        run.openTestEvaluation = std::move(loaded.test);
        return;
    }
    run.trainEvaluation = std::move(loaded.train);
    run.testEvaluation = std::move(loaded.test);
    run.measuredOn = identity;
    run.measuredOnOpenData = true;
    run.judgeLearning(data.train.Y);
}

} // namespace

RunKeeper::RunKeeper(const QString& storeDirectory, RunsModel* runs, ModelSaver* saver, QObject* parent)
    : QObject(parent), store_(storeDirectory), runs_(runs), saver_(saver),
      loader_(std::make_unique<RunLoader>([this] { takeLoadedRuns(); })) {}

RunKeeper::~RunKeeper() = default;

void RunKeeper::keep(const TrainedRun& run) {
    if (!store_.enabled() || !run.parameters)
        return;
    try {
        const QString file = store_.prepareFile(run);
        keeping_.insert(file);
        saver_->save({run.id, file, describeRun(run), run.parameters, {}});
    } catch (const std::exception& e) {
        takeSaved(run.id, {}, QString::fromUtf8(e.what()));
    }
}

bool RunKeeper::takeSaved(int id, const QString& path, const QString& error) {
    if (!path.isEmpty() && !keeping_.remove(path))
        return false; // the learner's own save
    const auto run = runs_->find(id);
    if (!run) { // removed while it was being kept
        store_.remove(path);
        return true;
    }
    if (error.isEmpty()) {
        run->storeFile = path;
        run->notKept.clear();
    } else {
        run->notKept = error;
    }
    runs_->changed(id);
    emit runChanged(id);
    if (!error.isEmpty())
        emit runNotKept(id, error);
    return true;
}

void RunKeeper::restore(std::shared_ptr<const Dataset> data, DataIdentity identity) {
    data_ = std::move(data);
    identity_ = std::move(identity);
    std::vector<RunLoader::Job> jobs;
    for (const QString& file : store_.files())
        jobs.push_back({0, file.toStdString(), data_, identity_.fingerprint});
    restoreTotal_ = int(jobs.size());
    restoreDone_ = 0;
    restoreProblems_.clear();
    if (jobs.empty()) {
        emit restoreFinished({});
        return;
    }
    loader_->add(std::move(jobs));
}

void RunKeeper::reevaluate(std::shared_ptr<const Dataset> data, DataIdentity identity) {
    data_ = std::move(data);
    identity_ = std::move(identity);
    std::vector<RunLoader::Job> jobs;
    for (const auto& run : runs_->runs())
        if (!run->running && !run->parameters && !run->storeFile.isEmpty() && run->needsMeasuring())
            jobs.push_back({run->id, run->storeFile.toStdString(), data_, identity_.fingerprint});
    if (!jobs.empty())
        loader_->add(std::move(jobs));
}

int RunKeeper::evaluateOnOpenData() {
    std::vector<RunLoader::Job> jobs;
    for (const auto& run : runs_->runs())
        if (!run->parameters && !run->storeFile.isEmpty() && run->measuredElsewhere() && !run->openTrainEvaluation)
            jobs.push_back({run->id, run->storeFile.toStdString(), data_, identity_.fingerprint});
    const int count = int(jobs.size());
    if (!jobs.empty())
        loader_->add(std::move(jobs));
    return count;
}

void RunKeeper::takeLoadedRuns() {
    for (RunLoader::Loaded& loaded : loader_->take()) {
        const bool onOpenData = loaded.data == data_; // else a data set opened since has its own jobs
        if (loaded.runId != 0) { // evaluated again
            if (const auto run = runs_->find(loaded.runId); run && loaded.model && onOpenData) {
                takeEvaluation(*run, loaded, identity_, *data_);
                runs_->changed(run->id);
                emit runChanged(run->id);
            }
            continue;
        }
        ++restoreDone_;
        if (!loaded.model) {
            restoreProblems_ << QString::fromStdString(loaded.error);
            continue;
        }
        TrainedRun run = fromSavedModel(std::move(*loaded.model));
        run.parameters.reset();
        run.storeFile = QString::fromStdString(loaded.file);
        run.measuredOnOpenData = run.measuredOn.sameData(identity_);
        if (onOpenData && (!run.measuredOn.known() || run.measuredOnOpenData))
            takeEvaluation(run, loaded, identity_, *data_);
        emit runChanged(runs_->add(std::move(run)));
    }
    if (restoreTotal_ > 0)
        emit restoreProgress(restoreDone_, restoreTotal_);
    if (restoreTotal_ > 0 && restoreDone_ == restoreTotal_) {
        restoreTotal_ = restoreDone_ = 0;
        emit restoreFinished(restoreProblems_);
    }
}

} // namespace catnet::ui
