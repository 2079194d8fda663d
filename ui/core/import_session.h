#pragma once

#include "engine/io/photo_import.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

namespace catnet::ui {

// Imports folders of photos (engine/photo_import.h) and writes the data set
// (dataset_writer.h) on a worker thread, both cores decoding; progress is polled by a
// timer on the UI thread, as in SweepSession. Nothing is written when it is stopped or
// fails. Destruction stops and joins the worker.
class ImportSession : public QObject {
    Q_OBJECT
public:
    explicit ImportSession(QObject* parent = nullptr);
    ~ImportSession() override;

    // False if an import is already running.
    bool start(ImportOptions options, std::filesystem::path outputFolder);
    void stop();
    bool isRunning() const { return running_; }
    // What the last import produced (its data set is written to the output folder).
    const std::optional<ImportResult>& result() const { return result_; }

signals:
    void progress(int done, int total);
    // Ended: written (`error` empty, not stopped), stopped, or failed with `error`.
    void finished(bool stopped, const QString& error);

private:
    void poll();

    std::atomic<std::size_t> done_{0}, total_{0};
    std::mutex mutex_; // what the worker hands over
    std::optional<ImportResult> handed_;
    std::string error_;
    bool workerDone_ = false;

    std::optional<ImportResult> result_;
    bool running_ = false;
    QTimer* poll_;
    std::jthread worker_;
};

} // namespace catnet::ui
