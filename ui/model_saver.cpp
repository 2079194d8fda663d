#include "model_saver.h"

#include "isolated_reader.h"

#include <QCoreApplication>
#include <QEvent>

namespace catnet::ui {

ModelSaver::ModelSaver(QObject* parent)
    : QObject(parent), worker_([this](std::stop_token stop) { work(stop); }) {}

ModelSaver::~ModelSaver() {
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return queue_.empty() && !writing_; });
    }
    worker_.request_stop();
    worker_.join();
}

void ModelSaver::save(Job job) {
    ++unreported_;
    {
        const std::lock_guard lock(mutex_);
        queue_.push_back(std::move(job));
    }
    changed_.notify_all();
}

void ModelSaver::waitForAll() {
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return queue_.empty() && !writing_; });
    }
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // the reports the worker posted
}

void ModelSaver::work(std::stop_token stop) {
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            if (!changed_.wait(lock, stop, [this] { return !queue_.empty(); }))
                return; // stopped, with nothing left to write
            job = std::move(queue_.front());
            queue_.pop_front();
            writing_ = true;
        }
        write(job);
        {
            const std::lock_guard lock(mutex_);
            writing_ = false;
        }
        changed_.notify_all();
    }
}

void ModelSaver::write(const Job& job) {
    const int id = job.runId;
    const QString path = job.path;
    QString error;
    try {
        std::shared_ptr<const Parameters> weights = job.parameters;
        if (!weights) // a run kept on disk: its weights are read here, not in the window
            weights = std::make_shared<const Parameters>(loadModelIsolated(job.readFrom.toStdString(), true).parameters);
        int reportedPercent = -1;
        saveModel(path.toStdString(), *weights, job.description, [&](double share) {
            const int percent = int(share * 100);
            if (percent == reportedPercent)
                return;
            reportedPercent = percent;
            QMetaObject::invokeMethod(this, [this, id, path, share] { emit progress(id, path, share); },
                                      Qt::QueuedConnection);
        });
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this, id, path, error] {
            --unreported_;
            emit finished(id, path, error);
        },
        Qt::QueuedConnection);
}

} // namespace catnet::ui
