#pragma once

#include "engine/io/data_identity.h"
#include "engine/io/dataset.h"
#include "ui/core/run_store.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace catnet::ui {

class ModelSaver;
class RunLoader;
class RunsModel;
struct TrainedRun;

// Keeps the runs of the runs table across sessions: writes each finished run to the
// run store in the background (through the shared ModelSaver), reads the kept runs back
// at start, and evaluates kept runs (weights on disk only) again when the data set
// changes. It adds and updates rows of the RunsModel and says which run changed; the
// RunController decides when to keep and restore. No widgets here.
class RunKeeper : public QObject {
    Q_OBJECT
public:
    // `storeDirectory` empty: nothing is kept.
    RunKeeper(const QString& storeDirectory, RunsModel* runs, ModelSaver* saver, QObject* parent = nullptr);
    ~RunKeeper() override;

    // Writes a run with weights in memory to the store; runChanged (with storeFile set)
    // or runNotKept tells how it went.
    void keep(const TrainedRun& run);
    // A file of a run the learner removed for good.
    void discard(const QString& file) const { store_.remove(file); }

    // Reads every kept run in the background, adding each to the table with the numbers
    // its file records, measured on `data` (known as `identity`) when it records none or
    // was measured on this very data.
    void restore(std::shared_ptr<const Dataset> data, DataIdentity identity);
    bool isRestoring() const { return restoreDone_ < restoreTotal_; }
    // `data` is open now: every run whose weights are only on disk and that has no numbers
    // of its own, or was measured on `data` but holds only its accuracies, is measured on
    // it in the background; runs with weights in memory are the caller's to evaluate.
    void reevaluate(std::shared_ptr<const Dataset> data, DataIdentity identity);
    // Evaluates on the open data, into their open-data columns, the runs whose weights are
    // only on disk and that were measured on other data; returns how many.
    int evaluateOnOpenData();

    // Whether a save of the shared saver is one of the keeper's (else it is the learner's).
    bool isKeeping(const QString& path) const { return keeping_.contains(path); }
    // Takes the end of one of the keeper's saves; false when the save was not one of them.
    // The saver's owner routes every save's end (ModelSaver::finished) through here.
    bool takeSaved(int id, const QString& path, const QString& error);

signals:
    void runChanged(int id); // added, kept or evaluated again
    void runNotKept(int id, const QString& reason);
    void restoreProgress(int done, int total);
    // Every kept run has been read; `problems` names each file that was skipped and why.
    void restoreFinished(const QStringList& problems);

private:
    void takeLoadedRuns();

    RunStore store_;
    RunsModel* runs_;
    ModelSaver* saver_;
    std::unique_ptr<RunLoader> loader_;
    std::shared_ptr<const Dataset> data_; // the data set open now
    DataIdentity identity_;
    QSet<QString> keeping_; // run store files being written
    int restoreTotal_ = 0;
    int restoreDone_ = 0;
    QStringList restoreProblems_;
};

} // namespace catnet::ui
