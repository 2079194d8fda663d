#include "ui/shell/workspace_tabs.h"

#include "ui/core/batch_prediction_model.h"
#include "ui/core/landscape_worker.h"
#include "ui/core/photo_batch_reader.h"
#include "ui/core/run_controller.h"
#include "ui/core/sweep_session.h"
#include "ui/data/data_browser.h"
#include "ui/data/mislabeled_view.h"
#include "ui/experiments/init_lab_panel.h"
#include "ui/experiments/labs_page.h"
#include "ui/experiments/learning_rate_panel.h"
#include "ui/experiments/optimizer_race_panel.h"
#include "ui/experiments/overfitting_lab_panel.h"
#include "ui/experiments/landscape_panel.h"
#include "ui/experiments/sweep_panel.h"
#include "ui/training/network_panel.h"
#include "ui/inside/iteration_inspector.h"
#include "ui/inside/layer_signals_chart.h"
#include "ui/inside/weights_view.h"
#include "ui/learned/decision_surface_panel.h"
#include "ui/learned/distributions_panel.h"
#include "ui/learned/projector_panel.h"
#include "ui/predict/batch_prediction_panel.h"
#include "ui/predict/camera_panel.h"
#include "ui/predict/prediction_panel.h"
#include "ui/training/training_tab.h"
#include "ui/widgets/page_scroll_area.h"

#include <QFileInfo>
#include <QScrollArea>

namespace catnet::ui {

namespace {
template <typename Widget>
Widget* named(Widget* widget, const char* name) {
    widget->setObjectName(name);
    return widget;
}
} // namespace

WorkspaceTabs::WorkspaceTabs(RunController* controller, QWidget* parent)
    : QTabWidget(parent), controller_(controller), training_(named(new TrainingTab(controller), "trainingTab")),
      inspector_(named(new IterationInspector, "iterationInspector")),
      signals_(named(new LayerSignalsChart, "layerSignalsChart")),
      browser_(named(new DataBrowser, "dataBrowser")), mislabeled_(named(new MislabeledView, "mislabeledView")),
      weights_(named(new WeightsView, "weightsView")), projector_(named(new ProjectorPanel(controller), "projectorPanel")),
      surface_(named(new DecisionSurfacePanel, "decisionSurfacePanel")),
      distributions_(named(new DistributionsPanel, "distributionsPanel")), learned_(new LabsPage("learnedBar")),
      prediction_(named(new PredictionPanel, "predictionPanel")),
      batch_(named(new BatchPredictionPanel, "batchPredictionPanel")),
      camera_(named(new CameraPanel, "cameraPanel")),
      sweep_(named(new SweepPanel(controller), "sweepPanel")),
      initLab_(named(new InitLabPanel(controller), "initLabPanel")),
      overfittingLab_(named(new OverfittingLabPanel(controller), "overfittingLabPanel")),
      race_(named(new OptimizerRacePanel(controller), "optimizerRacePanel")),
      finder_(named(new LearningRatePanel(controller), "learningRatePanel")),
      labs_(named(new LabsPage, "labsPage")),
      landscape_(named(new LandscapePanel, "landscapePanel")) {
    addTab(training_, tr("Training"));
    setTabToolTip(0, tr("Every run's cost curve and the table of runs"));
    addPage(inspector_, tr("Inside"), tr("One iteration of forward and backward propagation, layer by layer"));
    addPage(signals_, tr("Signals"), tr("Each layer's activations, dead units and gradients over the iterations"));
    addPage(browser_, tr("Data"), tr("The training and test images with their labels and the current run's P(cat)"));
    addPage(mislabeled_, tr("Mislabeled"), tr("The images the current run gets wrong, and its confusion matrix"));
    addPage(weights_, tr("Weights"), tr("What the first layer's units look for, as images"));
    learned_->addLab(projector_, tr("Images as points"),
                     tr("The images as points on a hidden layer's two main axes, moving through the run: how the "
                        "layers pull cats and non-cats apart"));
    learned_->addLab(surface_, tr("Decision surface"),
                     tr("P(cat) over the plane through three images, with the line where the answer turns"));
    learned_->addLab(distributions_, tr("Distributions"),
                     tr("Each layer's weights, gradients and values over the run, as percentile bands: does a layer "
                        "die, saturate or explode?"));
    addPage(learned_, tr("Projector"),
            tr("What the network learned: the images as points on a hidden layer's two main axes, moving through the "
               "run; P(cat) over the plane through three images; each layer's values over the run"));
    connect(projector_, &ProjectorPanel::imageChosen, this, [this](bool test, int index) {
        browser_->showImage(test, index);
        if (!test)
            inspector_->selectExample(index);
    });
    // The decision surface's own photos: those the Folder tab has read.
    const auto sharePhotos = [this] {
        std::vector<DecisionSurfacePanel::Photo> photos;
        for (const BatchPredictionModel::Photo& photo : batch_->model()->photos())
            if (!photo.pixels.empty())
                photos.push_back({QFileInfo(photo.path).fileName(), photo.pixels});
        surface_->setPhotos(std::move(photos));
    };
    connect(batch_->model(), &QAbstractItemModel::rowsInserted, this, sharePhotos);
    connect(batch_->model(), &QAbstractItemModel::modelReset, this, sharePhotos);
    addPage(prediction_, tr("Predict"), tr("Your own photo: cat or not?"));
    addTab(batch_, tr("Folder")); // its table and grid scroll themselves
    setTabToolTip(indexOf(batch_), tr("Predict a folder: every photo in it with P(cat); sort, filter, export"));
    addPage(camera_, tr("Camera"), tr("Your webcam's picture with P(cat), live; capture pictures for a data set of your own"));
    addPage(landscape_, tr("Landscape"), tr("The cost along the way from the initial to the trained weights, and around them"));
    labs_->addLab(initLab_, tr("Initializations"), tr("The same network from five weight initializations, side by side"));
    labs_->addLab(overfittingLab_, tr("Overfitting"),
                  tr("The same network with each remedy for overfitting (L2, dropout, flipped images), side by side"));
    labs_->addLab(race_, tr("Optimizers"), tr("The same network with gradient descent, momentum and Adam, side by side"));
    labs_->addLab(finder_, tr("Learning rate"), tr("A short run whose learning rate grows: where does the cost fall fastest?"));
    addPage(labs_, tr("Labs"),
            tr("The same network from five initializations, with each remedy for overfitting, with each optimizer; "
               "and a learning-rate finder"));
    addPage(sweep_, tr("Sweep"), tr("Train every combination of one or two settings and compare them on a heat map"));

    connect(controller, &RunController::datasetChanged, this, &WorkspaceTabs::showDataset);
    connect(controller, &RunController::currentRunChanged, this, &WorkspaceTabs::showCurrentRun);
    connect(controller, &RunController::trainingFinished, this, &WorkspaceTabs::showCurrentRun);
    connect(controller, &RunController::runChanged, this, [this](int id) {
        // While a run trains only its curves change; the other tabs follow when it ends.
        if (id != controller_->currentRunId())
            return;
        if (controller_->isTraining()) {
            signals_->setRun(controller_->currentRun());
            projector_->setRun(controller_->currentRun()); // follows a run that records its frames
        } else {
            showCurrentRun();
        }
    });
    connect(controller, &RunController::trainingStarted, this, [this] {
        // A Step shows the Inside tab instead; the Projector stays to follow the run.
        const bool projectorShown = currentPage() == learned_ && learned_->currentLab() == projector_;
        if (!controller_->isPauseRequested() && !projectorShown)
            setCurrentWidget(training_);
    });
    connect(controller, &RunController::pauseChanged, this, &WorkspaceTabs::showInspected);
}

void WorkspaceTabs::addPage(QWidget* page, const QString& title, const QString& toolTip) {
    const int index = addTab(new PageScrollArea(page), title);
    setTabToolTip(index, toolTip);
}

QWidget* WorkspaceTabs::pageAt(int index) const {
    auto* scroll = qobject_cast<QScrollArea*>(widget(index));
    return scroll ? scroll->widget() : widget(index);
}

bool WorkspaceTabs::pageHolds(int index, QWidget* page) const {
    return pageAt(index) == page || pageAt(index)->isAncestorOf(page);
}

void WorkspaceTabs::showPage(QWidget* page) {
    labs_->showLab(page);
    learned_->showLab(page);
    for (int i = 0; i < count(); ++i)
        if (pageHolds(i, page))
            setCurrentIndex(i);
}

QWidget* WorkspaceTabs::currentPage() const {
    return pageAt(currentIndex());
}

QStringList WorkspaceTabs::workInProgress() const {
    const std::pair<QWidget*, bool> pages[] = {
        {inspector_, inspector_->isChecking()},
        {batch_, batch_->reader()->isRunning()},
        {prediction_, prediction_->isReading()},
        {landscape_, landscape_->worker()->isComputingSurface()},
        {initLab_, initLab_->session()->isRunning()},
        {overfittingLab_, overfittingLab_->session()->isRunning()},
        {race_, race_->session()->isRunning()},
        {finder_, finder_->isRunning()},
        {sweep_, sweep_->session()->isRunning()},
    };
    QStringList titles;
    for (int i = 0; i < count(); ++i)
        for (const auto& [page, working] : pages)
            if (working && pageHolds(i, page))
                titles << tabText(i);
    return titles;
}

void WorkspaceTabs::setNetworkForm(NetworkPanel* form) {
    const auto config = [form] { return form->config(); };
    sweep_->setBaseConfigSource(config);
    initLab_->setBaseConfigSource(config);
    overfittingLab_->setBaseConfigSource(config);
    race_->setBaseConfigSource(config);
    finder_->setBaseConfigSource(config);
    finder_->setRateTarget([form](double rate) { form->setLearningRate(rate); });
}

void WorkspaceTabs::showDataset() {
    const auto data = controller_->dataset();
    browser_->setDataset(data);
    mislabeled_->setDataset(data);
    projector_->setDataset(data);
    surface_->setDataset(data);
    distributions_->setDataset(data);
    inspector_->setDataset(data);
    landscape_->setDataset(data);
}

void WorkspaceTabs::showCurrentRun() {
    const auto run = controller_->currentRun();
    mislabeled_->setRun(run);
    browser_->setRun(run);
    prediction_->setRun(run);
    batch_->setRun(run);
    camera_->setRun(run);
    signals_->setRun(run);
    landscape_->setRun(run);
    projector_->setRun(run);
    surface_->setRun(run);
    distributions_->setRun(run);
    showInspected();
}

// Inside and Weights show the paused run's parameters as they stand at the pause (a
// running run has none of its own until it ends).
void WorkspaceTabs::showInspected() {
    const auto run = controller_->currentRun();
    const auto inspected = controller_->pausedAt() ? controller_->run(controller_->activeRunId()) : run;
    inspector_->setRunOptions(inspected ? inspected->config.options : TrainingOptions{});
    if (const auto paused = controller_->pausedAt()) {
        if (const auto step = controller_->lastStep())
            inspector_->setParameters(step->parameters, step->iteration,
                                      tr("the paused run (just run; it now waits before iteration %1)").arg(paused->iteration));
        else
            inspector_->setParameters(paused->parameters, paused->iteration,
                                      tr("the paused run (the iteration it waits before)"));
        if (run && run->id == controller_->activeRunId()) {
            auto atPause = std::make_shared<TrainedRun>(*run);
            atPause->parameters = paused->parameters;
            atPause->iterationsRun = paused->iteration;
            weights_->setRun(std::move(atPause));
        } else {
            weights_->setRun(run);
        }
        return;
    }
    weights_->setRun(run);
    if (!run || run->running)
        inspector_->setParameters(nullptr, 0, {});
    else
        inspector_->setParameters(run->parameters, run->iterationsRun, tr("%1, after its last update").arg(run->name));
}

} // namespace catnet::ui
