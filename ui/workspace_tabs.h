#pragma once

#include <QTabWidget>

namespace catnet::ui {

class DataBrowser;
class MislabeledView;
class PredictionPanel;
class RunController;
class TrainingTab;
class WeightsView;

// The window's tabs (Training, Data, Mislabeled, Weights, Predict), each fed by the
// controller through setDataset()/setRun() whenever the data or the current run changes.
class WorkspaceTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit WorkspaceTabs(RunController* controller, QWidget* parent = nullptr);

    TrainingTab* trainingTab() const { return training_; }
    PredictionPanel* predictionPanel() const { return prediction_; }

private:
    void showDataset();
    void showCurrentRun();

    RunController* controller_;
    TrainingTab* training_;
    DataBrowser* browser_;
    MislabeledView* mislabeled_;
    WeightsView* weights_;
    PredictionPanel* prediction_;
};

} // namespace catnet::ui
