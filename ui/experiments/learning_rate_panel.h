#pragma once

#include "engine/training/learning_rate_finder.h"
#include "engine/training/training_types.h"
#include "ui/core/background_job.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineSeries;
class QPushButton;

namespace catnet::ui {

class ChartView;
class RunController;

// The Labs tab's learning-rate finder (fastai's lr_find, learning_rate_finder.h): a short
// run of the network on the left, with its options, whose learning rate grows
// exponentially from 1e-6 to 10 step by step, its cost against log₁₀ of the rate, and the
// rate where the cost falls fastest marked and suggested; "Use it" puts that rate in the form.
class LearningRatePanel : public QWidget {
    Q_OBJECT
public:
    explicit LearningRatePanel(RunController* controller, QWidget* parent = nullptr);

    void setBaseConfigSource(std::function<std::optional<TrainConfig>()> source);
    // Where "Use it" sends the suggested rate (the form).
    void setRateTarget(std::function<void(double)> target);
    bool start();
    bool isRunning() const { return job_.isRunning(); }
    const std::optional<LearningRateSearch>& search() const { return search_; }

private:
    void show(LearningRateSearch& search);
    void onEnded(const std::string& failure);

    RunController* controller_;
    std::function<std::optional<TrainConfig>()> baseConfig_;
    std::function<void(double)> rateTarget_;
    std::optional<LearningRateSearch> search_;
    QPushButton* findButton_;
    QPushButton* useButton_;
    QLabel* status_;
    ChartView* chart_;
    QLineSeries* costs_;
    QLineSeries* marker_;
    BackgroundJob<LearningRateSearch> job_;
};

} // namespace catnet::ui
