#pragma once

#include <QSplitter>

class QComboBox;
class QTableView;

namespace catnet::ui {

class CostChart;
class RunController;

// The "Training" tab: every run's curves on one chart (cost or accuracy, training and
// test set) above the runs table.
// Selecting a row makes that run the current one; the chart follows the controller.
class TrainingTab : public QSplitter {
    Q_OBJECT
public:
    explicit TrainingTab(RunController* controller, QWidget* parent = nullptr);

    CostChart* chart() const { return chart_; }

private:
    void showRun(int id);
    void selectRun(int id);

    RunController* controller_;
    QComboBox* measure_;
    CostChart* chart_;
    QTableView* table_;
};

} // namespace catnet::ui
