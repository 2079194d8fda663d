#include "ui/shell/main_window.h"
#include "ui/experiments/init_lab_panel.h"
#include "ui/experiments/sweep_panel.h"

#include "engine/io/library_versions.h"
#include "engine/model/course_presets.h"
#include "photo/photo_loader.h"
#include "ui/core/dataset_files.h"
#include "ui/core/run_controller.h"
#include "ui/core/run_export.h"
#include "ui/core/runs_model.h"
#include "ui/data/data_browser.h"
#include "ui/data/import_dialog.h"
#include "ui/data/mislabeled_view.h"
#include "ui/inside/iteration_inspector.h"
#include "ui/predict/batch_prediction_panel.h"
#include "ui/predict/camera_panel.h"
#include "ui/predict/prediction_panel.h"
#include "ui/shell/language.h"
#include "ui/shell/notice_bar.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/tour/course_tour_panel.h"
#include "ui/training/network_panel.h"
#include "ui/training/training_column.h"
#include "ui/training/training_tab.h"
#include "ui/widgets/cost_chart.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QMimeData>
#include <QSettings>
#include <QToolButton>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace catnet::ui {

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), options_(options), controller_(new RunController(options.runStoreDirectory, this)) {
    controller_->setObjectName("runController");
    setWindowTitle(tr("catnet"));
    setAcceptDrops(true);
    qApp->installEventFilter(this); // drops on any child land here (eventFilter)
    buildActions();
    buildLayout();
    connectController();
    loadInitialData();
    if (options_.useSettings)
        restoreSettings();
    controller_->restoreRuns(); // in the background: the window shows at once
    column_->networkPanel()->setUndoStack(controller_->undoStack()); // after restoring: not a step
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
    // Adds an action to `menu` that runs `slot`, with an optional shortcut.
    const auto add = [this](QMenu* menu, const QString& text, auto slot, const QKeySequence& keys = {}) {
        QAction* action = menu->addAction(text, this, slot);
        action->setShortcut(keys);
        return action;
    };
    // An action that asks for a file to read (or, with `save`, to write) and hands it to `use`.
    // Dialogs that write a run name it in their title.
    const auto withFile = [this](const QString& title, const QString& filter, auto use, const QString& saveAs = {}) {
        return [this, title, filter, use, saveAs] {
            const QString path = saveAs.isEmpty()
                                     ? QFileDialog::getOpenFileName(this, title, QString(), filter)
                                     : QFileDialog::getSaveFileName(this, titleForCurrentRun(title), saveAs, filter);
            if (!path.isEmpty())
                (this->*use)(path);
        };
    };
    const QString models = tr("HDF5 model (*.h5);;All files (*)");
    QMenu* file = menuBar()->addMenu(tr("&File"));
    openFolderAction_ = add(file, tr("&Open dataset folder…"), [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with train_catvnoncat.h5 and test_catvnoncat.h5"));
        if (!folder.isEmpty())
            loadDatasetFolder(folder);
    }, QKeySequence::Open);
    openFilesAction_ = add(file, tr("Open dataset &files…"), [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("The course's train and test files"), QString(),
                                                                tr("HDF5 files (*.h5 *.hdf5);;All files (*)"));
        if (!files.isEmpty())
            openDatasetFiles(files);
    }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    add(file, tr("&New data set from folders…"), [this] { showImportDialog(); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    builtInAction_ = add(file, tr("Use &built-in shapes dataset"), [this] { useBuiltInDataset(tr("chosen from the menu")); },
                         QKeySequence(Qt::CTRL | Qt::Key_B));
    file->addSeparator();
    add(file, tr("&Predict image…"), &MainWindow::askForPhoto, QKeySequence(Qt::CTRL | Qt::Key_P));
    add(file, tr("Predict &folder…"), &MainWindow::askForPhotoFolder, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    saveModelAction_ = add(file, tr("&Save model…"), withFile(tr("Save model"), models, &MainWindow::saveModelTo, "catnet-model.h5"),
                           QKeySequence::Save);
    add(file, tr("&Load model…"), withFile(tr("Load model"), models, &MainWindow::loadModelFrom), QKeySequence(Qt::CTRL | Qt::Key_L));
    exportCsvAction_ = add(file, tr("Export &costs of all runs as CSV…"),
                           [this] {
                               const QString path = QFileDialog::getSaveFileName(
                                   this, tr("Export the cost history of all %n run(s)", nullptr, controller_->runs()->rowCount()),
                                   "costs.csv", tr("CSV (*.csv)"));
                               if (!path.isEmpty())
                                   exportCostsTo(path);
                           },
                           QKeySequence(Qt::CTRL | Qt::Key_E));
    add(file, tr("Export c&hart as PNG…"),
        withFile(tr("Export chart"), tr("PNG image (*.png)"), &MainWindow::exportChartTo, "cost-chart.png"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
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
    trainAction_ = add(run, tr("&Train"), &MainWindow::startTraining, QKeySequence(Qt::CTRL | Qt::Key_R));
    trainAction_->setToolTip(tr("Train the network with these settings (Ctrl+R)"));
    stopAction_ = add(run, tr("&Stop"), &MainWindow::stopTraining, QKeySequence(Qt::Key_Escape));
    stopAction_->setToolTip(tr("Stop after the current iteration and keep what was learned (Esc)"));
    pauseAction_ = add(run, tr("&Pause"), &MainWindow::pauseTraining, QKeySequence(Qt::Key_F6));
    pauseAction_->setToolTip(tr("Hold the run between two iterations without ending it; Train continues it (F6)"));
    stepAction_ = add(run, tr("Ste&p"), &MainWindow::stepTraining, QKeySequence(Qt::Key_F10));
    stepAction_->setToolTip(tr("Run exactly one iteration of gradient descent, from a fresh initialization or "
                               "where the paused run stands, and look inside it (F10)"));
    run->addSeparator();
    int key = Qt::Key_2;
    for (const CoursePreset& preset : coursePresets()) {
        const TrainConfig config = preset.config;
        add(run, tr("Preset: %1").arg(tr(preset.title.data())), [this, config] { column_->networkPanel()->setConfig(config); },
            QKeySequence(Qt::CTRL | key));
        key = Qt::Key_5;
    }
    run->addSeparator();
    removeRunAction_ = add(run, tr("&Remove selected run"), &MainWindow::removeCurrentRun, QKeySequence::Delete);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* languages = view->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(this);
    const QString current = options_.useSettings ? chosenLanguage(QSettings()) : QStringLiteral("en");
    int languageKey = Qt::Key_1;
    for (const QString& language : availableLanguages()) {
        QAction* action = add(languages, languageName(language), [this, language] { chooseLanguage(language); },
                              QKeySequence(Qt::CTRL | Qt::ALT | languageKey++));
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setObjectName("language_" + language);
        languageGroup->addAction(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Course tour"), &MainWindow::showCourseTour, QKeySequence(Qt::CTRL | Qt::Key_T));
    add(help, tr("&Quick start"), &MainWindow::quickStart, QKeySequence::HelpContents);
    add(help, tr("&About catnet"), &MainWindow::about, QKeySequence(Qt::CTRL | Qt::Key_F1));
}

void MainWindow::buildLayout() {
    column_ = new TrainingColumn(controller_, {trainAction_, pauseAction_, stepAction_, stopAction_});
    column_->setObjectName("trainingColumn");
    tabs_ = new WorkspaceTabs(controller_);
    tabs_->sweepPanel()->setBaseConfigSource([this] { return column_->networkPanel()->config(); });
    tabs_->initLabPanel()->setBaseConfigSource([this] { return column_->networkPanel()->config(); });
    connect(tabs_->predictionPanel(), &PredictionPanel::openPhotoRequested, this, &MainWindow::askForPhoto);
    connect(tabs_->batchPredictionPanel(), &BatchPredictionPanel::openFolderRequested, this, &MainWindow::askForPhotoFolder);
    connect(tabs_->cameraPanel(), &CameraPanel::importRequested, this,
            [this](const QString& cats, const QString& nonCats) { showImportDialog()->setClassFolders(cats, nonCats); });
    connect(tabs_->batchPredictionPanel(), &BatchPredictionPanel::exportRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, titleForCurrentRun(tr("Export the predictions")),
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
    buildCourseTour();
    dataLabel_ = new QLabel;
    dataLabel_->setObjectName("dataLabel");
    dataLabel_->setToolTip(tr("The dataset in use"));
    saveBar_ = new QProgressBar;
    saveBar_->setObjectName("saveProgress");
    saveBar_->setMaximumWidth(160);
    saveBar_->setToolTip(tr("Writing a model file"));
    saveBar_->hide();
    statusBar()->addPermanentWidget(saveBar_);
    loadBar_ = new QProgressBar;
    loadBar_->setObjectName("loadProgress");
    loadBar_->setRange(0, 0); // busy: the reader process says nothing until it is done
    loadBar_->setMaximumWidth(120);
    loadBar_->setToolTip(tr("Reading a data set"));
    loadBar_->hide();
    stopLoadButton_ = new QToolButton;
    stopLoadButton_->setObjectName("stopLoadButton");
    stopLoadButton_->setText(tr("Stop"));
    stopLoadButton_->setToolTip(tr("Stop reading the data set; the one in use stays"));
    stopLoadButton_->hide();
    connect(stopLoadButton_, &QToolButton::clicked, controller_, &RunController::stopLoading);
    statusBar()->addPermanentWidget(loadBar_);
    statusBar()->addPermanentWidget(stopLoadButton_);
    statusBar()->addPermanentWidget(dataLabel_); // no stretch: messages need the room
    resize(1280, 800);
}

void MainWindow::buildCourseTour() {
    tour_ = new CourseTourPanel;
    tour_->setObjectName("courseTour");
    tour_->setActionHandler([this](TourAction action) {
        switch (action) {
        case TourAction::ShowData:
            tabs_->showPage(tabs_->dataBrowser());
            break;
        case TourAction::TrainTwoLayer:
        case TourAction::TrainLLayer:
            column_->networkPanel()->setConfig(action == TourAction::TrainTwoLayer ? twoLayerCourseConfig()
                                                                                 : lLayerCourseConfig());
            startTraining();
            break;
        case TourAction::ShowMislabeled:
            tabs_->showPage(tabs_->mislabeledView());
            break;
        case TourAction::ShowPredict:
            tabs_->showPage(tabs_->predictionPanel());
            break;
        }
    });
    tourDock_ = new QDockWidget(tr("Course tour"), this);
    tourDock_->setObjectName("courseTourDock");
    tourDock_->setWidget(tour_);
    tourDock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, tourDock_);
    tourDock_->hide();
    connect(controller_, &RunController::datasetChanged, tour_, [this] { tour_->setDataset(controller_->dataset()); });
    for (auto changed : {&RunController::currentRunChanged, &RunController::trainingFinished})
        connect(controller_, changed, tour_, [this] { tour_->setRun(controller_->currentRun()); });
}

ImportDialog* MainWindow::showImportDialog() {
    if (!importDialog_) {
        importDialog_ = new ImportDialog(this);
        importDialog_->setObjectName("importDialog");
        connect(importDialog_, &ImportDialog::datasetWritten, this, &MainWindow::loadDatasetFolder);
    }
    // The course's images can be added when the course's files are what is open.
    const auto data = controller_->dataset();
    std::optional<std::filesystem::path> course;
    if (data && !controller_->isBuiltInDataset() && holdsCourseFiles(data->train.file.parent_path()) &&
        data->train.count() == 209)
        course = data->train.file.parent_path();
    importDialog_->setCourseFolder(course);
    importDialog_->show();
    importDialog_->raise();
    return importDialog_;
}

void MainWindow::showCourseTour() {
    tourDock_->show();
    tourDock_->raise();
    tour_->setFocus();
}

void MainWindow::connectController() {
    connect(controller_, &RunController::loadingStarted, this, [this](const QString& directory) {
        loadBar_->show();
        stopLoadButton_->show();
        statusBar()->showMessage(tr("Reading the data set in %1…").arg(QDir::toNativeSeparators(directory)));
    });
    connect(controller_, &RunController::loadingFinished, this,
            [this](const QString& directory, const QString& error, bool stopped) {
                loadBar_->hide();
                stopLoadButton_->hide();
                const QString shown = QDir::toNativeSeparators(directory);
                if (stopped) {
                    statusBar()->showMessage(tr("Stopped reading %1; the data set in use stays").arg(shown), 8000);
                } else if (!error.isEmpty()) {
                    reportError(tr("Cannot open the dataset"), error);
                } else {
                    if (options_.useSettings)
                        QSettings().setValue("data/lastFolder", directory);
                    statusBar()->showMessage(tr("Opened the data set in %1").arg(shown), 8000);
                }
            });
    connect(controller_, &RunController::datasetChanged, this, [this] {
        const bool builtIn = controller_->isBuiltInDataset();
        dataLabel_->setText(describeDataset(*controller_->dataset(), controller_->datasetDescription(), builtIn));
        dataLabel_->setStyleSheet(builtIn ? "color: #8a5a00; font-weight: bold;" : QString());
    });
    for (auto changed : {&RunController::currentRunChanged, &RunController::trainingStarted, &RunController::trainingFinished})
        connect(controller_, changed, this, &MainWindow::updateActions);
    connect(controller_, &RunController::problem, this, &MainWindow::reportError);
    connect(controller_, &RunController::restoreProgress, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Reading kept runs: %1 of %2").arg(done).arg(total), done < total ? 0 : 3000);
    });
    connect(controller_, &RunController::restoreFinished, this, [this](const QStringList& problems) {
        if (!problems.isEmpty())
            notice_->showNotice(tr("%n kept run(s) could not be read and were skipped: %1", nullptr, int(problems.size()))
                                    .arg(problems.join("; ")));
    });
    connect(controller_, &RunController::runNotKept, this, [this](int id, const QString& reason) {
        const QString message = tr("%1 could not be kept for the next session: %2")
                                    .arg(controller_->run(id)->name, reason);
        statusBar()->showMessage(message, 15000);
        notice_->showNotice(message, tr("Save as…"), [this, id] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save the run elsewhere"), "catnet-model.h5",
                                                              tr("HDF5 model (*.h5)"));
            if (!path.isEmpty() && attempt(tr("Cannot save the model"), [&] { controller_->saveRun(id, path); }))
                savingNotKept_ = id; // the notice goes once that save has worked
        });
    });
    connect(column_->networkPanel(), &NetworkPanel::validityChanged, this, &MainWindow::updateActions);
    connect(controller_, &RunController::pauseChanged, this, &MainWindow::updateActions);
    connect(controller_, &RunController::saveProgress, this, [this](int id, const QString& path, double share) {
        saveBar_->setValue(int(share * 100));
        saveBar_->show();
        if (const auto run = controller_->run(id))
            statusBar()->showMessage(tr("Saving %1 to %2…").arg(run->name, QDir::toNativeSeparators(path)));
    });
    connect(controller_, &RunController::saveFinished, this, [this](int id, const QString& path, const QString& error) {
        if (!error.isEmpty()) {
            reportError(tr("Cannot save the model"), error);
            return;
        }
        statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
        if (id == savingNotKept_) {
            notice_->hide();
            savingNotKept_ = 0;
        }
    });
    const auto hideSaveBarWhenDone = [this] { saveBar_->setVisible(controller_->isSaving()); };
    connect(controller_, &RunController::saveFinished, this, hideSaveBarWhenDone);
    connect(controller_, &RunController::runChanged, this, hideSaveBarWhenDone);
}

// Data: --data, then CATNET_DATA, then ./data, then the last folder used, else built-in.
void MainWindow::loadInitialData() {
    bool loaded = false;
    if (const auto found = findDataDirectory(options_.dataDirectory))
        loaded = openDatasetFolder(QString::fromStdString(found->string()), true);
    if (!loaded && options_.useSettings) {
        const QString last = QSettings().value("data/lastFolder").toString();
        if (!last.isEmpty() && holdsCourseFiles(last.toStdString()))
            loaded = openDatasetFolder(last, true);
    }
    if (loaded)
        return;
    useBuiltInDataset(tr("the course files were not found"));
    if (options_.dataDirectory)
        statusBar()->showMessage(tr("--data %1 does not hold %2 and %3; using the built-in dataset")
                                     .arg(QString::fromStdString(options_.dataDirectory->string()), kTrainFileName, kTestFileName));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    // Values of the wrong type or corrupt blobs simply fail to restore.
    restoreGeometry(settings.value("window/geometry").toByteArray());
    NetworkPanel* network = column_->networkPanel();
    network->restoreSettings(settings);
    CameraPanel* camera = tabs_->cameraPanel();
    camera->setCaptureFolders(settings.value("camera/catsFolder", camera->catsFolder()).toString(),
                              settings.value("camera/nonCatsFolder", camera->nonCatsFolder()).toString());
    // The first start offers the tour, once.
    if (!settings.value("tour/offered").toBool()) {
        QSettings().setValue("tour/offered", true);
        notice_->showNotice(tr("New to catnet? The course tour walks through the assignment step by step: the data, "
                               "the 2-layer and the L-layer model, the mislabeled images, your own photo."),
                            tr("Start the course tour"), [this] { showCourseTour(); });
    }
    // Last session's experiment (100,000,000 iterations, lr 5) is kept, but said so,
    // with the way back to the course one click away.
    if (settings.contains("network/dims") && !network->matchesPreset()) {
        const QString described = network->config() ? describeConfig(*network->config()) : network->problem();
        notice_->showNotice(tr("The form holds your last session's settings: %1").arg(described),
                            tr("Use the course's L-layer model"),
                            [this] { column_->networkPanel()->setConfig(lLayerCourseConfig()); });
    }
    mainSplitter_->restoreState(settings.value("window/mainSplitter").toByteArray());
    tabs_->trainingTab()->restoreState(settings.value("window/trainingSplitter").toByteArray());
}

void MainWindow::saveSettings() const {
    if (!options_.useSettings)
        return;
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    column_->networkPanel()->saveSettings(settings);
    settings.setValue("camera/catsFolder", tabs_->cameraPanel()->catsFolder());
    settings.setValue("camera/nonCatsFolder", tabs_->cameraPanel()->nonCatsFolder());
    settings.setValue("window/mainSplitter", mainSplitter_->saveState());
    settings.setValue("window/trainingSplitter", tabs_->trainingTab()->saveState());
}

// ---- data ----

bool MainWindow::openDatasetFolder(const QString& directory, bool quiet) {
    const bool opened = attempt(quiet ? QString() : tr("Cannot open the dataset"),
                                [&] { controller_->openDatasetFolder(directory); });
    if (opened && options_.useSettings)
        QSettings().setValue("data/lastFolder", directory);
    return opened;
}

void MainWindow::loadDatasetFolder(const QString& directory) {
    controller_->loadDatasetFolder(directory);
}

bool MainWindow::openDatasetFiles(const QStringList& files) {
    return attempt(tr("Cannot open the dataset"), [&] { controller_->openDatasetFiles(files); });
}

void MainWindow::useBuiltInDataset(const QString& reason) {
    controller_->useBuiltInDataset(reason);
}

// ---- training and runs ----

bool MainWindow::startTraining() {
    if (controller_->isPaused()) { // Train continues a paused run
        controller_->resumeTraining();
        updateActions();
        return true;
    }
    const std::optional<TrainConfig> config = column_->networkPanel()->config();
    if (!config) {
        reportError(tr("Cannot train"), column_->networkPanel()->problem());
        return false;
    }
    return controller_->startTraining(*config);
}

void MainWindow::pauseTraining() {
    if (!controller_->isTraining())
        return;
    controller_->pauseTraining();
    statusBar()->showMessage(tr("Pausing after the current iteration: Step (F10) runs one more, Train continues"), 5000);
    updateActions();
}

bool MainWindow::stepTraining() {
    const std::optional<TrainConfig> config = column_->networkPanel()->config();
    if (!controller_->isTraining() && !config) {
        reportError(tr("Cannot step"), column_->networkPanel()->problem());
        return false;
    }
    const bool stepped = controller_->stepTraining(config.value_or(TrainConfig{}));
    if (stepped && tabs_->iterationInspector())
        tabs_->showPage(tabs_->iterationInspector());
    updateActions();
    return stepped;
}

void MainWindow::stopTraining() {
    if (controller_->isTraining()) {
        controller_->stopTraining();
        statusBar()->showMessage(tr("Stopping after the current iteration…"), 3000);
    }
}

void MainWindow::removeCurrentRun() {
    const int id = controller_->currentRunId();
    const QString label = controller_->runs()->label(id);
    if (controller_->removeRun(id))
        statusBar()->showMessage(tr("Removed %1 — Edit → Undo (Ctrl+Z) brings it back").arg(label), 8000);
}

void MainWindow::updateActions() {
    const bool training = controller_->isTraining();
    const bool paused = controller_->isPaused();
    const bool valid = column_->networkPanel()->problem().isEmpty();
    trainAction_->setEnabled((!training && valid) || paused);
    trainAction_->setText(paused ? tr("&Continue") : tr("&Train"));
    stopAction_->setEnabled(training);
    pauseAction_->setEnabled(training && !paused);
    stepAction_->setEnabled(paused || (!training && valid));
    const auto run = controller_->currentRun();
    saveModelAction_->setEnabled(run && run->hasModel() && !run->running);
    exportCsvAction_->setEnabled(controller_->runs()->rowCount() > 0);
    removeRunAction_->setEnabled(run && !run->running);
    for (QAction* dataAction : {openFolderAction_, openFilesAction_, builtInAction_})
        dataAction->setEnabled(!training);
}

// ---- prediction ----

void MainWindow::predictFile(const QString& path) {
    tabs_->showPage(tabs_->predictionPanel());
    try {
        tabs_->predictionPanel()->setPhoto(loadPhoto(path), path);
        statusBar()->showMessage(tr("Predicted %1").arg(QFileInfo(path).fileName()), 4000);
    } catch (const std::exception& e) {
        tabs_->predictionPanel()->setError(QString::fromStdString(e.what()));
        statusBar()->showMessage(QString::fromStdString(e.what()), 6000);
    }
}

void MainWindow::askForPhotoFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("A folder of photos to classify"));
    if (!folder.isEmpty())
        predictPaths({folder});
}

void MainWindow::predictPaths(const QStringList& paths) {
    tabs_->showPage(tabs_->batchPredictionPanel());
    tabs_->batchPredictionPanel()->setPaths(paths);
}

void MainWindow::askForPhoto() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("A photo to classify"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        predictFile(path);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QMainWindow::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    auto* drop = static_cast<QDropEvent*>(event);
    if (!widget || widget->window() != this || !drop->mimeData()->hasUrls())
        return QMainWindow::eventFilter(watched, event);
    // Every widget of the window takes file drops for the window, whatever its own
    // drop handling (a chart's graphics view would refuse them silently).
    drop->acceptProposedAction();
    if (type == QEvent::Drop)
        handleDrop(drop);
    return true;
}

void MainWindow::handleDrop(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    const QUrl& url = urls.front();
    if (!url.isLocalFile()) {
        tabs_->showPage(tabs_->predictionPanel());
        tabs_->predictionPanel()->setError(tr("%1 is a web address; save the image to a file first, then drop the file.").arg(url.toString()));
        return;
    }
    // A folder, or several photos: all of them, on the Predict folder tab.
    if (urls.size() > 1 || QFileInfo(url.toLocalFile()).isDir()) {
        QStringList paths;
        for (const QUrl& dropped : urls)
            if (dropped.isLocalFile())
                paths << dropped.toLocalFile();
        predictPaths(paths);
        return;
    }
    predictFile(url.toLocalFile());
}

// ---- files ----

bool MainWindow::saveModelTo(const QString& path) {
    // Written in the background: saveFinished says how it ended.
    return attempt(tr("Cannot save the model"), [&] { controller_->saveRun(controller_->currentRunId(), path); });
}

bool MainWindow::loadModelFrom(const QString& path) {
    return attempt(tr("Cannot load the model"), [&] {
        const auto loaded = controller_->run(controller_->loadModel(path));
        if (!loaded->trainEvaluation)
            reportError(tr("Model loaded"), tr("The model expects %1 input features but the data has %2, so it cannot be "
                                               "evaluated on this dataset.")
                                                .arg(loaded->parameters->W.front().cols())
                                                .arg(controller_->dataset()->train.X.rows()));
    });
}

bool MainWindow::exportCostsTo(const QString& path) {
    const bool written = attempt(tr("Cannot export"), [&] { exportCostsCsv(*controller_->runs(), path); });
    if (written)
        statusBar()->showMessage(tr("Exported the costs of %n run(s) to %1", nullptr, controller_->runs()->rowCount())
                                     .arg(QDir::toNativeSeparators(path)), 5000);
    return written;
}

bool MainWindow::exportChartTo(const QString& path) {
    if (tabs_->trainingTab()->chart()->grab().save(path, "PNG")) {
        statusBar()->showMessage(tr("Exported the chart to %1").arg(QDir::toNativeSeparators(path)), 5000);
        return true;
    }
    reportError(tr("Cannot export"), tr("%1 could not be written.").arg(path));
    return false;
}

bool MainWindow::attempt(const QString& title, const std::function<void()>& work) {
    try {
        work();
        return true;
    } catch (const std::exception& e) {
        if (!title.isEmpty())
            reportError(title, QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::reportError(const QString& title, const QString& message) {
    statusBar()->showMessage(message, 8000);
    if (options_.showDialogs)
        QMessageBox::warning(this, title, message);
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About catnet"),
                       tr("<h3>catnet %1</h3><p>Build, train and inspect the deep neural network of the course "
                          "assignment \"deep neural network step by step\" on 64×64 cat / non-cat photos.</p>"
                          "<p>Qt %2, %3</p>")
                           .arg(QApplication::applicationVersion(), qVersion(),
                                QString::fromStdString(engineLibraryVersions())));
}

QString MainWindow::titleForCurrentRun(const QString& title) const {
    const QString label = controller_->runs()->label(controller_->currentRunId());
    return label.isEmpty() ? title : tr("%1 — %2").arg(title, label);
}

QString MainWindow::quickStartText() const {
    return tr("<h3>Quick start</h3>"
              "<ol><li><b>Data.</b> catnet opens the course's <i>train_catvnoncat.h5</i> and <i>test_catvnoncat.h5</i> "
              "from <i>data/</i> (or File → Open dataset folder…, Ctrl+O): 209 training and 50 test images of 64×64 "
              "pixels.</li>"
              "<li><b>Network.</b> Pick a preset (Ctrl+2: the 2-layer model, Ctrl+5: the L-layer model) or type the "
              "layer sizes, e.g. <i>12288, 20, 7, 5, 1</i>.</li>"
              "<li><b>Train</b> (Ctrl+R). The cost curve grows as it learns; Esc stops and keeps what was learned, F6 "
              "pauses, F10 runs one iteration and shows what happens inside it.</li>"
              "<li><b>Look.</b> Train and test accuracy are under the buttons; the Mislabeled tab shows the test images "
              "it gets wrong; drop your own photo anywhere on the window to ask \"cat or not?\".</li></ol>"
              "<h3>Learning rates</h3>"
              "<p>The course uses <b>0.0075</b>. Much smaller (0.0001) learns slowly: the curve falls a little and "
              "flattens. Larger (0.05 or more) can make the cost jump around or grow: catnet marks a run whose cost "
              "did not decrease (⚠), and stops one whose cost is no longer a number (diverged). Try a few in the "
              "Sweep tab and compare them on one heat map.</p>"
              "<p>The chart: drag to zoom, double-click to see everything, click a legend entry to hide a curve, "
              "hover to read a point. Ctrl+Z undoes removing a run and changes to the form.</p>");
}

void MainWindow::chooseLanguage(const QString& language) {
    if (options_.useSettings)
        QSettings().setValue("view/language", language);
    // Texts are translated as the widgets are made: the change shows at the next start.
    notice_->showNotice(tr("catnet will speak %1 from its next start.").arg(languageName(language)));
}

void MainWindow::quickStart() {
    QMessageBox box(QMessageBox::Information, tr("Quick start"), quickStartText(), QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
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
    saveSettings();
    event->accept();
}

} // namespace catnet::ui
