#include "ui/core/import_session.h"

#include "engine/io/dataset_writer.h"
#include "photo/photo_loader.h"

namespace catnet::ui {

namespace {
constexpr int kPollMilliseconds = 40;
}

ImportSession::ImportSession(QObject* parent) : QObject(parent), poll_(new QTimer(this)) {
    poll_->setInterval(kPollMilliseconds);
    connect(poll_, &QTimer::timeout, this, &ImportSession::poll);
}

ImportSession::~ImportSession() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
}

bool ImportSession::start(ImportOptions options, std::filesystem::path outputFolder) {
    if (running_)
        return false;
    if (worker_.joinable())
        worker_.join();
    done_ = 0;
    total_ = 0;
    {
        const std::lock_guard lock(mutex_);
        handed_.reset();
        error_.clear();
        workerDone_ = false;
    }
    result_.reset();
    running_ = true;
    poll_->start();
    worker_ = std::jthread([this, options = std::move(options), out = std::move(outputFolder)](std::stop_token stop) {
        std::optional<ImportResult> result;
        std::string error;
        try {
            // The same path as a dropped photo: each stored image is what Predict would see.
            const PhotoDecoder decode = [](const std::filesystem::path& file) {
                return loadPhoto(QString::fromStdString(file.string())).pixels;
            };
            result = importPhotoFolders(options, decode,
                                        [this](std::size_t done, std::size_t total) {
                                            total_ = total;
                                            done_ = done;
                                        },
                                        stop);
            if (!result->stopped)
                saveCourseDataset(out, result->data);
        } catch (const std::bad_alloc&) {
            error = "ran out of memory; import fewer photos";
        } catch (const std::exception& e) {
            error = e.what();
        }
        const std::lock_guard lock(mutex_);
        handed_ = std::move(result);
        error_ = std::move(error);
        workerDone_ = true;
    });
    return true;
}

void ImportSession::stop() {
    if (worker_.joinable())
        worker_.request_stop();
}

void ImportSession::poll() {
    emit progress(int(done_), int(total_));
    std::optional<ImportResult> result;
    QString error;
    {
        const std::lock_guard lock(mutex_);
        if (!workerDone_)
            return;
        result = std::move(handed_);
        error = QString::fromStdString(error_);
    }
    poll_->stop();
    running_ = false;
    const bool stopped = result && result->stopped;
    if (error.isEmpty() && !stopped)
        result_ = std::move(result);
    emit finished(stopped, error);
}

} // namespace catnet::ui
