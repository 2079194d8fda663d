#pragma once

#include "ui/core/batch_prediction_model.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <mutex>
#include <thread>

namespace catnet::ui {

// Reads many photos in the background (two threads, the prediction path's loadPhoto) and
// hands them to the UI thread in batches, as they come: files given, and the files
// directly inside folders given, in name order. Destruction stops and joins.
class PhotoBatchReader : public QObject {
    Q_OBJECT
public:
    explicit PhotoBatchReader(QObject* parent = nullptr);
    ~PhotoBatchReader() override;

    // The files `paths` stand for: files as they are, folders as their files (sorted,
    // hidden ones left out). Throws std::invalid_argument for a folder that cannot be read.
    static QStringList expand(const QStringList& paths);

    // Stops a read under way and starts this one.
    void start(const QStringList& files);
    void stop();
    bool isRunning() const { return running_; }

signals:
    void photosRead(std::vector<catnet::ui::BatchPredictionModel::Photo>& photos);
    void finished(int read, int total);

private:
    void poll();

    std::mutex mutex_;
    std::vector<BatchPredictionModel::Photo> pending_;
    int done_ = 0;
    bool workerDone_ = false;

    int total_ = 0;
    bool running_ = false;
    QTimer* poll_;
    std::jthread worker_;
};

} // namespace catnet::ui
