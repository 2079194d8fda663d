#pragma once

#include "engine/inspect/gradient_check.h"
#include "engine/io/dataset.h"
#include "ui/core/background_job.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace catnet::ui {

// The gradient check (engine/inspect/gradient_check.h) as a background job
// (background_job.h): every parameter's backpropagated gradient against the numerical
// one, with progress and Stop.
class GradientCheckSession : public QObject {
    Q_OBJECT
public:
    explicit GradientCheckSession(QObject* parent = nullptr);

    // Checks these parameters on the training set; a check under way is cancelled.
    void start(std::shared_ptr<const Parameters> parameters, std::shared_ptr<const Dataset> data);
    // Asks the check to stop; it ends with a stopped result.
    void stop() { job_.requestStop(); }
    // Ends the check under way without a word.
    void cancel() { job_.cancel(); }
    bool isRunning() const { return job_.isRunning(); }

signals:
    void progress(double share);
    // The check, stopped or complete; nullptr with `error` when it failed.
    void finished(const catnet::GradientCheck* check, const QString& error);

private:
    // Progress (the share checked), or the check once it has ended.
    struct Mail {
        double share = 0.0;
        std::optional<GradientCheck> check;
    };

    std::optional<GradientCheck> check_;
    BackgroundJob<Mail> job_;
};

} // namespace catnet::ui
