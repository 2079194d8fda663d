#pragma once

#include "engine/io/dataset.h"
#include "ui/core/background_job.h"

#include <QObject>
#include <QString>

#include <memory>

namespace catnet::ui {

// Reads a data set folder on a worker thread (the course's two files, parsed by the
// reader process), so that the window stays responsive while thousands of images
// load. One load at a time: a new one replaces the one under way.
class DatasetLoader : public QObject {
    Q_OBJECT
public:
    explicit DatasetLoader(QObject* parent = nullptr);

    void start(const QString& directory);
    // Ends the load under way (stopped is emitted); nothing changes.
    void stop();
    bool isLoading() const { return job_.isRunning(); }
    // The data set of the last `loaded`, handed over once.
    std::shared_ptr<const Dataset> takeDataset() { return std::move(dataset_); }

signals:
    void loaded(const QString& directory);
    void failed(const QString& directory, const QString& error);
    void stopped(const QString& directory);

private:
    QString directory_;
    std::shared_ptr<const Dataset> dataset_;
    BackgroundJob<std::shared_ptr<const Dataset>> job_;
};

} // namespace catnet::ui
