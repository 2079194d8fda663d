#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace catnet::ui {

class CostChart;
class NoticeBar;
class RunBundleActions;
class RunController;

// The File menu's actions on runs: save the current run as a model file (in the
// background), load a model as a run, export and import a bundle of runs (RunBundleActions),
// export every run's costs as CSV, the chart as PNG and the current run as a notebook or an
// HTML report; each asks for its file, and says how it went.
class RunFileActions : public QObject {
    Q_OBJECT
public:
    RunFileActions(RunController* controller, CostChart* chart, QWidget* window);

    QAction* saveModel() const { return saveModel_; }
    QAction* loadModel() const { return loadModel_; }
    QAction* exportCosts() const { return exportCosts_; }
    QAction* exportChart() const { return exportChart_; }
    QAction* exportNotebook() const { return exportNotebook_; }
    QAction* exportReport() const { return exportReport_; }
    RunBundleActions* bundles() const { return bundles_; }
    // Every action above, in the File menu's order.
    QList<QAction*> actions() const;

    // Starts writing the current run; false (with a problem) when it cannot even start.
    bool saveModelTo(const QString& path);
    // Starts reading a model in the background, with Stop in the status bar; its end is
    // a problem (cannot read it, or it does not fit the data) or the new current run.
    void loadModelFrom(const QString& path);
    bool exportCostsTo(const QString& path);
    bool exportChartTo(const QString& path);
    // The current run as a Jupyter notebook that trains it again with numpy.
    bool exportNotebookTo(const QString& path);
    // The current run as one self-contained HTML page.
    bool exportReportTo(const QString& path);
    // Enables what fits the current run and the runs table.
    void update();
    // Says how saves end (a failure is a problem), and offers Save as… in `notice` for a
    // run that could not be kept (RunController::runNotKept); the notice goes once that
    // save has worked.
    void watchSaves(NoticeBar* notice);
    // A save dialog's title that names the current run: "Save model — #3 [12288,7,1] lr 0.0075".
    QString titleForCurrentRun(const QString& title) const;

signals:
    void message(const QString& text, int milliseconds);
    void problem(const QString& title, const QString& message);

private:
    void modelRead(const QString& path, const QString& error);
    // Runs `work`; what it throws is a problem under `title`.
    bool attempt(const QString& title, const std::function<void()>& work);

    RunController* controller_;
    CostChart* chart_;
    QWidget* window_;
    QAction* saveModel_;
    QAction* loadModel_;
    QAction* exportCosts_;
    QAction* exportChart_;
    QAction* exportNotebook_;
    QAction* exportReport_;
    RunBundleActions* bundles_;
    int savingNotKept_ = 0; // the run whose "not kept" notice waits for its Save as…
};

} // namespace catnet::ui
