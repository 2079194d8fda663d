#include "ui/core/run_controller.h"

#include "engine/io/isolated_reader.h"
#include "engine/io/model_io.h"
#include "engine/io/split_features.h"
#include "engine/io/synthetic_dataset.h"
#include "engine/model/initialization.h"
#include "engine/model/metrics.h"
#include "engine/training/trainer.h"
#include "ui/core/attempt.h"
#include "ui/core/dataset_files.h"
#include "ui/core/model_saver.h"
#include "ui/core/run_keeper.h"
#include "ui/core/training_session.h"

#include "engine/io/atomic_file.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace catnet::ui {

namespace {
constexpr int kCostRefreshMilliseconds = 33; // ≤ 30 Hz chart and progress updates
}

// Removing a run, undoably: the run stays whole in the command until it is undone, and
// its kept file is deleted only when the command goes while the run is still removed.
class RemoveRunCommand : public QUndoCommand {
public:
    RemoveRunCommand(RunController* controller, int id)
        : controller_(controller), id_(id) {
        setText(RunController::tr("remove %1").arg(controller->runs()->label(id)));
    }
    ~RemoveRunCommand() override {
        if (removed_ && !removed_->storeFile.isEmpty())
            controller_->keeper_->discard(removed_->storeFile);
    }
    void redo() override { removed_ = controller_->detachRun(id_, row_); }
    void undo() override {
        controller_->reattachRun(std::move(removed_), row_);
        removed_.reset();
    }

private:
    RunController* controller_;
    int id_;
    int row_ = 0;
    std::shared_ptr<TrainedRun> removed_;
};

RunController::RunController(const QString& runStoreDirectory, QObject* parent)
    : QObject(parent), runs_(new RunsModel(this)), session_(new TrainingSession(this)),
      datasetLoad_([](const std::string& directory,
                      std::stop_token stop) { return loadCourseDatasetIsolated(directory, stop, false); },
                   [this](const QString& directory, std::shared_ptr<Dataset> data, const QString& error) {
                       const bool stopped = !data && error.isEmpty();
                       if (data)
                           setDataset(std::move(data), QDir::toNativeSeparators(directory), false);
                       emit readingFinished(Reading::DataSet, directory, error, stopped);
                   }),
      modelLoad_([](const std::string& path, std::stop_token stop) { return loadModelIsolated(path, false, stop); },
                 [this](const QString& path, std::shared_ptr<SavedModel> model, QString error) {
                     if (model)
                         attempt([&] { addLoadedModel(std::move(*model), path); },
                                 [&](const QString& message) { error = message; });
                     emit readingFinished(Reading::Model, path, error, !model && error.isEmpty());
                 }),
      weightsLoad_([](const std::string& path, std::stop_token stop) { return loadModelIsolated(path, true, stop); },
                   [this](const QString& path, std::shared_ptr<SavedModel> model, const QString& error) {
                       takeWeights(path, std::move(model), error);
                   }),
      bundleLoad_([](const std::string& path, std::stop_token stop) { return loadRunBundleIsolated(path, stop); },
                  [this](const QString& path, std::shared_ptr<std::vector<SavedModel>> runs, QString error) {
                      if (runs)
                          attempt([&] { addImportedRuns(std::move(*runs), path); },
                                  [&](const QString& message) { error = message; });
                      emit readingFinished(Reading::Runs, path, error, !runs && error.isEmpty());
                  }),
      saver_(new ModelSaver(this)),
      keeper_(new RunKeeper(runStoreDirectory, runs_, saver_, this)), undo_(new QUndoStack(this)),
      costTimer_(new QTimer(this)) {
    undo_->setUndoLimit(50);
    costTimer_->setInterval(kCostRefreshMilliseconds);
    connect(costTimer_, &QTimer::timeout, this, &RunController::takeNewCosts);
    connect(session_, &TrainingSession::finished, this, &RunController::onSessionFinished);
    connect(saver_, &ModelSaver::finished, this, &RunController::onSaved);
    connect(saver_, &ModelSaver::progress, this, [this](int id, const QString& path, double share) {
        if (!keeper_->isKeeping(path))
            emit saveProgress(id, path, share);
    });
    connect(keeper_, &RunKeeper::runChanged, this, &RunController::runChanged);
    connect(keeper_, &RunKeeper::runNotKept, this, &RunController::runNotKept);
    connect(keeper_, &RunKeeper::restoreProgress, this, &RunController::restoreProgress);
    connect(keeper_, &RunKeeper::restoreFinished, this, [this](const QStringList& problems) {
        if (!currentRunId_ && runs_->rowCount() > 0)
            setCurrentRun(runs_->idAt(runs_->rowCount() - 1));
        emit restoreFinished(problems);
    });
}

RunController::~RunController() {
    undo_->clear(); // deletes the files of runs still removed, while the store is here
}

// ---- data ----

void RunController::openDatasetFolder(const QString& directory) {
    setDataset(std::make_shared<const Dataset>(loadCourseDatasetIsolated(directory.toStdString(), {}, false)),
               QDir::toNativeSeparators(directory), false);
}

void RunController::loadDatasetFolder(const QString& directory) {
    datasetLoad_.start(directory);
    emit readingStarted(Reading::DataSet, directory);
}

void RunController::stopLoading() {
    datasetLoad_.stop();
    modelLoad_.stop();
    weightsLoad_.stop();
    bundleLoad_.stop();
}

bool RunController::isLoading() const {
    return datasetLoad_.isLoading() || modelLoad_.isLoading() || weightsLoad_.isLoading() || bundleLoad_.isLoading();
}

void RunController::openDatasetFiles(const QStringList& files) {
    setDataset(std::make_shared<const Dataset>(loadDatasetFiles(files)),
               QDir::toNativeSeparators(QFileInfo(files.value(0)).absolutePath()), false);
}

void RunController::useBuiltInDataset(const QString& reason) {
    Dataset shapes = makeSyntheticDataset();
    dropFeatures(shapes); // like every data set the window opens: split_features.h
    setDataset(std::make_shared<const Dataset>(std::move(shapes)), tr("built-in shapes (%1)").arg(reason), true);
}

void RunController::setDataset(std::shared_ptr<const Dataset> data, const QString& description, bool builtIn) {
    data_ = std::move(data);
    dataDescription_ = description;
    builtIn_ = builtIn;
    const QString name = builtIn ? tr("built-in shapes") : QFileInfo(description).fileName();
    dataIdentity_ = data_ ? identify(*data_, (name.isEmpty() ? description : name).toStdString()) : DataIdentity{};
    // Runs keep the numbers they were measured with; only their evaluations on the data
    // set open before go, and runs without numbers of their own get them here.
    for (const auto& run : runs_->runs()) {
        if (run->running)
            continue;
        run->openTrainEvaluation.reset();
        run->openTestEvaluation.reset();
        fitToOpenData(*run);
        runs_->changed(run->id);
    }
    keeper_->reevaluate(data_, dataIdentity_); // weights on disk: evaluated in the background
    emit datasetChanged();
    emit currentRunChanged(currentRunId_);
}

bool RunController::fits(const TrainedRun& run) const {
    return run.parameters && data_ && run.parameters->W.front().cols() == featureCount(data_->train);
}

void RunController::fitToOpenData(TrainedRun& run) const {
    run.measuredOnOpenData = run.measuredOn.sameData(dataIdentity_);
    if (run.needsMeasuring() && fits(run))
        measure(run);
}

void RunController::measure(TrainedRun& run) const {
    run.trainEvaluation = evaluateSplit(*run.parameters, data_->train);
    run.testEvaluation = evaluateSplit(*run.parameters, data_->test);
    run.measuredOn = dataIdentity_;
    run.measuredOnOpenData = true;
    run.judgeLearning(data_->train.Y);
}

int RunController::evaluateOnOpenData() {
    int count = 0;
    for (const auto& run : runs_->runs()) {
        if (!run->measuredElsewhere() || run->openTrainEvaluation || !fits(*run))
            continue;
        run->openTrainEvaluation = evaluateSplit(*run->parameters, data_->train);
        run->openTestEvaluation = evaluateSplit(*run->parameters, data_->test);
        runs_->changed(run->id);
        emit runChanged(run->id);
        ++count;
    }
    return count + keeper_->evaluateOnOpenData(); // and those whose weights are on disk, in the background
}

// ---- training ----

void RunController::setFramesWanted(bool wanted) {
    session_->setFramesWanted(wanted);
}

const std::vector<ActivationFrame>* RunController::recordedFrames(int runId) const {
    return runId != 0 && runId == framesRunId_ ? &frames_ : nullptr;
}

bool RunController::startTraining(const TrainConfig& config, bool paused) {
    if (session_->isRunning()) {
        emit problem(tr("Cannot train"), tr("A run is already training; stop it first (Esc)."));
        return false;
    }
    if (!data_) {
        emit problem(tr("Cannot train"), tr("Open a dataset first."));
        return false;
    }
    TrainedRun run;
    run.name = runName(config);
    run.config = config;
    run.running = true;
    run.strategy = resolveStrategy(config, data_->train.count());
    run.measuredOn = dataIdentity_; // evaluated at its end on the data it trains on
    run.measuredOnOpenData = true;
    activeRunId_ = addRun(std::move(run));
    frames_.clear();
    framesRunId_ = session_->framesWanted() ? activeRunId_ : 0;
    setCurrentRun(activeRunId_);
    clock_.start();
    session_->start(activeRunId_, config, data_, paused);
    costTimer_->start();
    emit trainingStarted(activeRunId_);
    return true;
}

void RunController::stopTraining() {
    session_->stop();
}

bool RunController::isTraining() const {
    return session_->isRunning();
}

void RunController::pauseTraining() {
    session_->pause();
}

void RunController::resumeTraining() {
    session_->resume();
    checkPause();
}

bool RunController::stepTraining(const TrainConfig& config) {
    if (!session_->isRunning() && !startTraining(config, true))
        return false;
    session_->step();
    return true;
}

bool RunController::isPauseRequested() const {
    return session_->isPausing();
}

void RunController::checkPause() {
    const auto now = session_->pausedAt();
    const bool same = now.has_value() == pausedAt_.has_value() && (!now || now->iteration == pausedAt_->iteration);
    if (same)
        return;
    pausedAt_ = now;
    const auto active = runs_->find(activeRunId_);
    lastStep_.reset();
    if (now && lastPauseSeen_ && lastPauseSeen_->iteration == now->iteration - 1)
        lastStep_ = lastPauseSeen_; // training is deterministic: one iteration from there led here
    else if (now && now->iteration == 1 && active) // the first iteration: from the run's initial parameters
        lastStep_ = IterationGate::Pause{0, std::make_shared<const Parameters>(initializeParameters(
                                                active->config.layerDims, active->config.init, active->config.seed))};
    if (now)
        lastPauseSeen_ = now;
    if (const auto run = active) { // its row says "paused", not "running…"
        run->pausedBefore = now ? std::optional<int>(now->iteration) : std::nullopt;
        runs_->changed(run->id);
    }
    emit pauseChanged();
}

void RunController::finishTrainingNow() {
    if (!session_->isRunning())
        return;
    session_->stop();
    session_->finishNow();
}

double RunController::activeSeconds() const {
    return activeRunId_ ? clock_.elapsed() / 1000.0 : 0.0;
}

void RunController::takeNewCosts() {
    checkPause();
    const auto run = runs_->find(activeRunId_);
    if (!run)
        return;
    std::vector<CostPoint> points = session_->takeNewPoints();
    std::vector<SignalPoint> signalPoints = session_->takeNewSignals();
    std::vector<HeldOutPoint> heldOutPoints = session_->takeNewHeldOut();
    std::vector<ActivationFrame> frames = session_->takeNewFrames();
    if (points.empty() && signalPoints.empty() && heldOutPoints.empty() && frames.empty())
        return;
    std::move(frames.begin(), frames.end(), std::back_inserter(frames_));
    run->costs.insert(run->costs.end(), points.begin(), points.end());
    run->heldOut.insert(run->heldOut.end(), heldOutPoints.begin(), heldOutPoints.end());
    for (SignalPoint& point : signalPoints)
        run->layerSignals.push_back(std::move(point));
    runs_->changed(run->id);
    emit runChanged(run->id);
}

void RunController::onSessionFinished(SessionResult& result) {
    takeNewCosts(); // the last points
    costTimer_->stop();
    activeRunId_ = 0;
    lastStep_.reset();
    lastPauseSeen_.reset();
    if (pausedAt_) {
        pausedAt_.reset();
        if (const auto ended = runs_->find(result.runId))
            ended->pausedBefore.reset();
        emit pauseChanged();
    }
    const auto run = runs_->find(result.runId);
    if (run) {
        if (result.result) {
            run->takeResult(std::move(*result.result), std::move(result.train), std::move(result.test));
            if (result.data)
                run->judgeLearning(result.data->train.Y);
            fitToOpenData(*run); // another data set may have been opened meanwhile
            keep(*run);
        } else {
            run->running = false;
            run->outcome = Outcome::Cancelled;
        }
        runs_->changed(run->id);
        emit runChanged(run->id);
    }
    // A diverged run is flagged like any failed run (⚠ in the table, legend and progress
    // line), not with a dialog; only an error is a problem.
    if (!result.error.empty())
        emit problem(tr("Training failed"), QString::fromStdString(result.error));
    emit trainingFinished(result.runId);
}

// ---- runs ----

int RunController::addFinishedRun(const TrainConfig& config, TrainResult result, const QString& name) {
    TrainedRun run;
    run.config = config;
    run.name = name;
    run.takeResult(std::move(result), {}, {});
    if (fits(run))
        measure(run);
    const int id = addRun(std::move(run));
    keep(*runs_->find(id));
    setCurrentRun(id);
    return id;
}

int RunController::addRun(TrainedRun run) {
    const int id = runs_->add(std::move(run));
    emit runChanged(id);
    return id;
}

void RunController::setCurrentRun(int id) {
    const auto run = runs_->find(id);
    if (run && !run->parameters && !run->storeFile.isEmpty())
        openWeights(*run, currentRunId_);
    currentRunId_ = run ? id : 0;
    emit currentRunChanged(currentRunId_);
}

void RunController::openWeights(TrainedRun& run, int release) {
    // Only the current run's weights stay in memory; the others are on disk.
    const auto previous = runs_->find(release);
    if (previous && previous.get() != &run && !previous->running && !previous->storeFile.isEmpty())
        previous->parameters.reset();
    weightsRunId_ = run.id;
    weightsLoad_.start(run.storeFile); // a read under way for another run ends
    emit readingStarted(Reading::RunWeights, run.storeFile);
}

void RunController::takeWeights(const QString& path, std::shared_ptr<SavedModel> model, const QString& error) {
    const auto run = runs_->find(weightsRunId_);
    const bool arrived = model && run && run->storeFile == path && !run->parameters;
    if (arrived) {
        run->parameters = std::make_shared<const Parameters>(std::move(model->parameters));
        fitToOpenData(*run);
        runs_->changed(run->id);
    }
    emit readingFinished(Reading::RunWeights, path, error, !model && error.isEmpty());
    if (!error.isEmpty())
        emit problem(tr("Cannot open the run"), error);
    if (arrived)
        emit runChanged(run->id);
}

int RunController::loadModel(const QString& path) {
    return addLoadedModel(loadModelIsolated(path.toStdString()), path);
}

void RunController::loadModelFile(const QString& path) {
    modelLoad_.start(path);
    emit readingStarted(Reading::Model, path);
}

int RunController::addLoadedModel(SavedModel model, const QString& path) {
    TrainedRun run = fromSavedModel(std::move(model));
    run.name = QFileInfo(path).fileName();
    run.modelFile = path;
    fitToOpenData(run); // measured on the open data, unless its file says where it was measured
    const int id = addRun(std::move(run));
    keep(*runs_->find(id));
    setCurrentRun(id);
    return id;
}

void RunController::importRunsFile(const QString& path) {
    bundleLoad_.start(path);
    emit readingStarted(Reading::Runs, path);
}

void RunController::addImportedRuns(std::vector<SavedModel> models, const QString& path) {
    std::vector<SavedModel> here; // the table's runs as their files describe them
    for (const auto& run : runs_->runs())
        if (!run->running)
            here.push_back(describeRun(*run));
    int added = 0, alreadyThere = 0, last = 0;
    for (SavedModel& model : models) {
        if (std::any_of(here.begin(), here.end(), [&](const SavedModel& run) { return sameRun(run, model); })) {
            ++alreadyThere; // imported before, or trained here
            continue;
        }
        Parameters weights = std::move(model.parameters);
        here.push_back(model); // a bundle holding one run twice adds it once
        model.parameters = std::move(weights);
        TrainedRun run = fromSavedModel(std::move(model));
        fitToOpenData(run);
        last = addRun(std::move(run));
        keep(*runs_->find(last));
        ++added;
    }
    if (last)
        setCurrentRun(last);
    emit runsImported(path, added, alreadyThere);
}

void RunController::saveRun(int id, const QString& path) {
    const auto run = runs_->find(id);
    if (!run || !run->hasModel())
        throw std::runtime_error(tr("Train a model or select a run first.").toStdString());
    checkWritable(path.toStdString()); // now, so that what is wrong shows at once
    // Kept on disk only: the saver reads the weights from the kept file.
    saver_->save({id, path, describeRun(*run), run->parameters, run->parameters ? QString() : run->storeFile});
}

bool RunController::isSaving() const {
    return saver_->isSaving();
}

void RunController::finishSavesNow() {
    saver_->waitForAll();
}

bool RunController::removeRun(int id) {
    const auto run = runs_->find(id);
    if (!run || run->running)
        return false;
    undo_->push(new RemoveRunCommand(this, id));
    return true;
}

std::shared_ptr<TrainedRun> RunController::detachRun(int id, int& row) {
    row = runs_->rowOf(id);
    auto run = runs_->take(id);
    if (!run)
        return nullptr;
    emit runRemoved(id);
    if (currentRunId_ == id)
        setCurrentRun(runs_->idAt(std::min(row, runs_->rowCount() - 1)));
    return run;
}

void RunController::reattachRun(std::shared_ptr<TrainedRun> run, int row) {
    if (!run)
        return;
    const int id = run->id;
    const bool unkept = run->storeFile.isEmpty() && run->parameters; // removed while it was being kept
    runs_->insert(std::move(run), row);
    if (unkept)
        keep(*runs_->find(id));
    emit runChanged(id);
    setCurrentRun(id);
}

void RunController::keep(const TrainedRun& run) {
    keeper_->keep(run);
}

void RunController::onSaved(int id, const QString& path, const QString& error) {
    if (!keeper_->takeSaved(id, path, error))
        emit saveFinished(id, path, error);
}

void RunController::restoreRuns() {
    keeper_->restore(data_, dataIdentity_);
}

bool RunController::isRestoring() const {
    return keeper_->isRestoring();
}

void RunController::announceState() {
    if (data_)
        emit datasetChanged();
    if (isTraining())
        emit trainingStarted(activeRunId_);
    for (const auto& run : runs_->runs())
        emit runChanged(run->id);
    emit pauseChanged();
    emit currentRunChanged(currentRunId_);
}

} // namespace catnet::ui
