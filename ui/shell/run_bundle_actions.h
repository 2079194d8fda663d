#pragma once

#include <QObject>
#include <QString>

#include <vector>

class QAction;
class QWidget;

namespace catnet::ui {

class RunBundler;
class RunController;

// File → Export runs… and File → Import runs…: several runs in one HDF5 file
// (engine/io/run_bundle.h) for a classmate's catnet. Export asks which runs
// (RunPickerDialog) and where, then writes in the background (RunBundler); import reads
// through the reader process (RunController::importRunsFile). Each says how it went.
class RunBundleActions : public QObject {
    Q_OBJECT
public:
    RunBundleActions(RunController* controller, QWidget* window);

    QAction* exportRuns() const { return exportRuns_; }
    QAction* importRuns() const { return importRuns_; }

    // Starts writing the runs `ids` to `path`; false (with a problem) when it cannot start.
    bool exportRunsTo(const std::vector<int>& ids, const QString& path);
    void importRunsFrom(const QString& path);
    void update();

signals:
    void message(const QString& text, int milliseconds);
    void problem(const QString& title, const QString& message);

private:
    void askAndExport();

    RunController* controller_;
    QWidget* window_;
    RunBundler* bundler_;
    QAction* exportRuns_;
    QAction* importRuns_;
};

} // namespace catnet::ui
