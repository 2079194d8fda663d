#pragma once

#include "engine/inspect/projection.h"
#include "engine/io/dataset.h"
#include "engine/training/iteration_gate.h"
#include "engine/training/training_types.h"
#include "engine/io/model_io.h"
#include "ui/core/reader_load.h"
#include "ui/core/runs_model.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QTimer;
class QUndoStack;

namespace catnet::ui {

class ModelSaver;
class RunKeeper;
class TrainingSession;
struct SessionResult;

// Owns what the window shows and never draws it: the dataset, the runs table's model
// and the training worker. It starts, stops, finishes, evaluates and removes runs (with
// undo), saves them where the learner asks, has the RunKeeper keep and restore them
// between sessions, and says what changed; the tabs and the training column read from
// it. No widgets here.
class RunController : public QObject {
    Q_OBJECT
public:
    // What the reader process reads in the background (readingStarted, readingFinished).
    // RunWeights: the weights of a kept run that became current (a large one takes a while);
    // Runs: a bundle of runs (File → Import runs…).
    enum class Reading { DataSet, Model, RunWeights, Runs };
    Q_ENUM(Reading)

    // `runStoreDirectory` empty: runs are not kept between sessions.
    explicit RunController(const QString& runStoreDirectory, QObject* parent = nullptr);
    ~RunController() override;

    // ---- data ----
    // The course's two files from `directory`, parsed in a child process. Throws std::exception.
    void openDatasetFolder(const QString& directory);
    // The same on a worker thread, for a large set: readingFinished says how it ended
    // (the set is in when `error` is empty and it was not stopped).
    void loadDatasetFolder(const QString& directory);
    // Ends the data set or model read under way; what is in use stays.
    void stopLoading();
    bool isLoading() const;
    // The train and test files picked one by one (see loadDatasetFiles). Throws std::exception.
    void openDatasetFiles(const QStringList& files);
    // The pictures drawn in code (synthetic_dataset.h); `reason` says why, in the status bar.
    void useBuiltInDataset(const QString& reason);
    void setDataset(std::shared_ptr<const Dataset> data, const QString& description, bool builtIn);
    std::shared_ptr<const Dataset> dataset() const { return data_; }
    QString datasetDescription() const { return dataDescription_; }
    bool isBuiltInDataset() const { return builtIn_; }
    // Which data set is open: runs measured on another keep their numbers (TrainedRun).
    const DataIdentity& dataIdentity() const { return dataIdentity_; }

    // ---- training ----
    // Starts a run; false (with problem()) when one is already training or there is no data.
    // `paused`: it waits before iteration 0.
    bool startTraining(const TrainConfig& config, bool paused = false);
    void stopTraining();
    // Frames (SPEC §9) recorded by runs started while a view wants them (the Projector
    // shown): those of the run training now, or of the last one; null for other runs.
    void setFramesWanted(bool wanted);
    const std::vector<ActivationFrame>* recordedFrames(int runId) const;
    bool isTraining() const;
    // Pause holds the running run between two iterations without ending it; Step runs one
    // iteration of the paused run, or starts `config` paused and runs its iteration 0.
    // pauseChanged says when the run has reached its pause (pausedAt) or runs again.
    void pauseTraining();
    void resumeTraining();
    bool stepTraining(const TrainConfig& config);
    // Pause was asked for and the run has not been resumed: it is paused, or will be
    // after the current iteration (pausedAt() says which).
    bool isPauseRequested() const;
    std::optional<IterationGate::Pause> pausedAt() const { return pausedAt_; }
    // While paused right after one iteration (Step, or the first pause of a run): that
    // iteration, with the parameters it started from, so that Inside shows the iteration
    // just run in the course's numbering (Step from a fresh start: iteration 0, cost
    // 0.693050 for the 2-layer model). Empty when it is not known.
    std::optional<IterationGate::Pause> lastStep() const { return lastStep_; }
    // Ends a run now (stop, wait one iteration, take its result in), for closing.
    void finishTrainingNow();
    int activeRunId() const { return activeRunId_; }
    // Seconds since the active run started.
    double activeSeconds() const;

    // ---- runs trained elsewhere ----
    // Adds a run trained elsewhere (a sweep's cell), evaluated on the current data, kept
    // and made current; returns its id.
    int addFinishedRun(const TrainConfig& config, TrainResult result, const QString& name);

    // ---- runs ----
    RunsModel* runs() const { return runs_; }
    // Evaluates every run measured on another data set on the open one, into its own
    // columns (openTrainEvaluation, ...): at once for weights in memory, in the background
    // for runs kept on disk (runChanged says when each is done). Returns how many.
    int evaluateOnOpenData();
    std::shared_ptr<const TrainedRun> run(int id) const { return runs_->find(id); }
    int currentRunId() const { return currentRunId_; }
    std::shared_ptr<const TrainedRun> currentRun() const { return runs_->find(currentRunId_); }
    void setCurrentRun(int id);
    // Reads a model file (in a child process), evaluates it on the current data, keeps it
    // and makes it current; returns its id. Throws std::exception with a message.
    int loadModel(const QString& path);
    // The same on a worker thread (a large model takes minutes to read, and can be
    // stopped): readingFinished says how it ended; the model is the current run then.
    void loadModelFile(const QString& path);
    // Reads a bundle of runs (engine/io/run_bundle.h) on a worker thread, through the reader
    // process. Each run not already in the table comes in with its name, its number (and so
    // its colour) when that is free, and its numbers; it is kept, and the last one becomes
    // current. runsImported says how many came in; a damaged bundle adds none
    // (readingFinished's error says why).
    void importRunsFile(const QString& path);
    // Starts writing a run as a model file in the background (saveProgress, then
    // saveFinished). Throws std::exception with a message for what is wrong at once:
    // no such run, a missing folder, a target that is not a regular file.
    void saveRun(int id, const QString& path);
    // Saves (and keeps) under way or not yet reported.
    bool isSaving() const;
    // Waits until every save is written and reported (for closing).
    void finishSavesNow();
    // Removes a run as an undoable step; its kept file goes once the removal can no
    // longer be undone (the undo stack dropped it, or the controller is gone). A training
    // run cannot be removed.
    bool removeRun(int id);
    // Removing runs and, by the window, editing the network form (QtGui, no widgets).
    QUndoStack* undoStack() const { return undo_; }
    // Reads the kept runs back in the background: rows arrive as they are read
    // (restoreProgress), then the last becomes current and restoreFinished says which
    // files were skipped. Only what the table and the chart show stays in memory; a run's
    // weights are read again when it becomes current.
    void restoreRuns();
    bool isRestoring() const;
    // Tells what it holds as if it had just happened (datasetChanged, trainingStarted for a
    // run under way, runChanged for every run, pauseChanged, currentRunChanged): a window
    // built around a controller that already holds data and runs fills its views from it.
    void announceState();

signals:
    void datasetChanged();
    void readingStarted(catnet::ui::RunController::Reading what, const QString& path);
    void readingFinished(catnet::ui::RunController::Reading what, const QString& path, const QString& error,
                         bool stopped);
    void currentRunChanged(int id);
    void runChanged(int id); // costs grew, finished, re-evaluated
    void runRemoved(int id);
    void trainingStarted(int id);
    void trainingFinished(int id);
    // Something the learner must be told (a diverged run, a failed training).
    void problem(const QString& title, const QString& message);
    // A finished run could not be written to the run store; it is marked in the table.
    void runNotKept(int id, const QString& reason);
    void pauseChanged();
    void restoreProgress(int done, int total);
    void saveProgress(int id, const QString& path, double share);
    // A save asked for with saveRun ended; `error` is empty when the file was written.
    void saveFinished(int id, const QString& path, const QString& error);
    // A bundle was read: `added` runs came in, `alreadyThere` were in the table already.
    void runsImported(const QString& path, int added, int alreadyThere);
    // Every kept run has been read; `problems` names each file that was skipped and why.
    void restoreFinished(const QStringList& problems);

private:
    friend class RemoveRunCommand;
    int addRun(TrainedRun run);
    // Takes a run out of the table (file kept), and puts it back.
    std::shared_ptr<TrainedRun> detachRun(int id, int& row);
    void reattachRun(std::shared_ptr<TrainedRun> run, int row);
    // The run's weights are in memory and take the open data's features.
    bool fits(const TrainedRun& run) const;
    // Notes whether the run was measured on the open data, and measures it there when it
    // has no numbers of its own yet, or they lack the probabilities views of images need.
    void fitToOpenData(TrainedRun& run) const;
    // Its own numbers, measured on the open data.
    void measure(TrainedRun& run) const;
    // Writes a finished run to the run store in the background (RunKeeper).
    void keep(const TrainedRun& run);
    void onSaved(int id, const QString& path, const QString& error);
    void takeNewCosts();
    void checkPause();
    // Reads the weights of a run kept on disk in the background (readingStarted, then
    // runChanged when they are in), and lets go of those of `release`.
    void openWeights(TrainedRun& run, int release);
    void takeWeights(const QString& path, std::shared_ptr<SavedModel> model, const QString& error);
    void onSessionFinished(SessionResult& result);
    // A model read from `path` becomes a run: evaluated, kept and made current.
    int addLoadedModel(SavedModel model, const QString& path);
    // A bundle's runs, those not in the table yet, become runs: evaluated and kept.
    void addImportedRuns(std::vector<SavedModel> models, const QString& path);

    RunsModel* runs_;
    TrainingSession* session_;
    int framesRunId_ = 0; // whose frames frames_ holds
    std::vector<ActivationFrame> frames_;
    ReaderLoad<Dataset> datasetLoad_;
    ReaderLoad<SavedModel> modelLoad_;
    ReaderLoad<SavedModel> weightsLoad_;
    ReaderLoad<std::vector<SavedModel>> bundleLoad_;
    int weightsRunId_ = 0; // whose weights weightsLoad_ reads
    ModelSaver* saver_;
    RunKeeper* keeper_;
    QUndoStack* undo_;
    QTimer* costTimer_;
    QElapsedTimer clock_;
    std::shared_ptr<const Dataset> data_;
    QString dataDescription_;
    DataIdentity dataIdentity_;
    bool builtIn_ = false;
    int activeRunId_ = 0;
    std::optional<IterationGate::Pause> pausedAt_;
    std::optional<IterationGate::Pause> lastPauseSeen_; // of the active run, kept while it runs on
    std::optional<IterationGate::Pause> lastStep_;
    int currentRunId_ = 0;
};

} // namespace catnet::ui
