#pragma once

#include <QMainWindow>

#include <filesystem>
#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QSplitter;

namespace catnet::ui {

class CourseTourPanel;
class ImportDialog;
class NoticeBar;
class RunController;
class TrainingColumn;
class WorkspaceTabs;

struct MainWindowOptions {
    std::optional<std::filesystem::path> dataDirectory; // --data
    bool useSettings = true;                            // restore geometry, settings, last data folder
    QString runStoreDirectory;                          // where runs are kept; empty: not kept
    bool showDialogs = true;                            // false: problems go to the status bar only
};

// catnet's window: menus, tabs, dialogs and drops. The work is done elsewhere: a
// RunController owns the data, the runs and the training worker; the left column
// and each tab show what it holds.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the course files from `directory`; false (with a message) if they are unusable.
    bool openDatasetFolder(const QString& directory, bool quiet = false);
    // The same in the background, with a busy bar and Stop in the status bar: for
    // what the learner opens (a data set of their own may hold thousands of images).
    void loadDatasetFolder(const QString& directory);
    bool openDatasetFiles(const QStringList& files);
    void useBuiltInDataset(const QString& reason);

    // Trains the network panel's settings; false (with a message) if they are invalid.
    // Starts a run, or continues a paused one.
    bool startTraining();
    void stopTraining();
    void pauseTraining();
    // One iteration (see RunController::stepTraining); shows the iteration inspector.
    bool stepTraining();
    void removeCurrentRun();

    void predictFile(const QString& path);
    // Files and folders of photos, all predicted on the Predict folder tab.
    void predictPaths(const QStringList& paths);
    // Starts saving the current run in the background; false (with a message) when it
    // cannot even start. The status bar shows the progress and how it ended.
    bool saveModelTo(const QString& path);
    bool loadModelFrom(const QString& path);
    bool exportCostsTo(const QString& path);
    bool exportChartTo(const QString& path);

    // File → New data set from folders…: the import dialog (not modal), made on first use.
    ImportDialog* showImportDialog();
    // Help → Course tour: the side panel that walks through the assignment.
    void showCourseTour();
    // Help → Quick start: how to use the window, and what learning rates do.
    QString quickStartText() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    // Drops of files land anywhere on the window: the chart, the tables and every other
    // child pass them here instead of refusing them (see eventFilter).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void connectController();
    void loadInitialData();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();
    // Runs `work`; what it throws is reported under `title` (empty: not reported).
    bool attempt(const QString& title, const std::function<void()>& work);
    void reportError(const QString& title, const QString& message);
    void about();
    void quickStart();
    void chooseLanguage(const QString& language);
    void handleDrop(QDropEvent* event);
    // "Save model — #3 [12288,7,1] lr 0.0075": a dialog title that names the current run.
    QString titleForCurrentRun(const QString& title) const;
    void askForPhoto();
    void askForPhotoFolder();
    void buildCourseTour();

    MainWindowOptions options_;
    RunController* controller_;

    TrainingColumn* column_ = nullptr;
    WorkspaceTabs* tabs_ = nullptr;
    QSplitter* mainSplitter_ = nullptr;
    QLabel* dataLabel_ = nullptr;
    NoticeBar* notice_ = nullptr;
    CourseTourPanel* tour_ = nullptr;
    ImportDialog* importDialog_ = nullptr;
    QDockWidget* tourDock_ = nullptr;
    QProgressBar* saveBar_ = nullptr;
    QProgressBar* loadBar_ = nullptr;
    QToolButton* stopLoadButton_ = nullptr;
    int savingNotKept_ = 0; // the run whose "not kept" notice waits for its Save as…

    QAction* openFolderAction_ = nullptr;
    QAction* openFilesAction_ = nullptr;
    QAction* builtInAction_ = nullptr;
    QAction* saveModelAction_ = nullptr;
    QAction* exportCsvAction_ = nullptr;
    QAction* trainAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* pauseAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* removeRunAction_ = nullptr;
};

} // namespace catnet::ui
