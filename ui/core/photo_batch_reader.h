#pragma once

#include "ui/core/background_job.h"
#include "ui/core/batch_prediction_model.h"

#include <QObject>
#include <QStringList>

namespace catnet::ui {

// Reads many photos as a background job (background_job.h; two threads, the prediction
// path's loadPhoto) and hands them to the UI thread in batches, as they come: files
// given, and the files directly inside folders given, in name order.
class PhotoBatchReader : public QObject {
    Q_OBJECT
public:
    explicit PhotoBatchReader(QObject* parent = nullptr);

    // The files `paths` stand for: files as they are, folders as their files (sorted,
    // hidden ones left out). Throws std::invalid_argument for a folder that cannot be read.
    static QStringList expand(const QStringList& paths);

    // Stops a read under way and starts this one.
    void start(const QStringList& files);
    // Ends the read under way; what it had not handed over yet is dropped.
    void stop() { job_.cancel(); }
    bool isRunning() const { return job_.isRunning(); }

signals:
    void photosRead(std::vector<catnet::ui::BatchPredictionModel::Photo>& photos);
    void finished(int read, int total);

private:
    int read_ = 0, total_ = 0;
    BackgroundJob<BatchPredictionModel::Photo> job_;
};

} // namespace catnet::ui
