#include "dataset_loader.h"

#include "isolated_reader.h"

namespace catnet::ui {

DatasetLoader::~DatasetLoader() {
    halt();
}

void DatasetLoader::start(const QString& directory) {
    stop();
    loading_ = true;
    directory_ = directory;
    const int generation = ++generation_;
    worker_ = std::jthread([this, directory, generation](std::stop_token stop) {
        std::shared_ptr<const Dataset> data;
        QString error;
        try {
            data = std::make_shared<const Dataset>(loadCourseDatasetIsolated(directory.toStdString(), stop));
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        const bool wasStopped = stop.stop_requested();
        // Back on the loader's thread; a result of a start() since replaced is dropped.
        QMetaObject::invokeMethod(
            this,
            [this, directory, data = std::move(data), error, generation, wasStopped]() mutable {
                if (generation != generation_)
                    return;
                loading_ = false;
                if (wasStopped) {
                    emit stopped(directory);
                } else if (data) {
                    dataset_ = std::move(data);
                    emit loaded(directory);
                } else {
                    emit failed(directory, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void DatasetLoader::stop() {
    if (halt())
        emit stopped(directory_);
}

bool DatasetLoader::halt() {
    if (worker_.joinable()) {
        worker_.request_stop(); // the reader process is ended at once
        worker_.join();
    }
    const bool wasLoading = loading_;
    loading_ = false;
    ++generation_; // a result already queued is dropped
    return wasLoading;
}

} // namespace catnet::ui
