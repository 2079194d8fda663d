#pragma once

#include "engine/inspect/gradient_check.h"
#include "engine/io/dataset.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace catnet::ui {

// "Check gradients": backpropagation against numerical gradients for every parameter
// (gradient_check.h) on a worker thread, with progress and Stop, and the course's
// verdict beside the rounding floor, overall and per layer. The worker is plain C++; its
// progress is an atomic and its result is handed over under a mutex to a timer here.
class GradientCheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit GradientCheckPanel(QWidget* parent = nullptr);
    ~GradientCheckPanel() override;

    // What to check: these parameters on the training set. Stops a check under way.
    void setSubject(std::shared_ptr<const Parameters> parameters, std::shared_ptr<const Dataset> data);
    void start();
    void stop();
    bool isChecking() const { return worker_.joinable() && !delivered_; }
    // The last finished check (empty before, or when it was stopped).
    const std::optional<GradientCheck>& result() const { return result_; }

signals:
    void finished();

private:
    void poll();
    void showCheck(const GradientCheck& check);
    void cancelWorker();

    std::shared_ptr<const Parameters> parameters_;
    std::shared_ptr<const Dataset> data_;
    std::optional<GradientCheck> result_;

    std::atomic<double> share_{0.0};
    std::mutex mutex_;
    std::optional<GradientCheck> handedOver_;
    std::string error_;
    bool delivered_ = true; // UI thread only
    std::jthread worker_;

    QPushButton* startButton_;
    QPushButton* stopButton_;
    QProgressBar* progress_;
    QLabel* verdict_;
    QTimer* poll_;
};

} // namespace catnet::ui
