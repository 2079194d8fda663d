#include "ui/core/photo_batch_reader.h"

#include "engine/io/photo_import.h"
#include "photo/photo_loader.h"

#include <QFileInfo>

#include <atomic>

namespace catnet::ui {

namespace {
constexpr int kPollMilliseconds = 50;
}

PhotoBatchReader::PhotoBatchReader(QObject* parent) : QObject(parent), poll_(new QTimer(this)) {
    poll_->setInterval(kPollMilliseconds);
    connect(poll_, &QTimer::timeout, this, &PhotoBatchReader::poll);
}

PhotoBatchReader::~PhotoBatchReader() {
    stop();
}

QStringList PhotoBatchReader::expand(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        for (const std::filesystem::path& file : filesInFolder(path.toStdString(), "photo"))
            files << QString::fromStdString(file.string());
    }
    return files;
}

void PhotoBatchReader::start(const QStringList& files) {
    stop();
    {
        const std::lock_guard lock(mutex_);
        pending_.clear();
        done_ = 0;
        workerDone_ = false;
    }
    total_ = int(files.size());
    running_ = true;
    poll_->start();
    worker_ = std::jthread([this, files](std::stop_token stop) {
        std::atomic<int> next{0};
        const auto work = [&] {
            for (int i = next++; i < files.size() && !stop.stop_requested(); i = next++) {
                BatchPredictionModel::Photo photo;
                photo.path = files[i];
                try {
                    photo.pixels = loadPhoto(files[i]).pixels;
                } catch (const std::exception& e) {
                    photo.problem = QString::fromStdString(e.what());
                }
                const std::lock_guard lock(mutex_);
                pending_.push_back(std::move(photo));
                ++done_;
            }
        };
        {
            std::jthread helper(work);
            work();
        }
        const std::lock_guard lock(mutex_);
        workerDone_ = true;
    });
}

void PhotoBatchReader::stop() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
    poll_->stop();
    running_ = false;
}

void PhotoBatchReader::poll() {
    std::vector<BatchPredictionModel::Photo> batch;
    bool done = false;
    int read = 0;
    {
        const std::lock_guard lock(mutex_);
        batch.swap(pending_);
        done = workerDone_;
        read = done_;
    }
    if (!batch.empty())
        emit photosRead(batch);
    if (done) {
        poll_->stop();
        running_ = false;
        emit finished(read, total_);
    }
}

} // namespace catnet::ui
