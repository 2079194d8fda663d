#include "main_window.h"

#include "cost_chart.h"
#include "course_presets.h"
#include "data_browser.h"
#include "dataset_files.h"
#include "isolated_reader.h"
#include "library_versions.h"
#include "mislabeled_view.h"
#include "model_io.h"
#include "network_panel.h"
#include "photo_loader.h"
#include "prediction_panel.h"
#include "run_controller.h"
#include "run_export.h"
#include "synthetic_dataset.h"
#include "training_column.h"
#include "training_tab.h"
#include "weights_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace catnet::ui {

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), options_(options), controller_(new RunController(options.runStoreDirectory, this)) {
    controller_->setObjectName("runController");
    setWindowTitle(tr("catnet"));
    setAcceptDrops(true);
    buildActions();
    buildLayout();
    connectController();
    loadInitialData();
    if (options_.useSettings)
        restoreSettings();
    const QStringList problems = controller_->restoreRuns();
    if (!problems.isEmpty())
        reportError(tr("Kept runs skipped"),
                    tr("%n kept run(s) could not be read and were skipped: %1", nullptr, int(problems.size()))
                        .arg(problems.join("; ")));
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
    QMenu* file = menuBar()->addMenu(tr("&File"));
    openFolderAction_ = add(file, tr("&Open dataset folder…"), [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with train_catvnoncat.h5 and test_catvnoncat.h5"));
        if (!folder.isEmpty())
            openDatasetFolder(folder);
    }, QKeySequence::Open);
    openFilesAction_ = add(file, tr("Open dataset &files…"), [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("The course's train and test files"), QString(),
                                                                tr("HDF5 files (*.h5 *.hdf5);;All files (*)"));
        if (!files.isEmpty())
            openDatasetFiles(files);
    }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    builtInAction_ = add(file, tr("Use &built-in shapes dataset"), [this] { useBuiltInDataset(tr("chosen from the menu")); });
    file->addSeparator();
    add(file, tr("&Predict image…"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("A photo to classify"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)"));
        if (!path.isEmpty())
            predictFile(path);
    }, QKeySequence(Qt::CTRL | Qt::Key_P));
    file->addSeparator();
    saveModelAction_ = add(file, tr("&Save model…"), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), "catnet-model.h5", tr("HDF5 model (*.h5)"));
        if (!path.isEmpty())
            saveModelTo(path);
    }, QKeySequence::Save);
    add(file, tr("&Load model…"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load model"), QString(), tr("HDF5 model (*.h5);;All files (*)"));
        if (!path.isEmpty())
            loadModelFrom(path);
    }, QKeySequence(Qt::CTRL | Qt::Key_L));
    exportCsvAction_ = add(file, tr("Export &costs as CSV…"), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export cost history"), "costs.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCostsTo(path);
    });
    add(file, tr("Export c&hart as PNG…"), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), "cost-chart.png", tr("PNG image (*.png)"));
        if (!path.isEmpty())
            exportChartTo(path);
    });
    file->addSeparator();
    add(file, tr("&Quit"), &QWidget::close, QKeySequence::Quit);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    trainAction_ = add(run, tr("&Train"), &MainWindow::startTraining, QKeySequence(Qt::CTRL | Qt::Key_R));
    trainAction_->setToolTip(tr("Train the network with these settings (Ctrl+R)"));
    stopAction_ = add(run, tr("&Stop"), &MainWindow::stopTraining, QKeySequence(Qt::Key_Escape));
    stopAction_->setToolTip(tr("Stop after the current iteration and keep what was learned (Esc)"));
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

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About catnet"), &MainWindow::about);
}

void MainWindow::buildLayout() {
    column_ = new TrainingColumn(controller_, trainAction_, stopAction_);
    column_->setObjectName("trainingColumn");
    trainingTab_ = new TrainingTab(controller_);
    trainingTab_->setObjectName("trainingTab");
    browser_ = new DataBrowser;
    browser_->setObjectName("dataBrowser");
    mislabeled_ = new MislabeledView;
    mislabeled_->setObjectName("mislabeledView");
    weights_ = new WeightsView;
    weights_->setObjectName("weightsView");
    prediction_ = new PredictionPanel;
    prediction_->setObjectName("predictionPanel");
    tabs_ = new QTabWidget;
    tabs_->addTab(trainingTab_, tr("Training"));
    tabs_->addTab(browser_, tr("Data"));
    tabs_->addTab(mislabeled_, tr("Mislabeled"));
    tabs_->addTab(weights_, tr("Weights"));
    tabs_->addTab(prediction_, tr("Predict"));

    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->addWidget(column_);
    mainSplitter_->addWidget(tabs_);
    mainSplitter_->setStretchFactor(1, 1);
    setCentralWidget(mainSplitter_);
    dataLabel_ = new QLabel;
    dataLabel_->setObjectName("dataLabel");
    dataLabel_->setToolTip(tr("The dataset in use"));
    statusBar()->addPermanentWidget(dataLabel_); // no stretch: messages need the room
    resize(1280, 800);
}

void MainWindow::connectController() {
    connect(controller_, &RunController::datasetChanged, this, [this] {
        const auto data = controller_->dataset();
        browser_->setDataset(data);
        mislabeled_->setDataset(data);
        dataLabel_->setText(describeDataset(*data, controller_->datasetDescription(), controller_->isBuiltInDataset()));
        dataLabel_->setStyleSheet(controller_->isBuiltInDataset() ? "color: #8a5a00; font-weight: bold;" : QString());
    });
    connect(controller_, &RunController::currentRunChanged, this, &MainWindow::showCurrentRun);
    connect(controller_, &RunController::runChanged, this, [this](int id) {
        if (id == controller_->currentRunId() && !controller_->isTraining())
            showCurrentRun();
    });
    connect(controller_, &RunController::trainingStarted, this, [this] {
        tabs_->setCurrentWidget(trainingTab_);
        updateActions();
    });
    connect(controller_, &RunController::trainingFinished, this, [this] {
        showCurrentRun();
        updateActions();
    });
    connect(controller_, &RunController::problem, this, &MainWindow::reportError);
    connect(column_->networkPanel(), &NetworkPanel::validityChanged, this, &MainWindow::updateActions);
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
    column_->networkPanel()->restoreSettings(settings);
    mainSplitter_->restoreState(settings.value("window/mainSplitter").toByteArray());
    trainingTab_->restoreState(settings.value("window/trainingSplitter").toByteArray());
}

void MainWindow::saveSettings() const {
    if (!options_.useSettings)
        return;
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    column_->networkPanel()->saveSettings(settings);
    settings.setValue("window/mainSplitter", mainSplitter_->saveState());
    settings.setValue("window/trainingSplitter", trainingTab_->saveState());
}

// ---- data ----

bool MainWindow::openDatasetFolder(const QString& directory, bool quiet) {
    try {
        auto data = std::make_shared<const Dataset>(loadCourseDatasetIsolated(directory.toStdString()));
        controller_->setDataset(std::move(data), QDir::toNativeSeparators(directory), false);
        if (options_.useSettings)
            QSettings().setValue("data/lastFolder", directory);
        return true;
    } catch (const std::exception& e) {
        if (!quiet)
            reportError(tr("Cannot open the dataset"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::openDatasetFiles(const QStringList& files) {
    try {
        controller_->setDataset(std::make_shared<const Dataset>(loadDatasetFiles(files)),
                                QDir::toNativeSeparators(QFileInfo(files.value(0)).absolutePath()), false);
        return true;
    } catch (const std::exception& e) {
        reportError(tr("Cannot open the dataset"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::useBuiltInDataset(const QString& reason) {
    controller_->setDataset(std::make_shared<const Dataset>(makeSyntheticDataset()),
                            tr("built-in shapes (%1)").arg(reason), true);
}

// ---- training and runs ----

bool MainWindow::startTraining() {
    const std::optional<TrainConfig> config = column_->networkPanel()->config();
    if (!config) {
        reportError(tr("Cannot train"), column_->networkPanel()->problem());
        return false;
    }
    return controller_->startTraining(*config);
}

void MainWindow::stopTraining() {
    if (controller_->isTraining()) {
        controller_->stopTraining();
        statusBar()->showMessage(tr("Stopping after the current iteration…"), 3000);
    }
}

void MainWindow::removeCurrentRun() {
    controller_->removeRun(controller_->currentRunId());
}

void MainWindow::showCurrentRun() {
    const auto run = controller_->currentRun();
    mislabeled_->setRun(run);
    weights_->setRun(run);
    prediction_->setRun(run);
    updateActions();
}

void MainWindow::updateActions() {
    const bool training = controller_->isTraining();
    trainAction_->setEnabled(!training && column_->networkPanel()->problem().isEmpty());
    stopAction_->setEnabled(training);
    const auto run = controller_->currentRun();
    saveModelAction_->setEnabled(run && run->hasModel() && !run->running);
    exportCsvAction_->setEnabled(run && !run->costs.empty());
    removeRunAction_->setEnabled(run && !run->running);
    for (QAction* dataAction : {openFolderAction_, openFilesAction_, builtInAction_})
        dataAction->setEnabled(!training);
}

// ---- prediction ----

void MainWindow::predictFile(const QString& path) {
    tabs_->setCurrentWidget(prediction_);
    try {
        prediction_->setPhoto(loadPhoto(path), path);
        statusBar()->showMessage(tr("Predicted %1").arg(QFileInfo(path).fileName()), 4000);
    } catch (const std::exception& e) {
        prediction_->setError(QString::fromStdString(e.what()));
        statusBar()->showMessage(QString::fromStdString(e.what()), 6000);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    const QUrl& url = urls.front();
    if (!url.isLocalFile()) {
        tabs_->setCurrentWidget(prediction_);
        prediction_->setError(tr("%1 is a web address; save the image to a file first, then drop the file.").arg(url.toString()));
        return;
    }
    predictFile(url.toLocalFile());
    if (urls.size() > 1)
        statusBar()->showMessage(tr("%1 files dropped: predicted the first, %2").arg(urls.size()).arg(url.fileName()), 6000);
}

// ---- files ----

bool MainWindow::saveModelTo(const QString& path) {
    const auto run = controller_->currentRun();
    if (!run || !run->parameters) {
        reportError(tr("Cannot save the model"), tr("Train a model or select a run first."));
        return false;
    }
    try {
        saveModel(path.toStdString(), toSavedModel(*run));
        statusBar()->showMessage(tr("Saved %1 to %2").arg(run->name, path), 5000);
        return true;
    } catch (const std::exception& e) {
        reportError(tr("Cannot save the model"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::loadModelFrom(const QString& path) {
    try {
        TrainedRun run = fromSavedModel(loadModelIsolated(path.toStdString()));
        run.name = QFileInfo(path).fileName();
        run.modelFile = path;
        const int id = controller_->addLoadedModel(std::move(run));
        const auto added = controller_->run(id);
        if (!added->trainEvaluation)
            reportError(tr("Model loaded"), tr("The model expects %1 input features but the data has %2, so it cannot be "
                                               "evaluated on this dataset.")
                                                .arg(added->parameters->W.front().cols())
                                                .arg(controller_->dataset()->train.X.rows()));
        return true;
    } catch (const std::exception& e) {
        reportError(tr("Cannot load the model"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::exportCostsTo(const QString& path) {
    const auto run = controller_->currentRun();
    try {
        if (!run)
            throw std::runtime_error(tr("Select a run first.").toStdString());
        exportCostsCsv(*run, path);
        return true;
    } catch (const std::exception& e) {
        reportError(tr("Cannot export"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::exportChartTo(const QString& path) {
    if (trainingTab_->chart()->grab().save(path, "PNG"))
        return true;
    reportError(tr("Cannot export"), tr("%1 could not be written.").arg(path));
    return false;
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

void MainWindow::closeEvent(QCloseEvent* event) {
    // Stop after the current iteration and take the partial run in now, so it is kept
    // like any other before the window goes.
    controller_->finishTrainingNow();
    saveSettings();
    event->accept();
}

} // namespace catnet::ui
