#include "ui/core/dataset_loader.h"

#include "engine/io/isolated_reader.h"

#include <QTimer>

namespace catnet::ui {

DatasetLoader::DatasetLoader(QObject* parent) : QObject(parent), poll_(new QTimer(this)) {
    poll_->setInterval(kPollMilliseconds);
    connect(poll_, &QTimer::timeout, this, &DatasetLoader::poll);
}

DatasetLoader::~DatasetLoader() {
    halt();
}

void DatasetLoader::start(const QString& directory) {
    stop();
    directory_ = directory;
    worker_ = std::jthread([this, path = directory.toStdString()](std::stop_token stop) {
        Result result;
        try {
            result.data = std::make_shared<const Dataset>(loadCourseDatasetIsolated(path, stop));
        } catch (const std::exception& e) {
            result.error = QString::fromStdString(e.what());
        }
        const std::lock_guard lock(mutex_);
        result_ = std::move(result);
    });
    poll_->start();
}

void DatasetLoader::poll() {
    std::optional<Result> result;
    {
        const std::lock_guard lock(mutex_);
        result.swap(result_);
    }
    if (!result)
        return;
    poll_->stop();
    worker_.join();
    worker_ = {};
    if (result->data) {
        dataset_ = std::move(result->data);
        emit loaded(directory_);
    } else {
        emit failed(directory_, result->error);
    }
}

void DatasetLoader::stop() {
    if (halt())
        emit stopped(directory_);
}

bool DatasetLoader::halt() {
    poll_->stop();
    if (!worker_.joinable())
        return false;
    worker_.request_stop(); // the reader process is ended at once
    worker_.join();
    worker_ = {};
    const std::lock_guard lock(mutex_);
    result_.reset(); // what it produced meanwhile is dropped
    return true;
}

} // namespace catnet::ui
