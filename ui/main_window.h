#pragma once

#include "dataset.h"
#include "photo_loader.h"
#include "run_store.h"
#include "runs_model.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <filesystem>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace catnet::ui {

class CostChart;
class DataBrowser;
class MislabeledView;
class NetworkPanel;
class PredictionPanel;
class TrainingSession;
class WeightsView;
struct SessionResult;

struct MainWindowOptions {
    std::optional<std::filesystem::path> dataDirectory; // --data
    bool useSettings = true;                            // restore geometry, settings, last data folder
    QString runStoreDirectory;                          // where runs are kept; empty: not kept
};

// catnet's window: set up a network, train it on a worker thread while the cost
// curve grows, compare runs, inspect mistakes, and ask about your own photos.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the course files from `directory`; false (with a message) if they are unusable.
    bool openDatasetFolder(const QString& directory, bool quiet = false);
    bool openDatasetFiles(const QStringList& files);
    void useBuiltInDataset(const QString& reason);
    const Dataset* dataset() const { return data_.get(); }
    bool isBuiltInDataset() const { return builtIn_; }

    bool startTraining();
    void stopTraining();
    bool isTraining() const;

    void predictFile(const QString& path);
    bool saveModelTo(const QString& path);
    bool loadModelFrom(const QString& path);
    bool exportCostsTo(const QString& path);
    bool exportChartTo(const QString& path);

    int currentRunId() const { return currentRunId_; }
    void setCurrentRun(int id);

    NetworkPanel* networkPanel() const { return network_; }
    RunsModel* runsModel() const { return runs_; }
    CostChart* costChart() const { return chart_; }
    MislabeledView* mislabeledView() const { return mislabeled_; }
    WeightsView* weightsView() const { return weights_; }
    PredictionPanel* predictionPanel() const { return prediction_; }
    QProgressBar* progressBar() const { return progress_; }
    QAction* trainAction() const { return trainAction_; }
    QAction* stopAction() const { return stopAction_; }
    QString trainAccuracyText() const;
    QString testAccuracyText() const;
    QString lastError() const { return lastError_; }
    QString dataSummary() const;

signals:
    void runFinished(int runId);
    void datasetChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void restoreSettings();
    void saveSettings() const;
    void setDataset(std::shared_ptr<const Dataset> data, const QString& description, bool builtIn);
    void evaluateRun(TrainedRun& run) const;
    void restoreRuns();
    void keepRun(TrainedRun& run);
    int addRun(TrainedRun run);
    void onTrainingFinished(const SessionResult& result);
    void refreshProgress();
    void updateActions();
    void showRunDetails();
    void repredict();
    void reportError(const QString& title, const QString& message);
    void removeSelectedRun();
    void about();

    MainWindowOptions options_;
    RunStore store_;
    std::shared_ptr<const Dataset> data_;
    bool builtIn_ = false;
    std::optional<PhotoInput> lastPhoto_;
    QString lastError_;

    RunsModel* runs_;
    TrainingSession* session_;
    QTimer* refreshTimer_;
    QElapsedTimer trainingClock_;
    int activeRunId_ = 0;
    int currentRunId_ = 0;

    NetworkPanel* network_ = nullptr;
    QPushButton* trainButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* progressLabel_ = nullptr;
    QLabel* dataLabel_ = nullptr;
    QLabel* trainAccuracy_ = nullptr;
    QLabel* testAccuracy_ = nullptr;
    QSplitter* mainSplitter_ = nullptr;
    QSplitter* trainingSplitter_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    CostChart* chart_ = nullptr;
    QTableView* runsView_ = nullptr;
    DataBrowser* browser_ = nullptr;
    MislabeledView* mislabeled_ = nullptr;
    WeightsView* weights_ = nullptr;
    PredictionPanel* prediction_ = nullptr;

    QAction* openFolderAction_ = nullptr;
    QAction* openFilesAction_ = nullptr;
    QAction* predictAction_ = nullptr;
    QAction* saveModelAction_ = nullptr;
    QAction* loadModelAction_ = nullptr;
    QAction* exportCsvAction_ = nullptr;
    QAction* exportChartAction_ = nullptr;
    QAction* trainAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* removeRunAction_ = nullptr;
};

} // namespace catnet::ui
