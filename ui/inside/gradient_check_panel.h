#pragma once

#include "engine/inspect/gradient_check.h"
#include "engine/io/dataset.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace catnet::ui {

class GradientCheckSession;

// "Check gradients": backpropagation against numerical gradients for every parameter
// (gradient_check.h, run by a GradientCheckSession), with progress and Stop, and the
// course's verdict beside the rounding floor, overall and per layer.
class GradientCheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit GradientCheckPanel(QWidget* parent = nullptr);

    // What to check: these parameters on the training set. Stops a check under way.
    void setSubject(std::shared_ptr<const Parameters> parameters, std::shared_ptr<const Dataset> data);
    void start();
    void stop();
    bool isChecking() const;
    // The last finished check (empty before, or when it was stopped), of subject().
    const std::optional<GradientCheck>& result() const { return result_; }
    const std::shared_ptr<const Parameters>& subject() const { return parameters_; }

signals:
    void finished();

private:
    void onFinished(const GradientCheck* check, const QString& error);
    void showCheck(const GradientCheck& check);

    std::shared_ptr<const Parameters> parameters_;
    std::shared_ptr<const Dataset> data_;
    std::optional<GradientCheck> result_;

    GradientCheckSession* session_;

    QPushButton* startButton_;
    QPushButton* stopButton_;
    QProgressBar* progress_;
    QLabel* verdict_;
};

} // namespace catnet::ui
