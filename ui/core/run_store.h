#pragma once

#include "ui/core/trained_run.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace catnet::ui {

// Keeps every finished or stopped run on disk, one model file each, so the runs table
// survives a restart. Files are written atomically (saveModel writes a temporary file
// and renames it); a file that cannot be read back is skipped with a note, never
// blocking start-up.
class RunStore {
public:
    // `directory` is created on first save. Empty: no persistence at all.
    explicit RunStore(QString directory = {}) : directory_(std::move(directory)) {}

    // <AppDataLocation>/runs
    static QString defaultDirectory();

    bool enabled() const { return !directory_.isEmpty(); }
    QString directory() const { return directory_; }

    // Writes the run and returns its file. Throws std::exception with a message.
    QString save(const TrainedRun& run) const;
    // The file the run is kept in (its own, or a new name), with the folder made, for a
    // caller that writes it elsewhere (the window's background saver). Throws as save().
    QString prepareFile(const TrainedRun& run) const;
    void remove(const QString& file) const;

    // The kept run files, oldest first (and removes what killed saves left behind).
    QStringList files() const;

    struct Restored {
        std::vector<TrainedRun> runs; // oldest first
        QStringList problems;         // "file: reason" for every skipped file
    };
    // Every kept run, read now (the window reads them in the background instead, see RunLoader).
    Restored loadAll() const;

private:
    QString directory_;
};

} // namespace catnet::ui
