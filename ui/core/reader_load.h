#pragma once

#include "ui/core/background_job.h"

#include <QString>

#include <functional>
#include <memory>
#include <stop_token>
#include <string>

namespace catnet::ui {

// One file or folder read by the reader process (engine/io/isolated_reader.h) on a
// worker thread, so that the window stays responsive while it reads (a 2 GB model takes
// minutes from a slow stick) and the learner can stop it: a data set folder, a model
// file. One read at a time: a new one replaces the one under way.
template <class Result>
class ReaderLoad {
public:
    // Reads `path` (native, as std::string); throws with the reason.
    using Read = std::function<Result(const std::string& path, std::stop_token stop)>;
    // On the UI thread, once: the result when read (the receiver may move from it); no
    // result and an empty error when stopped; no result and the reason when it failed.
    using Ended = std::function<void(const QString& path, std::shared_ptr<Result> result, const QString& error)>;

    ReaderLoad(Read read, Ended ended)
        : read_(std::move(read)), ended_(std::move(ended)),
          job_(Job::oneByOne([this](std::shared_ptr<Result>& result) { result_ = std::move(result); }),
               [this](const std::string& failure) {
                   ended_(path_, failure.empty() ? std::move(result_) : nullptr, QString::fromStdString(failure));
               }) {}

    void start(const QString& path) {
        stop();
        path_ = path;
        result_.reset();
        job_.start([read = read_, file = path.toStdString()](std::stop_token stop, const auto& post) {
            post(std::make_shared<Result>(read(file, stop)));
        });
    }
    // Ends the read under way: the reader process is ended at once and what it produced
    // dropped; `ended` says it was stopped. Whether one was under way.
    bool stop() {
        if (!job_.cancel())
            return false;
        result_.reset();
        ended_(path_, nullptr, {});
        return true;
    }
    bool isLoading() const { return job_.isRunning(); }
    const QString& path() const { return path_; }

private:
    using Job = BackgroundJob<std::shared_ptr<Result>>;
    const Read read_;
    const Ended ended_;
    QString path_;
    std::shared_ptr<Result> result_;
    Job job_; // last: stopped before the rest goes
};

} // namespace catnet::ui
