#pragma once

#include <QStringList>
#include <QTabWidget>


namespace catnet::ui {

class BatchPredictionPanel;
class CameraPanel;
class DecisionSurfacePanel;
class DataBrowser;
class DistributionsPanel;
class InitLabPanel;
class LabsPage;
class LearningRatePanel;
class NetworkPanel;
class OptimizerRacePanel;
class IterationInspector;
class LandscapePanel;
class LayerSignalsChart;
class MislabeledView;
class OverfittingLabPanel;
class PredictionPanel;
class ProjectorPanel;
class RunController;
class SweepPanel;
class TrainingTab;
class WeightsView;

// The window's tabs (Training, Inside, Signals, Data, Mislabeled, Weights, Projector (the
// images as points, the decision surface, the distributions), Predict,
// Folder (predict a folder), Camera, Landscape, Labs (initializations, overfitting, optimizers, learning
// rate), Sweep), each fed by
// the controller through setDataset()/setRun() whenever the data or the current run
// changes; the Inside tab also follows a paused run.
class WorkspaceTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit WorkspaceTabs(RunController* controller, QWidget* parent = nullptr);

    TrainingTab* trainingTab() const { return training_; }
    PredictionPanel* predictionPanel() const { return prediction_; }
    BatchPredictionPanel* batchPredictionPanel() const { return batch_; }
    CameraPanel* cameraPanel() const { return camera_; }
    IterationInspector* iterationInspector() const { return inspector_; }
    LayerSignalsChart* layerSignalsChart() const { return signals_; }
    SweepPanel* sweepPanel() const { return sweep_; }
    InitLabPanel* initLabPanel() const { return initLab_; }
    OverfittingLabPanel* overfittingLabPanel() const { return overfittingLab_; }
    OptimizerRacePanel* optimizerRacePanel() const { return race_; }
    LearningRatePanel* learningRatePanel() const { return finder_; }
    LandscapePanel* landscapePanel() const { return landscape_; }
    DataBrowser* dataBrowser() const { return browser_; }
    ProjectorPanel* projectorPanel() const { return projector_; }
    DecisionSurfacePanel* decisionSurfacePanel() const { return surface_; }
    DistributionsPanel* distributionsPanel() const { return distributions_; }
    MislabeledView* mislabeledView() const { return mislabeled_; }

    // Pages other than Training sit in scroll areas, so that a small window scrolls
    // instead of growing: these find a page by the panel it shows.
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    // The form the experiments (sweep, labs) train the network of, and where the
    // learning-rate finder puts the rate it suggests.
    void setNetworkForm(NetworkPanel* form);
    // The tabs whose background work would be lost with the window (a sweep, a gradient
    // check…), by their titles; empty when none works.
    QStringList workInProgress() const;

private:
    void addPage(QWidget* page, const QString& title, const QString& toolTip = {});
    QWidget* pageAt(int index) const;
    // Whether tab `index` shows `page`, itself or inside it (the Labs tab's two labs).
    bool pageHolds(int index, QWidget* page) const;
    void showDataset();
    void showCurrentRun();
    void showInspected();

    RunController* controller_;
    TrainingTab* training_;
    IterationInspector* inspector_;
    LayerSignalsChart* signals_;
    DataBrowser* browser_;
    MislabeledView* mislabeled_;
    WeightsView* weights_;
    ProjectorPanel* projector_;
    DecisionSurfacePanel* surface_;
    DistributionsPanel* distributions_;
    LabsPage* learned_; // the Projector tab: the projector, the decision surface, the distributions
    PredictionPanel* prediction_;
    BatchPredictionPanel* batch_;
    CameraPanel* camera_;
    SweepPanel* sweep_;
    InitLabPanel* initLab_;
    OverfittingLabPanel* overfittingLab_;
    OptimizerRacePanel* race_;
    LearningRatePanel* finder_;
    LabsPage* labs_;
    LandscapePanel* landscape_;
};

} // namespace catnet::ui
