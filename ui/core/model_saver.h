#pragma once

#include "engine/io/model_io.h"
#include "ui/core/background_job.h"

#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

namespace catnet::ui {

// Writes model files as background jobs (background_job.h), one after another, so that
// saving a big run (a gigabyte of weights takes seconds) never freezes the window. Each
// save reports how far it got and how it ended. Destruction finishes the saves under
// way and queued: nothing asked to be saved is dropped.
class ModelSaver : public QObject {
    Q_OBJECT
public:
    struct Job {
        int runId = 0;
        QString path;
        SavedModel description;                       // everything but the weights
        std::shared_ptr<const Parameters> parameters; // the weights, shared, never copied;
        QString readFrom;                             // or, when null, read from this model file
    };

    explicit ModelSaver(QObject* parent = nullptr);
    ~ModelSaver() override;

    void save(Job job);
    // A save queued, under way, or finished and not yet reported.
    bool isSaving() const { return current_.has_value(); }
    // Blocks until every save is written and reported (for closing).
    void waitForAll();

signals:
    void progress(int runId, const QString& path, double share);
    // `error` is empty when the file was written.
    void finished(int runId, const QString& path, const QString& error);

private:
    void startNext();

    std::deque<Job> queue_;
    std::optional<Job> current_; // the save under way
    BackgroundJob<double> job_;  // mail: the share of the weights written
};

} // namespace catnet::ui
