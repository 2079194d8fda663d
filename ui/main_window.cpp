#include "main_window.h"

#include "cost_chart.h"
#include "data_browser.h"
#include "hdf5_support.h"
#include "isolated_reader.h"
#include "layer_dims.h"
#include "library_versions.h"
#include "mislabeled_view.h"
#include "model_io.h"
#include "network_panel.h"
#include "prediction_panel.h"
#include "qt_images.h"
#include "synthetic_dataset.h"
#include "training_session.h"
#include "weights_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace catnet::ui {

namespace {
constexpr int kRefreshMilliseconds = 33; // ≤ 30 Hz chart and progress updates

QString percentText(const char* label, const std::optional<Evaluation>& e, Eigen::Index total) {
    if (!e)
        return QStringLiteral("%1: –").arg(label);
    return QStringLiteral("%1: %2% (%3/%4)")
        .arg(label)
        .arg(e->accuracy * 100.0, 0, 'f', 1)
        .arg(total - Eigen::Index(e->mislabeled.size()))
        .arg(total);
}
} // namespace

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), options_(options), store_(options.runStoreDirectory), runs_(new RunsModel(this)), session_(new TrainingSession(this)),
      refreshTimer_(new QTimer(this)) {
    setWindowTitle(tr("catnet"));
    setAcceptDrops(true);
    buildActions();
    buildLayout();
    refreshTimer_->setInterval(kRefreshMilliseconds);
    connect(refreshTimer_, &QTimer::timeout, this, &MainWindow::refreshProgress);
    connect(session_, &TrainingSession::finished, this, &MainWindow::onTrainingFinished);
    connect(network_, &NetworkPanel::validityChanged, this, &MainWindow::updateActions);

    // Data: --data, then CATNET_DATA, then ./data, then the last folder used, else built-in.
    bool loaded = false;
    if (const auto found = findDataDirectory(options_.dataDirectory))
        loaded = openDatasetFolder(QString::fromStdString(found->string()), true);
    if (!loaded && options_.useSettings) {
        const QString last = QSettings().value("data/lastFolder").toString();
        if (!last.isEmpty() && holdsCourseFiles(last.toStdString()))
            loaded = openDatasetFolder(last, true);
    }
    if (!loaded)
        useBuiltInDataset(tr("the course files were not found"));
    if (!loaded && options_.dataDirectory) {
        lastError_ = tr("--data %1 does not hold %2 and %3; using the built-in dataset")
                         .arg(QString::fromStdString(options_.dataDirectory->string()), kTrainFileName, kTestFileName);
        statusBar()->showMessage(lastError_, 15000);
    }
    if (options_.useSettings)
        restoreSettings();
    restoreRuns();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    openFolderAction_ = file->addAction(tr("&Open dataset folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with train_catvnoncat.h5 and test_catvnoncat.h5"));
        if (!folder.isEmpty())
            openDatasetFolder(folder);
    });
    openFolderAction_->setShortcut(QKeySequence::Open);
    openFilesAction_ = file->addAction(tr("Open dataset &files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("The course's train and test files"),
                                                                QString(), tr("HDF5 files (*.h5 *.hdf5);;All files (*)"));
        if (!files.isEmpty())
            openDatasetFiles(files);
    });
    openFilesAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(tr("Use &built-in shapes dataset"), this, [this] { useBuiltInDataset(tr("chosen from the menu")); });
    file->addSeparator();
    predictAction_ = file->addAction(tr("&Predict image…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("A photo to classify"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)"));
        if (!path.isEmpty())
            predictFile(path);
    });
    predictAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    file->addSeparator();
    saveModelAction_ = file->addAction(tr("&Save model…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), "catnet-model.h5", tr("HDF5 model (*.h5)"));
        if (!path.isEmpty())
            saveModelTo(path);
    });
    saveModelAction_->setShortcut(QKeySequence::Save);
    loadModelAction_ = file->addAction(tr("&Load model…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load model"), QString(), tr("HDF5 model (*.h5);;All files (*)"));
        if (!path.isEmpty())
            loadModelFrom(path);
    });
    loadModelAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    exportCsvAction_ = file->addAction(tr("Export &costs as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export cost history"), "costs.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCostsTo(path);
    });
    exportChartAction_ = file->addAction(tr("Export c&hart as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), "cost-chart.png", tr("PNG image (*.png)"));
        if (!path.isEmpty())
            exportChartTo(path);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    trainAction_ = run->addAction(tr("&Train"), this, &MainWindow::startTraining);
    trainAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    trainAction_->setToolTip(tr("Train the network with these settings (Ctrl+R)"));
    stopAction_ = run->addAction(tr("&Stop"), this, &MainWindow::stopTraining);
    stopAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    stopAction_->setToolTip(tr("Stop after the current iteration and keep what was learned (Esc)"));
    run->addSeparator();
    QAction* twoLayer = run->addAction(tr("Preset: &2-layer (course)"), this, [this] { network_->applyPreset(NetworkPanel::TwoLayerCourse); });
    twoLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* lLayer = run->addAction(tr("Preset: &L-layer (course)"), this, [this] { network_->applyPreset(NetworkPanel::LLayerCourse); });
    lLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    run->addSeparator();
    removeRunAction_ = run->addAction(tr("&Remove selected run"), this, &MainWindow::removeSelectedRun);
    removeRunAction_->setShortcut(QKeySequence::Delete);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About catnet"), this, &MainWindow::about);
}

void MainWindow::buildLayout() {
    network_ = new NetworkPanel;
    trainButton_ = new QPushButton(tr("&Train"));
    trainButton_->setObjectName("trainButton");
    trainButton_->setToolTip(trainAction_->toolTip());
    stopButton_ = new QPushButton(tr("Stop"));
    stopButton_->setObjectName("stopButton");
    stopButton_->setToolTip(stopAction_->toolTip());
    connect(trainButton_, &QPushButton::clicked, this, &MainWindow::startTraining);
    connect(stopButton_, &QPushButton::clicked, this, &MainWindow::stopTraining);
    progress_ = new QProgressBar;
    progress_->setObjectName("trainingProgress");
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setToolTip(tr("Iterations done of the run"));
    progressLabel_ = new QLabel;
    progressLabel_->setObjectName("progressLabel");
    trainAccuracy_ = new QLabel(tr("Train accuracy: –"));
    trainAccuracy_->setObjectName("trainAccuracyLabel");
    trainAccuracy_->setToolTip(tr("Share of training images the selected run classifies correctly"));
    testAccuracy_ = new QLabel(tr("Test accuracy: –"));
    testAccuracy_->setObjectName("testAccuracyLabel");
    testAccuracy_->setToolTip(tr("Share of test images (never trained on) the selected run classifies correctly"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(trainButton_);
    buttons->addWidget(stopButton_);
    auto* left = new QWidget;
    left->setMinimumWidth(340);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(network_, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(progress_);
    leftLayout->addWidget(progressLabel_);
    leftLayout->addWidget(trainAccuracy_);
    leftLayout->addWidget(testAccuracy_);

    chart_ = new CostChart;
    chart_->setObjectName("costChart");
    runsView_ = new QTableView;
    runsView_->setObjectName("runsTable");
    runsView_->setModel(runs_);
    runsView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    runsView_->setSelectionMode(QAbstractItemView::SingleSelection);
    runsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    runsView_->horizontalHeader()->setStretchLastSection(true);
    runsView_->verticalHeader()->hide();
    runsView_->setToolTip(tr("Every run so far; select one to make it the current model (Delete removes it)"));
    connect(runsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    setCurrentRun(runs_->idAt(current.row()));
            });
    trainingSplitter_ = new QSplitter(Qt::Vertical);
    trainingSplitter_->addWidget(chart_);
    trainingSplitter_->addWidget(runsView_);
    trainingSplitter_->setStretchFactor(0, 3);
    trainingSplitter_->setStretchFactor(1, 1);

    browser_ = new DataBrowser;
    mislabeled_ = new MislabeledView;
    weights_ = new WeightsView;
    prediction_ = new PredictionPanel;
    tabs_ = new QTabWidget;
    tabs_->addTab(trainingSplitter_, tr("Training"));
    tabs_->addTab(browser_, tr("Data"));
    tabs_->addTab(mislabeled_, tr("Mislabeled"));
    tabs_->addTab(weights_, tr("Weights"));
    tabs_->addTab(prediction_, tr("Predict"));

    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->addWidget(left);
    mainSplitter_->addWidget(tabs_);
    mainSplitter_->setStretchFactor(1, 1);
    setCentralWidget(mainSplitter_);
    dataLabel_ = new QLabel;
    dataLabel_->setObjectName("dataLabel");
    dataLabel_->setToolTip(tr("The dataset in use"));
    statusBar()->addPermanentWidget(dataLabel_, 1);
    resize(1280, 800);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    // Values of the wrong type or corrupt blobs simply fail to restore.
    restoreGeometry(settings.value("window/geometry").toByteArray());
    network_->restoreSettings(settings);
    mainSplitter_->restoreState(settings.value("window/mainSplitter").toByteArray());
    trainingSplitter_->restoreState(settings.value("window/trainingSplitter").toByteArray());
}

void MainWindow::saveSettings() const {
    if (!options_.useSettings)
        return;
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    network_->saveSettings(settings);
    settings.setValue("window/mainSplitter", mainSplitter_->saveState());
    settings.setValue("window/trainingSplitter", trainingSplitter_->saveState());
}

// ---- data ----

bool MainWindow::openDatasetFolder(const QString& directory, bool quiet) {
    try {
        auto data = std::make_shared<const Dataset>(loadCourseDatasetIsolated(directory.toStdString()));
        setDataset(std::move(data), QDir::toNativeSeparators(directory), false);
        if (options_.useSettings)
            QSettings().setValue("data/lastFolder", directory);
        return true;
    } catch (const std::exception& e) {
        if (!quiet)
            reportError(tr("Cannot open the dataset"), QString::fromStdString(e.what()));
        else
            lastError_ = QString::fromStdString(e.what());
        return false;
    }
}

bool MainWindow::openDatasetFiles(const QStringList& files) {
    if (files.size() == 1) // one of the pair: look for both beside it
        return openDatasetFolder(QFileInfo(files.front()).absolutePath());
    if (files.size() != 2) {
        reportError(tr("Cannot open the dataset"), tr("Choose the two files: the training file and the test file."));
        return false;
    }
    try {
        Dataset dataset;
        bool haveTrain = false, haveTest = false;
        for (const QString& file : files) {
            const std::string path = file.toStdString();
            // Which split a file holds is read from its dataset names, not its file name.
            try {
                dataset.train = loadSplitIsolated(path, "train");
                haveTrain = true;
            } catch (const FileError&) {
                dataset.test = loadSplitIsolated(path, "test");
                haveTest = true;
            }
        }
        if (!haveTrain || !haveTest)
            throw FileError("one file must hold train_set_x/train_set_y and the other test_set_x/test_set_y");
        setDataset(std::make_shared<const Dataset>(std::move(dataset)),
                   QDir::toNativeSeparators(QFileInfo(files.front()).absolutePath()), false);
        return true;
    } catch (const std::exception& e) {
        reportError(tr("Cannot open the dataset"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::useBuiltInDataset(const QString& reason) {
    setDataset(std::make_shared<const Dataset>(makeSyntheticDataset()), tr("built-in shapes (%1)").arg(reason), true);
}

void MainWindow::setDataset(std::shared_ptr<const Dataset> data, const QString& description, bool builtIn) {
    data_ = std::move(data);
    builtIn_ = builtIn;
    network_->setInputSize(data_->train.X.rows());
    browser_->setDataset(data_.get());
    for (const auto& run : runs_->runs()) {
        if (!run->running)
            evaluateRun(*run);
        runs_->changed(run->id);
    }
    const DataSplit& train = data_->train;
    QString summary = tr("%1 train / %2 test images, 64×64×3, classes: %3, %4 — %5")
                          .arg(train.count()).arg(data_->test.count())
                          .arg(className(train, 0), className(train, 1), description);
    if (builtIn)
        summary = tr("No course data loaded: using %1 train / %2 test built-in shape images (File → Open dataset folder… loads the real ones)")
                      .arg(train.count()).arg(data_->test.count());
    dataLabel_->setText(summary);
    dataLabel_->setStyleSheet(builtIn ? "color: #8a5a00; font-weight: bold;" : QString());
    showRunDetails();
    emit datasetChanged();
}

void MainWindow::evaluateRun(TrainedRun& run) const {
    run.trainEvaluation.reset();
    run.testEvaluation.reset();
    if (!run.parameters || !data_ || run.parameters->W.front().cols() != data_->train.X.rows())
        return;
    run.trainEvaluation = evaluate(*run.parameters, data_->train.X, data_->train.Y);
    run.testEvaluation = evaluate(*run.parameters, data_->test.X, data_->test.Y);
}

// ---- runs kept between sessions ----

int MainWindow::addRun(TrainedRun run) {
    const int id = runs_->add(std::move(run));
    const TrainedRun* added = runs_->find(id);
    if (!added->costs.empty())
        chart_->setCosts(id, added->name, runColour(id), added->costs);
    return id;
}

void MainWindow::restoreRuns() {
    RunStore::Restored restored = store_.loadAll();
    for (TrainedRun& run : restored.runs) {
        evaluateRun(run);
        addRun(std::move(run));
    }
    if (runs_->rowCount() > 0) {
        runsView_->selectRow(runs_->rowCount() - 1);
        setCurrentRun(runs_->idAt(runs_->rowCount() - 1));
    }
    if (!restored.problems.isEmpty()) {
        lastError_ = tr("%n saved run(s) could not be read and were skipped: %1", nullptr, int(restored.problems.size()))
                         .arg(restored.problems.join("; "));
        statusBar()->showMessage(lastError_, 15000);
    }
}

void MainWindow::keepRun(TrainedRun& run) {
    if (!store_.enabled() || !run.parameters)
        return;
    try {
        run.storeFile = store_.save(run);
    } catch (const std::exception& e) {
        statusBar()->showMessage(tr("The run could not be kept for the next session: %1").arg(e.what()), 8000);
    }
}

// ---- training ----

bool MainWindow::startTraining() {
    if (session_->isRunning()) {
        statusBar()->showMessage(tr("A run is already training; stop it first (Esc)."), 4000);
        return false;
    }
    const std::optional<TrainConfig> config = network_->config();
    if (!config) {
        reportError(tr("Cannot train"), network_->problem());
        return false;
    }
    TrainedRun run;
    run.name = runName(*config);
    run.config = *config;
    run.running = true;
    run.strategy = chooseStrategy(config->layerDims, data_->train.count(), config->iterations);
    activeRunId_ = addRun(std::move(run));
    const int row = runs_->rowOf(activeRunId_);
    runsView_->selectRow(row);
    setCurrentRun(activeRunId_);
    progress_->setRange(0, config->iterations);
    progress_->setValue(0);
    trainingClock_.start();
    session_->start(activeRunId_, *config, data_);
    refreshTimer_->start();
    tabs_->setCurrentIndex(0);
    updateActions();
    return true;
}

void MainWindow::stopTraining() {
    if (session_->isRunning()) {
        session_->stop();
        statusBar()->showMessage(tr("Stopping after the current iteration…"), 3000);
    }
}

bool MainWindow::isTraining() const {
    return session_->isRunning();
}

void MainWindow::refreshProgress() {
    TrainedRun* run = runs_->find(activeRunId_);
    if (!run)
        return;
    std::vector<CostPoint> points = session_->takeNewPoints();
    if (points.empty())
        return;
    run->costs.insert(run->costs.end(), points.begin(), points.end());
    chart_->setCosts(run->id, run->name, runColour(run->id), run->costs);
    const int done = run->costs.back().iteration + 1;
    progress_->setValue(done);
    const double seconds = trainingClock_.elapsed() / 1000.0;
    const double rate = seconds > 0 ? done / seconds : 0.0;
    const double left = rate > 0 ? (run->config.iterations - done) / rate : 0.0;
    progressLabel_->setText(tr("iteration %1 / %2 · %3 it/s · %4 s left · cost %5")
                                .arg(done).arg(run->config.iterations)
                                .arg(rate, 0, 'f', 0).arg(left, 0, 'f', 1)
                                .arg(run->costs.back().cost, 0, 'f', 6));
    runs_->changed(run->id);
}

void MainWindow::onTrainingFinished(const SessionResult& result) {
    refreshProgress(); // the last points
    refreshTimer_->stop();
    TrainedRun* run = runs_->find(result.runId);
    activeRunId_ = 0;
    if (run) {
        run->running = false;
        if (result.result) {
            const TrainResult& r = *result.result;
            run->costs = r.costs;
            run->outcome = r.outcome;
            run->divergedAt = r.divergedAt;
            run->iterationsRun = r.iterationsRun;
            run->seconds = r.seconds;
            run->strategy = r.strategy;
            run->parameters = r.parameters;
            run->trainEvaluation = *result.train;
            run->testEvaluation = *result.test;
            chart_->setCosts(run->id, run->name, runColour(run->id), run->costs);
            keepRun(*run);
            progress_->setValue(r.iterationsRun);
            progressLabel_->setText(tr("%1 — %2 iterations in %3 s")
                                        .arg(run->outcomeText()).arg(r.iterationsRun).arg(r.seconds, 0, 'f', 2));
            if (r.outcome == Outcome::Diverged)
                reportError(tr("Training diverged"),
                            tr("The cost stopped being a finite number at iteration %1, so the run was stopped. "
                               "The chart shows the part before that. Try a smaller learning rate.")
                                .arg(r.divergedAt.value_or(r.iterationsRun)));
        } else {
            run->outcome = Outcome::Cancelled;
            progressLabel_->setText(tr("failed: %1").arg(result.error));
            reportError(tr("Training failed"), result.error);
        }
        runs_->changed(run->id);
        if (currentRunId_ == run->id)
            showRunDetails();
    }
    updateActions();
    emit runFinished(result.runId);
}

// ---- the current run ----

void MainWindow::setCurrentRun(int id) {
    currentRunId_ = id;
    chart_->highlight(id);
    showRunDetails();
    updateActions();
}

void MainWindow::showRunDetails() {
    const TrainedRun* run = runs_->find(currentRunId_);
    const Eigen::Index trainCount = data_ ? data_->train.count() : 0;
    const Eigen::Index testCount = data_ ? data_->test.count() : 0;
    trainAccuracy_->setText(percentText("Train accuracy", run ? run->trainEvaluation : std::nullopt, trainCount));
    testAccuracy_->setText(percentText("Test accuracy", run ? run->testEvaluation : std::nullopt, testCount));
    mislabeled_->show(data_.get(), run);
    weights_->show(run);
    repredict();
}

QString MainWindow::dataSummary() const {
    return dataLabel_->text();
}

QString MainWindow::trainAccuracyText() const {
    return trainAccuracy_->text();
}

QString MainWindow::testAccuracyText() const {
    return testAccuracy_->text();
}

void MainWindow::removeSelectedRun() {
    const int id = currentRunId_;
    if (!id || id == activeRunId_)
        return;
    store_.remove(runs_->find(id)->storeFile);
    chart_->removeRun(id);
    runs_->remove(id);
    setCurrentRun(runs_->idAt(std::min(runsView_->currentIndex().row(), runs_->rowCount() - 1)));
}

void MainWindow::updateActions() {
    const bool training = session_->isRunning();
    const bool valid = network_->problem().isEmpty();
    trainAction_->setEnabled(!training && valid);
    trainButton_->setEnabled(!training && valid);
    stopAction_->setEnabled(training);
    stopButton_->setEnabled(training);
    const TrainedRun* run = runs_->find(currentRunId_);
    saveModelAction_->setEnabled(run && run->hasModel() && !run->running);
    exportCsvAction_->setEnabled(run && !run->costs.empty());
    removeRunAction_->setEnabled(run && !run->running);
    openFolderAction_->setEnabled(!training);
    openFilesAction_->setEnabled(!training);
}

// ---- prediction ----

void MainWindow::predictFile(const QString& path) {
    tabs_->setCurrentWidget(prediction_);
    try {
        lastPhoto_ = loadPhoto(path);
        prediction_->showPhoto(*lastPhoto_, path);
        repredict();
        statusBar()->showMessage(tr("Predicted %1").arg(QFileInfo(path).fileName()), 4000);
    } catch (const std::exception& e) {
        lastPhoto_.reset();
        prediction_->showError(QString::fromStdString(e.what()));
        statusBar()->showMessage(QString::fromStdString(e.what()), 6000);
    }
}

void MainWindow::repredict() {
    if (!lastPhoto_)
        return;
    const TrainedRun* run = runs_->find(currentRunId_);
    if (!run || !run->parameters || run->parameters->W.front().cols() != kFeatureCount) {
        prediction_->showPrediction(std::nullopt, QString());
        return;
    }
    const Matrix input = featuresFromPixels(lastPhoto_->pixels.data(), 1);
    prediction_->showPrediction(predictProbabilities(*run->parameters, input)(0), run->name);
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
        prediction_->showError(tr("%1 is a web address; save the image to a file first, then drop the file.").arg(url.toString()));
        return;
    }
    predictFile(url.toLocalFile());
    if (urls.size() > 1)
        statusBar()->showMessage(tr("%1 files dropped: predicted the first, %2").arg(urls.size()).arg(url.fileName()), 6000);
}

// ---- files ----

bool MainWindow::saveModelTo(const QString& path) {
    const TrainedRun* run = runs_->find(currentRunId_);
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
        evaluateRun(run);
        const bool fits = run.trainEvaluation.has_value();
        const int id = addRun(std::move(run));
        TrainedRun* added = runs_->find(id);
        keepRun(*added);
        runsView_->selectRow(runs_->rowOf(id));
        setCurrentRun(id);
        if (!fits)
            reportError(tr("Model loaded"), tr("The model expects %1 input features but the data has %2, so it cannot be "
                                               "evaluated on this dataset.")
                                                .arg(added->parameters->W.front().cols()).arg(data_->train.X.rows()));
        return true;
    } catch (const std::exception& e) {
        reportError(tr("Cannot load the model"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::exportCostsTo(const QString& path) {
    const TrainedRun* run = runs_->find(currentRunId_);
    if (!run || run->costs.empty()) {
        reportError(tr("Cannot export"), tr("The selected run has no cost history."));
        return false;
    }
    QSaveFile file(path); // written completely or not at all
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write("iteration,cost\n");
        for (const CostPoint& point : run->costs)
            file.write(QByteArray::number(point.iteration) + ',' + QByteArray::number(point.cost, 'g', 17) + '\n');
        if (file.commit())
            return true;
    }
    reportError(tr("Cannot export"), tr("%1: %2").arg(path, file.errorString()));
    return false;
}

bool MainWindow::exportChartTo(const QString& path) {
    if (chart_->grab().save(path, "PNG"))
        return true;
    reportError(tr("Cannot export"), tr("%1 could not be written.").arg(path));
    return false;
}

void MainWindow::reportError(const QString& title, const QString& message) {
    lastError_ = message;
    statusBar()->showMessage(message, 8000);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
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
    if (session_->isRunning()) {
        // Stop after the current iteration and take the partial run in now, so it is
        // kept like any other before the window goes.
        session_->stop();
        session_->finishNow();
    }
    saveSettings();
    event->accept();
}

} // namespace catnet::ui
