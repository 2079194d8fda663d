#include "ui/shell/run_file_actions.h"

#include "ui/inside/gradient_check_panel.h"

#include "engine/io/split_features.h"
#include "ui/core/attempt.h"
#include "ui/core/run_controller.h"
#include "ui/core/run_export.h"
#include "ui/core/runs_model.h"
#include "ui/shell/language.h"
#include "ui/shell/notice_bar.h"
#include "ui/shell/run_bundle_actions.h"
#include "ui/widgets/cost_chart.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>

namespace catnet::ui {

namespace {
// Notebooks and reports speak the window's language.
ExportLanguage exportLanguage() {
    return installedLanguage() == "zh_CN" ? ExportLanguage::SimplifiedChinese : ExportLanguage::English;
}
} // namespace

RunFileActions::RunFileActions(RunController* controller, CostChart* chart, QWidget* window)
    : QObject(window), controller_(controller), chart_(chart), window_(window),
      saveModel_(new QAction(tr("&Save model…"), window)), loadModel_(new QAction(tr("&Load model…"), window)),
      exportCosts_(new QAction(tr("Export &costs of all runs as CSV…"), window)),
      exportChart_(new QAction(tr("Export c&hart as PNG…"), window)),
      exportNotebook_(new QAction(tr("Export run as &Jupyter notebook…"), window)),
      exportReport_(new QAction(tr("Export run &report as HTML…"), window)),
      bundles_(new RunBundleActions(controller, window)) {
    connect(bundles_, &RunBundleActions::message, this, &RunFileActions::message);
    connect(bundles_, &RunBundleActions::problem, this, &RunFileActions::problem);
    exportReport_->setToolTip(tr("One page a teacher can open in any browser and print: the run's settings, curves, "
                                 "accuracies, mistakes and first-layer units"));
    exportNotebook_->setToolTip(tr("A Jupyter notebook that trains the current run again with numpy, in the course's "
                                   "functions, and checks that it gets catnet's numbers"));
    saveModel_->setShortcut(QKeySequence::Save);
    loadModel_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    exportCosts_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChart_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportNotebook_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J)); // J for Jupyter
    exportReport_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    const QString models = tr("HDF5 model (*.h5);;All files (*)");
    connect(saveModel_, &QAction::triggered, this, [this, models] {
        const QString path = QFileDialog::getSaveFileName(window_, titleForCurrentRun(tr("Save model")),
                                                          "catnet-model.h5", models);
        if (!path.isEmpty())
            saveModelTo(path);
    });
    connect(loadModel_, &QAction::triggered, this, [this, models] {
        const QString path = QFileDialog::getOpenFileName(window_, tr("Load model"), QString(), models);
        if (!path.isEmpty())
            loadModelFrom(path);
    });
    connect(controller_, &RunController::readingFinished, this,
            [this](RunController::Reading what, const QString& path, const QString& error, bool) {
                if (what == RunController::Reading::Model)
                    modelRead(path, error);
            });
    connect(exportCosts_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            window_, controller_->runs()->rowCount() == 1 ? tr("Export the cost history of the one run")
                                                          : tr("Export the cost history of all %1 runs").arg(controller_->runs()->rowCount()),
            "costs.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCostsTo(path);
    });
    connect(exportNotebook_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(window_, titleForCurrentRun(tr("Export run as notebook")),
                                                          "catnet-run.ipynb", tr("Jupyter notebook (*.ipynb)"));
        if (!path.isEmpty())
            exportNotebookTo(path);
    });
    connect(exportReport_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(window_, titleForCurrentRun(tr("Export run report")),
                                                          "catnet-report.html", tr("Web page (*.html)"));
        if (!path.isEmpty())
            exportReportTo(path);
    });
    connect(exportChart_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(window_, titleForCurrentRun(tr("Export chart")),
                                                          "cost-chart.png", tr("PNG image (*.png)"));
        if (!path.isEmpty())
            exportChartTo(path);
    });
}

void RunFileActions::watchSaves(NoticeBar* notice) {
    connect(controller_, &RunController::runNotKept, notice, [this, notice](int id, const QString& reason) {
        const QString text = tr("%1 could not be kept for the next session: %2").arg(controller_->run(id)->name, reason);
        emit message(text, 15000);
        notice->showNotice(text, tr("Save as…"), [this, id] {
            const QString path = QFileDialog::getSaveFileName(window_, tr("Save the run elsewhere"), "catnet-model.h5",
                                                              tr("HDF5 model (*.h5)"));
            if (!path.isEmpty() && attempt(tr("Cannot save the model"), [&] { controller_->saveRun(id, path); }))
                savingNotKept_ = id; // the notice goes once that save has worked
        });
    });
    connect(controller_, &RunController::saveFinished, notice, [this, notice](int id, const QString&, const QString& error) {
        if (!error.isEmpty()) {
            emit problem(tr("Cannot save the model"), error);
        } else if (id == savingNotKept_) {
            notice->hide();
            savingNotKept_ = 0;
        }
    });
}

bool RunFileActions::saveModelTo(const QString& path) {
    // Written in the background: RunController::saveFinished says how it ended.
    return attempt(tr("Cannot save the model"), [&] { controller_->saveRun(controller_->currentRunId(), path); });
}

void RunFileActions::loadModelFrom(const QString& path) {
    controller_->loadModelFile(path); // read in the background: modelRead says how it ended
}

void RunFileActions::modelRead(const QString& path, const QString& error) {
    if (!error.isEmpty()) {
        emit problem(tr("Cannot load the model"), error);
        return;
    }
    const auto loaded = controller_->currentRun();
    if (loaded && loaded->modelFile == path && !loaded->trainEvaluation && loaded->parameters)
        emit problem(tr("Model loaded"), tr("The model expects %1 input features but the data has %2, so it cannot "
                                            "be evaluated on this dataset.")
                                             .arg(loaded->parameters->W.front().cols())
                                             .arg(featureCount(controller_->dataset()->train)));
}

bool RunFileActions::exportCostsTo(const QString& path) {
    const bool written = attempt(tr("Cannot export"), [&] { exportCostsCsv(*controller_->runs(), path); });
    if (written)
        emit message(controller_->runs()->rowCount() == 1
                         ? tr("Exported the costs of 1 run to %1").arg(QDir::toNativeSeparators(path))
                         : tr("Exported the costs of %1 runs to %2")
                               .arg(QString::number(controller_->runs()->rowCount()), QDir::toNativeSeparators(path)),
                     5000);
    return written;
}

bool RunFileActions::exportNotebookTo(const QString& path) {
    const auto run = controller_->currentRun();
    const bool written = run && attempt(tr("Cannot export as a notebook"), [&] {
        exportRunNotebook(*run, controller_->dataset().get(),
                          controller_->isBuiltInDataset() ? QString() : controller_->datasetDescription(), path,
                          exportLanguage());
    });
    if (written)
        emit message(tr("Exported %1 as a notebook to %2: run it in Jupyter to train it again with numpy")
                         .arg(run->name, QDir::toNativeSeparators(path)),
                     8000);
    return written;
}

bool RunFileActions::exportReportTo(const QString& path) {
    const auto run = controller_->currentRun();
    // The gradient check of Inside, when it checked this run's own weights.
    std::optional<double> checked;
    if (const auto* check = window_->findChild<GradientCheckPanel*>("gradientCheckPanel");
        run && check && check->result() && check->subject() == run->parameters)
        checked = check->result()->difference;
    const bool written = run && attempt(tr("Cannot export the report"), [&] {
        exportRunReport(*run, controller_->dataset().get(), controller_->datasetDescription(), checked, path,
                        exportLanguage());
    });
    if (written)
        emit message(tr("Exported the report of %1 to %2").arg(run->name, QDir::toNativeSeparators(path)), 8000);
    return written;
}

bool RunFileActions::exportChartTo(const QString& path) {
    if (!chart_->grab().save(path, "PNG")) {
        emit problem(tr("Cannot export"), tr("%1 could not be written.").arg(path));
        return false;
    }
    emit message(tr("Exported the chart to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

QList<QAction*> RunFileActions::actions() const {
    return {saveModel_,    loadModel_,     bundles_->exportRuns(), bundles_->importRuns(),
            exportCosts_,  exportChart_,   exportNotebook_,        exportReport_};
}

void RunFileActions::update() {
    bundles_->update();
    const auto run = controller_->currentRun();
    saveModel_->setEnabled(run && run->hasModel() && !run->running);
    exportNotebook_->setEnabled(run && !run->running);
    exportReport_->setEnabled(run && !run->running);
    exportCosts_->setEnabled(controller_->runs()->rowCount() > 0);
}

QString RunFileActions::titleForCurrentRun(const QString& title) const {
    const QString label = controller_->runs()->label(controller_->currentRunId());
    return label.isEmpty() ? title : tr("%1 — %2").arg(title, label);
}

bool RunFileActions::attempt(const QString& title, const std::function<void()>& work) {
    return ui::attempt(work, [&](const QString& message) { emit problem(title, message); });
}

} // namespace catnet::ui
