#pragma once

#include "engine/io/run_bundle.h"
#include "ui/core/background_job.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace catnet::ui {

class RunsModel;

// Writes runs of the runs table as one bundle (File → Export runs…, engine/io/run_bundle.h)
// as a background job: the weights of runs kept only on disk are read first (through the
// reader process), then the bundle is written all or nothing (closing the window midway
// leaves no file; the runs are all still in the table). No widgets here.
class RunBundler : public QObject {
    Q_OBJECT
public:
    explicit RunBundler(QObject* parent = nullptr);

    // Starts writing the runs `ids` of `runs` (those with weights, not training) to `path`;
    // a bundle under way is stopped first. Throws std::runtime_error when none can go.
    void start(const RunsModel& runs, const std::vector<int>& ids, const QString& path);
    bool isWriting() const { return job_.isRunning(); }

signals:
    // `done` of `total` runs read (weights on disk) or written.
    void progress(int done, int total);
    // `error` is empty when the bundle was written; `count` runs went in.
    void finished(const QString& path, int count, const QString& error);

private:
    struct Job {
        BundledRun run;
        QString readFrom; // the kept file, when the weights are on disk only
    };
    BackgroundJob<int> job_; // mail: runs read or written so far
    QString path_;
    int total_ = 0;
};

} // namespace catnet::ui
