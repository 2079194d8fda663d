#pragma once

#include "engine/io/model_io.h"

#include <QObject>
#include <QString>

class QTimer;

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace catnet::ui {

// Writes model files on a worker thread, one after another, so that saving a big run
// (a gigabyte of weights takes seconds) never freezes the window. Each save reports
// how far it got and how it ended; both signals arrive on the thread that owns the
// saver. Destruction finishes the saves under way and queued: nothing asked to be
// saved is dropped. As everywhere in catnet, the worker is plain C++: it leaves its
// reports under the queue's mutex, and a timer on the owner's thread hands them out
// (ThreadSanitizer sees that hand-over; it cannot see Qt's event queue).
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
    bool isSaving() const { return unreported_ > 0; }
    // Blocks until every save is written and reported (for closing).
    void waitForAll();

signals:
    void progress(int runId, const QString& path, double share);
    // `error` is empty when the file was written.
    void finished(int runId, const QString& path, const QString& error);

private:
    struct Report {
        int runId = 0;
        QString path;
        double share = 0.0;
        std::optional<QString> error; // set: finished (empty: written)
    };
    void work(std::stop_token stop);
    void write(const Job& job);
    void report(Report report);
    void handOutReports();

    std::mutex mutex_;
    std::condition_variable_any changed_;
    std::deque<Job> queue_;
    std::vector<Report> reports_;
    QTimer* reportTimer_;
    bool writing_ = false;
    int unreported_ = 0; // UI thread only
    std::jthread worker_;
};

} // namespace catnet::ui
