#include "ui/experiments/overfitting_lab_panel.h"

#include "engine/inspect/overfitting_lab.h"
#include "ui/core/run_controller.h"
#include "ui/core/sweep_session.h"
#include "ui/core/trained_run.h"

#include <QTableWidget>

namespace catnet::ui {

namespace {

// 0, 1 or 2 for the lab's weaker to stronger L2 λ or keep probability.
int strength(const TrainingOptions& options) {
    if (options.l2 >= 2.0 || options.keepProb <= 0.7)
        return 2;
    return options.l2 >= 0.7 || options.keepProb <= 0.86 ? 1 : 0;
}

// One family of colours per remedy, lighter to darker as it grows: the baseline grey,
// L2 blues, dropout oranges, flip green, all three together purple (Okabe–Ito hues).
QColor settingColour(const TrainingOptions& options) {
    static const QColor l2[] = {QColor(0x56B4E9), QColor(0x0072B2), QColor(0x00406B)};
    static const QColor dropout[] = {QColor(0xE69F00), QColor(0xD55E00), QColor(0x8F3F00)};
    if (options.flip)
        return options.l2 > 0 || options.keepProb < 1 ? QColor(0xCC79A7) : QColor(0x009E73);
    if (options.l2 > 0)
        return l2[strength(options)];
    if (options.keepProb < 1)
        return dropout[strength(options)];
    return QColor(0x888888);
}

QString settingName(const TrainingOptions& options) {
    const std::string name = labSettingName(options);
    return name == "nothing added" ? OverfittingLabPanel::tr("nothing added") : QString::fromStdString(name);
}

QString accuracyText(double share) {
    return QStringLiteral("%1 %").arg(100.0 * share, 0, 'f', 1);
}

// The sentence of overfitting_lab.h's describeLabRun, in the window's language.
QString sentence(const LabOutcome& baseline, const LabOutcome& run, bool isBaseline) {
    QString stopping;
    if (run.bestIteration && *run.bestIteration == run.lastIteration)
        stopping = OverfittingLabPanel::tr("; test cost still falling at the last iteration");
    else if (run.bestIteration)
        stopping = OverfittingLabPanel::tr("; test cost lowest at iteration %1 (test %2 there)")
                       .arg(*run.bestIteration)
                       .arg(accuracyText(run.bestTestAccuracy));
    const QString gap = QString::number(run.gapPoints(), 'f', 1);
    switch (judgeRemedy(baseline, run, isBaseline)) {
    case RemedyEffect::Diverged:
        return OverfittingLabPanel::tr("diverged at iteration %1: no model to compare").arg(*run.divergedAt);
    case RemedyEffect::Baseline:
        return OverfittingLabPanel::tr("gap %1 points (train %2, test %3)")
                   .arg(gap, accuracyText(run.trainAccuracy), accuracyText(run.testAccuracy)) +
               stopping;
    case RemedyEffect::Helps:
        return OverfittingLabPanel::tr("gap %1 → %2 points, test %3 → %4: narrows the gap and lifts test accuracy")
                   .arg(QString::number(baseline.gapPoints(), 'f', 1), gap, accuracyText(baseline.testAccuracy),
                        accuracyText(run.testAccuracy)) +
               stopping;
    case RemedyEffect::Underfits:
        return OverfittingLabPanel::tr(
                   "gap %1 → %2 points, test %3 → %4: narrows the gap only by fitting the training images less")
                   .arg(QString::number(baseline.gapPoints(), 'f', 1), gap, accuracyText(baseline.testAccuracy),
                        accuracyText(run.testAccuracy)) +
               stopping;
    case RemedyEffect::NoBetter:
        return OverfittingLabPanel::tr("gap %1 → %2 points, test %3 → %4: does not narrow the gap here")
                   .arg(QString::number(baseline.gapPoints(), 'f', 1), gap, accuracyText(baseline.testAccuracy),
                        accuracyText(run.testAccuracy)) +
               stopping;
    }
    return {};
}

} // namespace

OverfittingLabPanel::OverfittingLabPanel(RunController* controller, QWidget* parent)
    : LabPanel(controller, "overfittingLab",
               {tr("&Compare remedies"),
                tr("Train the network on the left with nothing added, L2 at λ 0.1, 0.7 and 2, dropout keeping 0.95, "
                   "0.86 and 0.7, flipped images, and all three together, the same seed"),
                tr("The course's network ends near 99 % on the training images and 80 % on the test images. What "
                   "closes that gap?"),
                {tr("Remedy"), tr("Train acc."), tr("Test acc."), tr("Gap"), tr("Test cost lowest at"),
                 tr("What it did")}},
               parent),
      settings_(overfittingLabSettings()) {
    table_->horizontalHeaderItem(Gap)->setToolTip(tr("Train minus test accuracy, in percentage points"));
    table_->horizontalHeaderItem(LowestTestCost)
        ->setToolTip(tr("The iteration where the test cost was lowest: where early stopping would have stopped"));
}

bool OverfittingLabPanel::startRuns(const TrainConfig& base) {
    return lab_->startOverfittingLab(base, settings_, controller_->dataset());
}

QString OverfittingLabPanel::startedText(const TrainConfig& base) const {
    return tr("Training %1 with %2 remedies…").arg(runName(base)).arg(settings_.size());
}

std::vector<std::pair<QString, QColor>> OverfittingLabPanel::rowNames() const {
    std::vector<std::pair<QString, QColor>> names;
    for (const TrainingOptions& options : settings_)
        names.emplace_back(settingName(options), settingColour(options));
    return names;
}

void OverfittingLabPanel::showCell(std::size_t index) {
    const SweepCell* cell = lab_->cell(index);
    if (!cell)
        return;
    plot(index, settingName(settings_[index]), settingColour(settings_[index]), cell->result);
    const LabOutcome outcome = summarizeLabRun(*cell);
    const bool diverged = outcome.divergedAt.has_value();
    const QString none = QStringLiteral("—");
    setCellText(index, TrainAccuracy, diverged ? none : accuracyText(outcome.trainAccuracy));
    setCellText(index, TestAccuracy, diverged ? none : accuracyText(outcome.testAccuracy));
    setCellText(index, Gap, diverged ? none : QString::number(outcome.gapPoints(), 'f', 1));
    setCellText(index, LowestTestCost,
                outcome.bestIteration ? tr("%1 (%2)").arg(*outcome.bestIteration).arg(outcome.bestTestCost, 0, 'f', 3)
                                      : none);
    // Every sentence compares with the baseline's run.
    describeAgainstFirstRow([](const SweepCell& baseline, const SweepCell& run, std::size_t row) {
        return sentence(summarizeLabRun(baseline), summarizeLabRun(run), row == 0);
    });
}

QString OverfittingLabPanel::finishedText() const {
    return tr("%1 runs in %2 s, the same seed. Solid: training cost; dashed: test cost. Double-click a row to open "
              "that run.")
        .arg(settings_.size())
        .arg(lab_->elapsedSeconds(), 0, 'f', 1);
}

QString OverfittingLabPanel::openedRunName(const SweepCell& cell) const {
    return tr("%1 (overfitting lab)").arg(runName(cell.config));
}

} // namespace catnet::ui
