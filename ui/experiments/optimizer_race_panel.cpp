#include "ui/experiments/optimizer_race_panel.h"

#include "engine/inspect/optimizer_race.h"
#include "ui/core/run_controller.h"
#include "ui/core/sweep_session.h"
#include "ui/core/trained_run.h"
#include "ui/widgets/cost_chart.h"

#include <QComboBox>
#include <QTableWidget>

#include <cmath>

namespace catnet::ui {

namespace {

QColor optimizerColour(std::size_t index) {
    static const QColor colours[] = {QColor(0x888888), QColor(0x0072B2), QColor(0xD55E00)};
    return colours[index % 3];
}

QString optimizerName(std::size_t index) {
    return QString::fromUtf8(nameOf(raceOptimizers()[index]).data());
}

// How soon `cell` reaches what gradient descent (`descent`, row 0) ends at.
QString raceSentence(const SweepCell& descent, const SweepCell& cell, std::size_t row) {
    const TrainResult& result = cell.result;
    const TrainResult& baseline = descent.result;
    if (result.divergedAt)
        return OptimizerRacePanel::tr("diverged at epoch %1: try a smaller learning rate").arg(*result.divergedAt);
    if (row == 0 || baseline.costs.empty() || baseline.divergedAt)
        return OptimizerRacePanel::tr("ends at cost %1 after %2 epochs (%3 steps)")
            .arg(result.costs.empty() ? 0.0 : result.costs.back().cost, 0, 'f', 4)
            .arg(result.iterationsRun)
            .arg(result.steps);
    const double target = baseline.costs.back().cost;
    const std::optional<int> epoch = firstEpochReaching(result, target);
    if (!epoch)
        return OptimizerRacePanel::tr("never reaches gradient descent's final cost %1").arg(target, 0, 'f', 4);
    return OptimizerRacePanel::tr("reaches gradient descent's final cost %1 in epoch %2 (gradient descent: epoch %3)")
        .arg(target, 0, 'f', 4)
        .arg(*epoch)
        .arg(firstEpochReaching(baseline, target).value_or(0));
}

} // namespace

OptimizerRacePanel::OptimizerRacePanel(RunController* controller, QWidget* parent)
    : LabPanel(controller, "optimizerRace",
               {tr("Ra&ce the optimizers"),
                tr("Train the network on the left, its learning rate and batch size, with gradient descent, "
                   "momentum and Adam, the same seed"),
                tr("Which optimizer gets there first? The same network, rate and batches, three ways to step."),
                {tr("Optimizer"), tr("Final cost"), tr("Steps"), tr("Train acc."), tr("Test acc."),
                 tr("How soon")}},
               parent),
      axisCombo_(new QComboBox) {
    axisCombo_->setObjectName("optimizerRaceAxisCombo");
    axisCombo_->addItems({tr("Per epoch"), tr("Per step")});
    axisCombo_->setToolTip(tr("The cost after each epoch, or each step's batch cost (mini-batches only)"));
    addControl(axisCombo_);
    connect(axisCombo_, &QComboBox::currentIndexChanged, this,
            [this](int index) { setAxis(index == 0 ? Axis::Epoch : Axis::Step); });
}

bool OptimizerRacePanel::startRuns(const TrainConfig& base) {
    std::vector<SweepValue> optimizers;
    for (catnet::Optimizer optimizer : raceOptimizers())
        optimizers.push_back(optimizer);
    return lab_->start(base, {{SweepSetting::Optimizer, optimizers}}, controller_->dataset());
}

QString OptimizerRacePanel::startedText(const TrainConfig& base) const {
    return tr("Racing gd, momentum and Adam on %1…").arg(runName(base));
}

std::vector<std::pair<QString, QColor>> OptimizerRacePanel::rowNames() const {
    std::vector<std::pair<QString, QColor>> names;
    for (std::size_t k = 0; k < raceOptimizers().size(); ++k)
        names.emplace_back(optimizerName(k), optimizerColour(k));
    return names;
}

void OptimizerRacePanel::setAxis(Axis axis) {
    axisCombo_->setCurrentIndex(axis == Axis::Epoch ? 0 : 1);
    if (axis == Axis::Step)
        chart_->setTitles(tr("Cost per step: each batch's cost"), tr("step"), tr("cost"));
    else
        chart_->setMeasure(ChartMeasure::Cost);
    for (std::size_t k = 0; k < raceOptimizers().size(); ++k)
        plotRow(k);
}

void OptimizerRacePanel::plotRow(std::size_t index) {
    const SweepCell* cell = lab_->cell(index);
    if (!cell)
        return;
    const TrainResult& result = cell->result;
    // Every epoch's cost with the test cost at the report points; per step, the batches'
    // costs alone (at full batch a step is an epoch).
    const bool perStep = axisCombo_->currentIndex() == 1;
    const CostHistory& history = perStep && !result.stepCosts.values.empty() ? result.stepCosts : result.costHistory;
    plot(index, optimizerName(index), optimizerColour(index), result, &history, !perStep);
}

void OptimizerRacePanel::showCell(std::size_t index) {
    const SweepCell* cell = lab_->cell(index);
    if (!cell)
        return;
    plotRow(index);
    const TrainResult& result = cell->result;
    const bool diverged = result.divergedAt.has_value();
    const QString none = QStringLiteral("—");
    setCellText(index, FinalCost,
                result.costs.empty() || diverged ? none : QString::number(result.costs.back().cost, 'f', 4));
    setCellText(index, Steps, QString::number(result.steps));
    setCellText(index, TrainAccuracy, diverged ? none : QStringLiteral("%1%").arg(cell->trainAccuracy * 100, 0, 'f', 1));
    setCellText(index, TestAccuracy, diverged ? none : QStringLiteral("%1%").arg(cell->testAccuracy * 100, 0, 'f', 1));
    // Every sentence compares with gradient descent's run.
    describeAgainstFirstRow(&raceSentence);
}

QString OptimizerRacePanel::finishedText() const {
    return tr("Three runs in %1 s, the same seed. Double-click a row to open that run.")
        .arg(lab_->elapsedSeconds(), 0, 'f', 1);
}

QString OptimizerRacePanel::openedRunName(const SweepCell& cell) const {
    return tr("%1 (optimizer race)").arg(runName(cell.config));
}

} // namespace catnet::ui
