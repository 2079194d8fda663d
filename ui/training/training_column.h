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

// The window's actions the column shows as buttons.
struct RunActions {
    QAction* train = nullptr;
    QAction* pause = nullptr;
    QAction* step = nullptr;
    QAction* stop = nullptr;
};

// The window's left column: the network form, Train, Pause, Step and Stop (mirroring
// the window's actions), the progress of the running run, and the current run's
// accuracies.
class TrainingColumn : public QWidget {
    Q_OBJECT
public:
    TrainingColumn(RunController* controller, const RunActions& actions, QWidget* parent = nullptr);

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
    QLabel* measuredOn_; // the data the accuracies describe, when not the open data set
};

} // namespace catnet::ui
