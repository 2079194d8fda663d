#pragma once

#include "engine/training/training_types.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace catnet::ui {

class CostChart;
class RunController;
class SweepSession;

// The "Init lab" tab: the network on the left trained from each of the five
// initializations (zeros, small, large, lecun, he), the same seed, side by side: their
// cost curves on one chart, and per scheme the first and final cost, test accuracy,
// each layer's activation spread and gradient norm at iteration 0, and one sentence
// saying what happened, worked out from the run (init_lab.h). Double-click opens a run.
class InitLabPanel : public QWidget {
    Q_OBJECT
public:
    SweepSession* session() const { return lab_; }
    explicit InitLabPanel(RunController* controller, QWidget* parent = nullptr);

    void setBaseConfigSource(std::function<std::optional<TrainConfig>()> source);
    // Starts the five runs; false (with the reason in the status line) when it cannot.
    bool start();
    // The sentence shown for a scheme, for tests (empty until its run is in).
    QString verdict(InitScheme scheme) const;

    enum Column { Scheme, FirstCost, FinalCost, TestAccuracy, Spread, GradientNorm, Verdict, ColumnCount };

private:
    void showCell(std::size_t index);
    void onFinished(bool stopped, const QString& error);
    void openRow(int row);

    RunController* controller_;
    SweepSession* lab_; // this tab's own sweep worker
    std::function<std::optional<TrainConfig>()> baseConfig_;
    QPushButton* runButton_;
    QPushButton* stopButton_;
    QLabel* status_;
    CostChart* chart_;
    QTableWidget* table_;
};

} // namespace catnet::ui
