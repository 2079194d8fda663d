#include "ui/core/dataset_loader.h"

#include "engine/io/isolated_reader.h"

namespace catnet::ui {

DatasetLoader::DatasetLoader(QObject* parent)
    : QObject(parent),
      job_(decltype(job_)::oneByOne([this](std::shared_ptr<const Dataset>& data) { dataset_ = std::move(data); }),
           [this](const std::string& failure) {
               if (failure.empty())
                   emit loaded(directory_);
               else
                   emit failed(directory_, QString::fromStdString(failure));
           }) {}

void DatasetLoader::start(const QString& directory) {
    stop();
    directory_ = directory;
    dataset_.reset();
    job_.start([path = directory.toStdString()](std::stop_token stop, const auto& post) {
        post(std::make_shared<const Dataset>(loadCourseDatasetIsolated(path, stop)));
    });
}

void DatasetLoader::stop() {
    if (job_.cancel()) // the reader process is ended at once; what it produced is dropped
        emit stopped(directory_);
}

} // namespace catnet::ui
