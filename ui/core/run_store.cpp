#include "ui/core/run_store.h"

#include "engine/io/atomic_file.h"
#include "engine/io/isolated_reader.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <stdexcept>

namespace catnet::ui {

QString RunStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/runs";
}

QString RunStore::save(const TrainedRun& run) const {
    if (!enabled())
        return {};
    if (!run.parameters)
        throw std::invalid_argument("the run has no parameters to keep");
    const QString file = prepareFile(run);
    saveModel(file.toStdString(), *run.parameters, describeRun(run));
    return file;
}

QString RunStore::prepareFile(const TrainedRun& run) const {
    if (!QDir().mkpath(directory_))
        throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(directory_).toStdString());
    // Time first so that a plain name sort restores the runs in the order they ran.
    const QString file = run.storeFile.isEmpty()
                             ? QStringLiteral("%1/run-%2-%3.h5")
                                   .arg(directory_, QDateTime::currentDateTimeUtc().toString("yyyyMMdd-HHmmss-zzz"))
                                   .arg(run.id)
                             : run.storeFile;
    return file;
}

void RunStore::remove(const QString& file) const {
    if (enabled() && !file.isEmpty())
        QFile::remove(file);
}

QStringList RunStore::files() const {
    QStringList files;
    if (!enabled())
        return files;
    const QDir folder(directory_);
    removeStaleTemporaries(directory_.toStdString()); // what killed saves left behind
    for (const QString& name : folder.entryList({"run-*.h5"}, QDir::Files, QDir::Name))
        files << folder.filePath(name);
    return files;
}

RunStore::Restored RunStore::loadAll() const {
    Restored restored;
    for (const QString& file : files()) {
        try {
            // Diverged runs may hold non-finite weights; they are still part of the record.
            TrainedRun run = fromSavedModel(loadModelIsolated(file.toStdString(), true));
            run.storeFile = file;
            restored.runs.push_back(std::move(run));
        } catch (const std::exception& e) {
            restored.problems << QString::fromStdString(e.what());
        }
    }
    return restored;
}

} // namespace catnet::ui
