#pragma once

#include "ui/shell/window_settings.h"

#include <QMainWindow>

#include <filesystem>
#include <functional>
#include <optional>

class QAction;
class QSplitter;

namespace catnet::ui {

class ImportDialog;
class NoticeBar;
class RunController;
class RunFileActions;
class StatusBar;
class TourDock;
class TrainingActions;
class TrainingColumn;
class WorkspaceTabs;

struct MainWindowOptions {
    std::optional<std::filesystem::path> dataDirectory; // --data
    bool useSettings = true;                            // restore geometry, settings, last data folder
    QString runStoreDirectory;                          // where runs are kept; empty: not kept
    bool showDialogs = true;                            // false: problems go to the status bar only
};

// catnet's window: it builds the menus and wires the parts, nothing more. A
// RunController owns the data, the runs and the training worker; the left column and
// each tab show what it holds; the status bar, the tour's dock, the settings, the
// routing of drops and the help texts are classes of their own (ui/shell/).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // A window with a controller of its own, started: data opened, kept runs restored.
    explicit MainWindow(const MainWindowOptions& options = {}, QWidget* parent = nullptr);
    // The same around `controller`, which stays the caller's (WindowHost).
    MainWindow(RunController* controller, const MainWindowOptions& options);
    // A window that continues `earlier` around the same controller: its geometry,
    // splitters, tab, tour and form with its undo steps. Once `earlier` is gone,
    // showHeldState() fills the views (a language switch: WindowHost).
    MainWindow(RunController* controller, MainWindow& earlier);
    ~MainWindow() override;

    void showHeldState();
    // What works in this window and would be lost with it (tabs' titles, the import);
    // empty when nothing does. Training is the controller's and goes on.
    QStringList workInProgress() const;
    NoticeBar* noticeBar() const { return notice_; }

    // Loads the course files from `directory`; false (with a message) if they are unusable.
    bool openDatasetFolder(const QString& directory, bool quiet = false);

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

    // File → New data set from folders…: the import dialog (not modal), made on first use.
    ImportDialog* showImportDialog();
    // Help → Course tour: the side panel that walks through the assignment.
    void showCourseTour();

signals:
    // View → Language: the learner chose `language` (kept in the settings already).
    void languageChosen(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The parts, menus and wiring; start() or the hand-over then fills them.
    void build();
    void start();
    WindowParts parts();
    void buildActions();
    void buildLayout();
    void connectController();
    // Files dropped anywhere on the window (DropRouter) are predicted.
    void connectDrops();
    void loadInitialData();
    // The window's settings, and the notices they call for (the tour offered once, a
    // form left by the last session).
    void restoreSettings();
    void updateActions();
    // Runs `work`; what it throws is reported under `title` (empty: not reported).
    bool attempt(const QString& title, const std::function<void()>& work);
    void reportError(const QString& title, const QString& message);

    MainWindowOptions options_;
    WindowSettings settings_;
    RunController* controller_;
    TrainingActions* training_ = nullptr;
    RunFileActions* files_ = nullptr;

    TrainingColumn* column_ = nullptr;
    WorkspaceTabs* tabs_ = nullptr;
    QSplitter* mainSplitter_ = nullptr;
    NoticeBar* notice_ = nullptr;
    StatusBar* status_ = nullptr;
    ImportDialog* importDialog_ = nullptr;
    TourDock* tourDock_ = nullptr;

    QAction* openFolderAction_ = nullptr;
    QAction* openFilesAction_ = nullptr;
    QAction* builtInAction_ = nullptr;
    QAction* removeRunAction_ = nullptr;
    QAction* evaluateAction_ = nullptr;
};

} // namespace catnet::ui
