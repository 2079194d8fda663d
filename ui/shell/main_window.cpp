#include "ui/shell/main_window.h"

#include "engine/model/course_presets.h"
#include "ui/core/attempt.h"
#include "ui/core/dataset_files.h"
#include "ui/core/run_controller.h"
#include "ui/core/run_export.h"
#include "ui/core/runs_model.h"
#include "ui/data/data_browser.h"
#include "ui/core/import_session.h"
#include "ui/data/import_dialog.h"
#include "ui/data/mislabeled_view.h"
#include "ui/inside/iteration_inspector.h"
#include "ui/learned/projector_panel.h"
#include "ui/predict/batch_prediction_panel.h"
#include "ui/predict/camera_panel.h"
#include "ui/predict/prediction_panel.h"
#include "ui/shell/drop_router.h"
#include "ui/shell/help_texts.h"
#include "ui/shell/notice_bar.h"
#include "ui/shell/run_file_actions.h"
#include "ui/shell/status_bar.h"
#include "ui/shell/tour_dock.h"
#include "ui/shell/view_menu.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/training/network_panel.h"
#include "ui/training/training_actions.h"
#include "ui/training/training_column.h"
#include "ui/training/training_tab.h"
#include "ui/widgets/cost_chart.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace catnet::ui {

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), options_(options), settings_(options.useSettings),
      controller_(new RunController(options.runStoreDirectory, this)) {
    controller_->setObjectName("runController");
    build();
    start();
}

MainWindow::MainWindow(RunController* controller, const MainWindowOptions& options)
    : options_(options), settings_(options.useSettings), controller_(controller) {
    build();
    start();
}

MainWindow::MainWindow(RunController* controller, MainWindow& earlier)
    : options_(earlier.options_), settings_(earlier.options_.useSettings), controller_(controller) {
    build();
    WindowSettings::handOver(earlier.parts(), parts());
    tourDock_->continueFrom(*earlier.tourDock_);
}

MainWindow::~MainWindow() = default;

void MainWindow::build() {
    setWindowTitle(tr("catnet"));
    training_ = new TrainingActions(controller_, this);
    buildLayout();
    files_ = new RunFileActions(controller_, tabs_->trainingTab()->chart(), this);
    buildActions();
    connectController();
    connectDrops();
}

void MainWindow::start() {
    loadInitialData();
    restoreSettings();
    controller_->restoreRuns(); // in the background: the window shows at once
    column_->networkPanel()->setUndoStack(controller_->undoStack()); // after restoring: not a step
    updateActions();
}

void MainWindow::showHeldState() {
    const int tab = tabs_->currentIndex(); // a run under way would show Training
    controller_->announceState();
    tabs_->setCurrentIndex(tab);
    updateActions();
}

WindowParts MainWindow::parts() {
    return {*this, *mainSplitter_, *column_, *tabs_};
}

QStringList MainWindow::workInProgress() const {
    QStringList work = tabs_->workInProgress();
    if (importDialog_ && importDialog_->session()->isRunning())
        work << importDialog_->windowTitle();
    return work;
}

void MainWindow::buildActions() {
    // Adds an action to `menu` that runs `slot`, with an optional shortcut.
    const auto add = [this](QMenu* menu, const QString& text, auto slot, const QKeySequence& keys = {}) {
        QAction* action = menu->addAction(text, this, slot);
        action->setShortcut(keys);
        return action;
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    openFolderAction_ = add(file, tr("&Open dataset folder…"), [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with train_catvnoncat.h5 and test_catvnoncat.h5"));
        if (!folder.isEmpty())
            controller_->loadDatasetFolder(folder);
    }, QKeySequence::Open);
    openFilesAction_ = add(file, tr("Open dataset &files…"), [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("The course's train and test files"), QString(),
                                                                tr("HDF5 files (*.h5 *.hdf5);;All files (*)"));
        if (!files.isEmpty())
            attempt(tr("Cannot open the dataset"), [&] { controller_->openDatasetFiles(files); });
    }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    add(file, tr("&New data set from folders…"), [this] { showImportDialog(); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    builtInAction_ = add(file, tr("Use &built-in shapes dataset"), [this] { controller_->useBuiltInDataset(tr("chosen from the menu")); },
                         QKeySequence(Qt::CTRL | Qt::Key_B));
    file->addSeparator();
    add(file, tr("&Predict image…"), [this] {
        tabs_->showPage(tabs_->predictionPanel());
        tabs_->predictionPanel()->askForPhoto();
    }, QKeySequence(Qt::CTRL | Qt::Key_P));
    add(file, tr("Predict fol&der…"), [this] {
        tabs_->showPage(tabs_->batchPredictionPanel());
        tabs_->batchPredictionPanel()->askForFolder();
    }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    file->addActions(files_->actions());
    connect(files_, &RunFileActions::message, statusBar(), &QStatusBar::showMessage);
    connect(tabs_->predictionPanel(), &PredictionPanel::message, statusBar(), &QStatusBar::showMessage);
    connect(tabs_->projectorPanel(), &ProjectorPanel::message, statusBar(), &QStatusBar::showMessage);
    connect(files_, &RunFileActions::problem, this, &MainWindow::reportError);
    file->addSeparator();
    add(file, tr("&Quit"), &QWidget::close, QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = controller_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName("undoAction");
    QAction* redo = controller_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName("redoAction");
    edit->addActions({undo, redo});

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    const RunActions actions = training_->actions();
    run->addActions({actions.train, actions.stop, actions.pause, actions.step});
    connect(training_, &TrainingActions::message, statusBar(), &QStatusBar::showMessage);
    connect(training_, &TrainingActions::outdated, status_, &StatusBar::withdraw);
    connect(training_, &TrainingActions::problem, this, &MainWindow::reportError);
    connect(training_, &TrainingActions::stepped, this, [this] {
        if (tabs_->iterationInspector())
            tabs_->showPage(tabs_->iterationInspector());
    });
    run->addSeparator();
    const QKeySequence presetKeys[] = {Qt::CTRL | Qt::Key_2, Qt::CTRL | Qt::Key_5}; // the course's: 2 and 5 layers
    for (std::size_t i = 0; i < coursePresets().size(); ++i) {
        const CoursePreset preset = coursePresets()[i];
        add(run, tr("Preset: %1").arg(tr(preset.title.data())),
            [this, config = preset.config] { column_->networkPanel()->setConfig(config); },
            i < std::size(presetKeys) ? presetKeys[i] : QKeySequence());
    }
    run->addSeparator();
    removeRunAction_ = add(run, tr("&Remove selected run"), &MainWindow::removeCurrentRun, QKeySequence::Delete);
    evaluateAction_ = add(run, tr("E&valuate on the open data"), [this] {
        const int count = controller_->evaluateOnOpenData();
        statusBar()->showMessage(count ? (count == 1 ? tr("Evaluating 1 run on the open data set: see the table's On open data column")
                                                     : tr("Evaluating %1 runs on the open data set: see the table's On open data column").arg(count))
                                       : tr("Every run was measured on the open data set already"),
                                 5000);
    });
    evaluateAction_->setObjectName("evaluateOnOpenDataAction");
    evaluateAction_->setToolTip(tr("Runs keep the accuracies of the data they were measured on; this measures the "
                                   "runs trained on other data on the data set open now, in columns of their own"));

    auto* viewMenu = new ViewMenu(menuBar()->addMenu(tr("&View")), settings_, this);
    connect(viewMenu, &ViewMenu::notice, this, [this](const QString& text) { notice_->showNotice(text); });
    connect(viewMenu, &ViewMenu::languageChosen, this, &MainWindow::languageChosen);
    viewMenu->checkFont();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Course tour"), &MainWindow::showCourseTour, QKeySequence(Qt::CTRL | Qt::Key_T));
    add(help, tr("&Quick start"), [this] { showQuickStart(this); }, QKeySequence::HelpContents);
    add(help, tr("&About catnet"), [this] { showAbout(this); }, QKeySequence(Qt::CTRL | Qt::Key_F1));
}

void MainWindow::buildLayout() {
    column_ = new TrainingColumn(controller_, training_->actions());
    training_->setNetworkPanel(column_->networkPanel());
    column_->setObjectName("trainingColumn");
    tabs_ = new WorkspaceTabs(controller_);
    tabs_->setNetworkForm(column_->networkPanel());
    connect(tabs_->cameraPanel(), &CameraPanel::importRequested, this,
            [this](const QString& cats, const QString& nonCats) { showImportDialog()->setClassFolders(cats, nonCats); });
    connect(tabs_->batchPredictionPanel(), &BatchPredictionPanel::exportRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, files_->titleForCurrentRun(tr("Export the predictions")),
                                                          "predictions.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty() && tabs_->batchPredictionPanel()->exportCsv(path))
            statusBar()->showMessage(tr("Exported the predictions to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->addWidget(column_);
    mainSplitter_->addWidget(tabs_);
    mainSplitter_->setStretchFactor(1, 1);
    notice_ = new NoticeBar;
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(notice_);
    layout->addWidget(mainSplitter_, 1);
    setCentralWidget(central);
    tourDock_ = new TourDock(controller_, tabs_, column_->networkPanel(), training_, this);
    addDockWidget(Qt::RightDockWidgetArea, tourDock_);
    tourDock_->hide();
    setStatusBar(status_ = new StatusBar(controller_, this));
    resize(1280, 800);
}

ImportDialog* MainWindow::showImportDialog() {
    if (!importDialog_) {
        importDialog_ = new ImportDialog(this);
        importDialog_->setObjectName("importDialog");
        connect(importDialog_, &ImportDialog::datasetWritten, controller_, &RunController::loadDatasetFolder);
    }
    const auto data = controller_->dataset();
    importDialog_->setCourseFolder(data ? courseFolderOf(*data, controller_->isBuiltInDataset()) : std::nullopt);
    importDialog_->show();
    importDialog_->raise();
    return importDialog_;
}

void MainWindow::showCourseTour() {
    tourDock_->showTour();
}

void MainWindow::connectController() {
    connect(controller_, &RunController::readingFinished, this,
            [this](RunController::Reading what, const QString& path, const QString& error, bool stopped) {
                if (what != RunController::Reading::DataSet)
                    return; // a model's end is RunFileActions' to tell
                if (!error.isEmpty())
                    reportError(tr("Cannot open the dataset"), error);
                else if (!stopped)
                    settings_.rememberDataFolder(path);
            });
    for (auto changed : {&RunController::currentRunChanged, &RunController::trainingStarted,
                         &RunController::trainingFinished})
        connect(controller_, changed, this, &MainWindow::updateActions);
    connect(controller_, &RunController::problem, this, &MainWindow::reportError);
    connect(controller_, &RunController::restoreFinished, this, [this](const QStringList& problems) {
        if (!problems.isEmpty())
            notice_->showSkippedRuns(problems);
    });
    files_->watchSaves(notice_);
}

void MainWindow::connectDrops() {
    auto* drops = new DropRouter(this);
    connect(drops, &DropRouter::fileDropped, this, &MainWindow::predictFile);
    connect(drops, &DropRouter::pathsDropped, this, &MainWindow::predictPaths);
    connect(drops, &DropRouter::refused, this, [this](const QString& why) {
        tabs_->showPage(tabs_->predictionPanel());
        tabs_->predictionPanel()->setError(why);
    });
}

// Data: --data, then CATNET_DATA, then ./data, then the last folder used, else built-in.
void MainWindow::loadInitialData() {
    QString failure; // why the folder asked for could not be opened: said, not hidden behind another
    bool loaded = false;
    if (const auto found = findDataDirectory(options_.dataDirectory)) {
        const QString folder = QString::fromStdString(found->string());
        loaded = ui::attempt([&] { controller_->openDatasetFolder(folder); }, [&](const QString& why) { failure = why; });
        if (loaded)
            settings_.rememberDataFolder(folder);
    }
    if (!loaded) {
        const QString last = settings_.lastDataFolder();
        if (!last.isEmpty() && holdsCourseFiles(last.toStdString()))
            loaded = openDatasetFolder(last, true);
    }
    if (!loaded)
        controller_->useBuiltInDataset(tr("the course files were not found"));
    if (!failure.isEmpty())
        notice_->showNotice(tr("The data set asked for could not be opened: %1. Showing %2 instead.")
                                .arg(failure, controller_->datasetDescription()));
    else if (!loaded && options_.dataDirectory)
        statusBar()->showMessage(tr("--data %1 does not hold %2 and %3; using the built-in dataset")
                                     .arg(QString::fromStdString(options_.dataDirectory->string()), kTrainFileName, kTestFileName));
}

void MainWindow::restoreSettings() {
    settings_.restore(parts());
    if (settings_.takeFirstStart()) // the tour is offered once
        tourDock_->offerTour(notice_);
    // Last session's experiment (100,000,000 iterations, lr 5) is kept, but said so,
    // with the way back to the course one click away.
    NetworkPanel* network = column_->networkPanel();
    if (settings_.hasSavedForm() && !network->matchesPreset()) {
        const QString described = network->config() ? describeConfig(*network->config()) : network->problem();
        notice_->showNotice(tr("The form holds your last session's settings: %1").arg(described),
                            tr("Use the course's L-layer model"),
                            [this] { column_->networkPanel()->setConfig(lLayerCourseConfig()); });
    }
}

// ---- data ----

bool MainWindow::openDatasetFolder(const QString& directory, bool quiet) {
    const bool opened = attempt(quiet ? QString() : tr("Cannot open the dataset"),
                                [&] { controller_->openDatasetFolder(directory); });
    if (opened)
        settings_.rememberDataFolder(directory);
    return opened;
}

// ---- training and runs ----

bool MainWindow::startTraining() { return training_->start(); }
void MainWindow::pauseTraining() { training_->pause(); }
bool MainWindow::stepTraining() { return training_->step(); }
void MainWindow::stopTraining() { training_->stop(); }

void MainWindow::removeCurrentRun() {
    const int id = controller_->currentRunId();
    const QString label = controller_->runs()->label(id);
    const QString removed = tr("Removed %1 — Edit → Undo (Ctrl+Z) brings it back").arg(label);
    if (!controller_->removeRun(id))
        return;
    status_->showMessage(removed, 8000);
    // The status bar, not the window: the undo stack may change while the window is torn down.
    connect(controller_->undoStack(), &QUndoStack::indexChanged, status_,
            [status = status_, removed] { status->withdraw(removed); }, Qt::SingleShotConnection);
}

void MainWindow::updateActions() {
    const bool training = controller_->isTraining();
    const auto run = controller_->currentRun();
    files_->update();
    removeRunAction_->setEnabled(run && !run->running);
    evaluateAction_->setEnabled(!training && controller_->runs()->anyMeasuredElsewhere());
    for (QAction* dataAction : {openFolderAction_, openFilesAction_, builtInAction_})
        dataAction->setEnabled(!training);
}

// ---- prediction ----

void MainWindow::predictFile(const QString& path) {
    tabs_->showPage(tabs_->predictionPanel());
    tabs_->predictionPanel()->predictFile(path);
}

void MainWindow::predictPaths(const QStringList& paths) {
    tabs_->showPage(tabs_->batchPredictionPanel());
    tabs_->batchPredictionPanel()->setPaths(paths);
}

// ---- files ----

bool MainWindow::saveModelTo(const QString& path) { return files_->saveModelTo(path); }

bool MainWindow::attempt(const QString& title, const std::function<void()>& work) {
    return ui::attempt(work, [&](const QString& message) {
        if (!title.isEmpty())
            reportError(title, message);
    });
}

void MainWindow::reportError(const QString& title, const QString& message) {
    statusBar()->showMessage(message, 8000);
    if (options_.showDialogs)
        QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Stop after the current iteration and take the partial run in now, so it is kept
    // like any other before the window goes.
    controller_->finishTrainingNow();
    if (controller_->isSaving()) { // nothing asked to be saved is dropped
        statusBar()->showMessage(tr("Finishing saves before closing…"));
        repaint();
        controller_->finishSavesNow();
    }
    settings_.save(parts());
    event->accept();
}

} // namespace catnet::ui
