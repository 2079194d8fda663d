#pragma once

#include <QSplitter>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableView;

namespace catnet::ui {

class CostChart;
class RunController;

// The "Training" tab: every run's curves on one chart (cost or accuracy, training and
// test set; linear or log scale; zoomable) above the runs table.
// Selecting a row makes that run the current one; the chart follows the controller.
class TrainingTab : public QSplitter {
    Q_OBJECT
public:
    explicit TrainingTab(RunController* controller, QWidget* parent = nullptr);

    CostChart* chart() const { return chart_; }

private:
    void showRun(int id);
    void selectRun(int id);
    void relabelRuns();

    RunController* controller_;
    QComboBox* measure_;
    QCheckBox* logScale_;
    QPushButton* resetZoom_;
    CostChart* chart_;
    QTableView* table_;
};

} // namespace catnet::ui
