#include "ui/core/model_saver.h"

#include "engine/io/isolated_reader.h"

#include <QTimer>

namespace catnet::ui {

namespace {
constexpr int kReportMilliseconds = 40;
}

ModelSaver::ModelSaver(QObject* parent)
    : QObject(parent), reportTimer_(new QTimer(this)), worker_([this](std::stop_token stop) { work(stop); }) {
    reportTimer_->setInterval(kReportMilliseconds);
    connect(reportTimer_, &QTimer::timeout, this, &ModelSaver::handOutReports);
}

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
    reportTimer_->start();
}

void ModelSaver::waitForAll() {
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return queue_.empty() && !writing_; });
    }
    handOutReports();
}

void ModelSaver::handOutReports() {
    std::vector<Report> reports;
    {
        const std::lock_guard lock(mutex_);
        reports.swap(reports_);
    }
    for (const Report& report : reports) {
        if (!report.error) {
            emit progress(report.runId, report.path, report.share);
            continue;
        }
        --unreported_;
        emit finished(report.runId, report.path, *report.error);
    }
    if (unreported_ == 0)
        reportTimer_->stop();
}

void ModelSaver::report(Report report) {
    const std::lock_guard lock(mutex_);
    reports_.push_back(std::move(report));
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
    QString error;
    try {
        std::shared_ptr<const Parameters> weights = job.parameters;
        if (!weights) // a run kept on disk: its weights are read here, not in the window
            weights = std::make_shared<const Parameters>(loadModelIsolated(job.readFrom.toStdString(), true).parameters);
        int reportedPercent = -1;
        saveModel(job.path.toStdString(), *weights, job.description, [&](double share) {
            if (const int percent = int(share * 100); percent != reportedPercent) {
                reportedPercent = percent;
                report({job.runId, job.path, share, std::nullopt});
            }
        });
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    report({job.runId, job.path, 1.0, error});
}

} // namespace catnet::ui
