#pragma once

#include "engine/io/photo_import.h"
#include "ui/core/background_job.h"

#include <QObject>

#include <filesystem>
#include <optional>

namespace catnet::ui {

// Imports folders of photos (engine/io/photo_import.h) and writes the data set
// (dataset_writer.h) as a background job (background_job.h), both cores decoding.
// Nothing is written when it is stopped or fails.
class ImportSession : public QObject {
    Q_OBJECT
public:
    explicit ImportSession(QObject* parent = nullptr);

    // False if an import is already running.
    bool start(ImportOptions options, std::filesystem::path outputFolder);
    void stop() { job_.requestStop(); }
    bool isRunning() const { return job_.isRunning(); }
    // What the last import produced (its data set is written to the output folder).
    const std::optional<ImportResult>& result() const { return result_; }

signals:
    void progress(int done, int total);
    // Ended: written (`error` empty, not stopped), stopped, or failed with `error`.
    void finished(bool stopped, const QString& error);

private:
    // Progress (photos done of total), or the import's result once it has ended.
    struct Mail {
        std::size_t done = 0, total = 0;
        std::optional<ImportResult> result;
    };

    std::optional<ImportResult> handed_; // the ended import's, until `finished` says how it ended
    std::optional<ImportResult> result_;
    BackgroundJob<Mail> job_;
};

} // namespace catnet::ui
