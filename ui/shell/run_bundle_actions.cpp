#include "ui/shell/run_bundle_actions.h"

#include "ui/core/attempt.h"
#include "ui/core/run_bundler.h"
#include "ui/core/run_controller.h"
#include "ui/shell/run_picker_dialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>

namespace catnet::ui {

namespace {
QString bundleFilter() {
    return RunBundleActions::tr("catnet runs (*.h5);;All files (*)");
}
} // namespace

RunBundleActions::RunBundleActions(RunController* controller, QWidget* window)
    : QObject(window), controller_(controller), window_(window), bundler_(new RunBundler(this)),
      exportRuns_(new QAction(tr("Export r&uns…"), window)), importRuns_(new QAction(tr("&Import runs…"), window)) {
    exportRuns_->setToolTip(tr("Several runs in one file, with their weights, costs, names and numbers, for another "
                               "catnet"));
    importRuns_->setToolTip(tr("Takes in the runs of a file written with Export runs…; a run already here is not "
                               "added twice"));
    exportRuns_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)); // beside Save model (Ctrl+S)
    importRuns_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)); // beside Load model (Ctrl+L)
    connect(exportRuns_, &QAction::triggered, this, &RunBundleActions::askAndExport);
    connect(importRuns_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(window_, tr("Import runs"), QString(), bundleFilter());
        if (!path.isEmpty())
            importRunsFrom(path);
    });
    connect(bundler_, &RunBundler::progress, this, [this](int done, int total) {
        emit message(tr("Exporting runs: %1 of %2").arg(done).arg(total), 0);
    });
    connect(bundler_, &RunBundler::finished, this, [this](const QString& path, int count, const QString& error) {
        update();
        if (!error.isEmpty())
            emit problem(tr("Cannot export the runs"), error);
        else
            emit message(count == 1 ? tr("Exported 1 run to %1").arg(QDir::toNativeSeparators(path))
                                    : tr("Exported %1 runs to %2").arg(count).arg(QDir::toNativeSeparators(path)),
                         8000);
    });
    connect(controller_, &RunController::runsImported, this, [this](const QString& path, int added, int alreadyThere) {
        const QString file = QDir::toNativeSeparators(path);
        QString text = added == 1 ? tr("Imported 1 run from %1").arg(file) : tr("Imported %1 runs from %2").arg(added).arg(file);
        if (alreadyThere > 0)
            text += alreadyThere == 1 ? tr("; 1 was here already") : tr("; %1 were here already").arg(alreadyThere);
        emit message(text, 10000);
    });
    connect(controller_, &RunController::readingFinished, this,
            [this](RunController::Reading what, const QString&, const QString& error, bool) {
                if (what == RunController::Reading::Runs && !error.isEmpty())
                    emit problem(tr("Cannot import the runs"), error + tr("\n\nNo run of this file was imported."));
            });
}

void RunBundleActions::askAndExport() {
    RunPickerDialog picker(*controller_->runs(), window_);
    if (picker.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(window_, tr("Export runs"), "catnet-runs.h5", bundleFilter());
    if (!path.isEmpty())
        exportRunsTo(picker.chosen(), path);
}

bool RunBundleActions::exportRunsTo(const std::vector<int>& ids, const QString& path) {
    const bool started = attempt([&] { bundler_->start(*controller_->runs(), ids, path); },
                                 [&](const QString& text) { emit problem(tr("Cannot export the runs"), text); });
    update();
    return started;
}

void RunBundleActions::importRunsFrom(const QString& path) {
    controller_->importRunsFile(path); // read in the background: runsImported or readingFinished tells
}

void RunBundleActions::update() {
    bool any = false;
    for (const auto& run : controller_->runs()->runs())
        any = any || (run->hasModel() && !run->running);
    exportRuns_->setEnabled(any && !bundler_->isWriting());
}

} // namespace catnet::ui
