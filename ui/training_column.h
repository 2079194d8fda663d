#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QProgressBar;

namespace catnet::ui {

class NetworkPanel;
class RunController;
struct TrainedRun;

// The window's left column: the network form, Train and Stop (mirroring the window's
// actions), the progress of the running run, and the current run's accuracies.
class TrainingColumn : public QWidget {
    Q_OBJECT
public:
    TrainingColumn(RunController* controller, QAction* train, QAction* stop, QWidget* parent = nullptr);

    NetworkPanel* networkPanel() const { return network_; }

private:
    void showProgress(int runId);
    void showFinished(int runId);
    void showAccuracies();

    RunController* controller_;
    NetworkPanel* network_;
    QProgressBar* progress_;
    QLabel* progressLabel_;
    QLabel* trainAccuracy_;
    QLabel* testAccuracy_;
};

} // namespace catnet::ui
