#include "ui/experiments/init_lab_panel.h"

#include "engine/inspect/init_lab.h"
#include "engine/training/sweep.h"
#include "ui/core/run_controller.h"
#include "ui/core/sweep_session.h"
#include "ui/core/trained_run.h"
#include "ui/widgets/cost_chart.h"

#include <QTableWidget>

#include <cmath>

namespace catnet::ui {

namespace {

// Okabe–Ito colours, one per scheme, told apart by colour-blind eyes too.
QColor schemeColour(std::size_t index) {
    static const QColor colours[] = {QColor(0x888888), QColor(0xE69F00), QColor(0xD55E00), QColor(0x0072B2),
                                     QColor(0x009E73)};
    return colours[index % 5];
}

// "0.36 · 0.05 · 0.0002": one number per layer.
template <typename Value>
QString perLayer(const std::vector<LayerSignals>& layers, Value value) {
    QStringList parts;
    for (const LayerSignals& layer : layers)
        parts << QString::number(value(layer), 'g', 2);
    return parts.join(QStringLiteral(" · "));
}

QString costText(const TrainResult& result, bool first) {
    if (result.costs.empty())
        return QStringLiteral("—");
    const double cost = first ? result.costs.front().cost : result.costs.back().cost;
    return std::isfinite(cost) ? QString::number(cost, 'f', 4) : QStringLiteral("∞");
}

// init_lab.h's verdict in the window's language.
QString sentence(const InitVerdict& v) {
    const QString shrinks = v.shrinks ? InitLabPanel::tr("the signal shrinks layer by layer (activation spread %1 in "
                                                         "layer 1, %2 in layer %3 at iteration 0)")
                                            .arg(QString::number(v.shrinkFirst, 'g', 2),
                                                 QString::number(v.shrinkLast, 'g', 2))
                                            .arg(v.shrinkLayer)
                                      : QString();
    switch (v.kind) {
    case InitVerdict::Kind::DivergedAtStart:
        return InitLabPanel::tr("diverged at iteration 0: the first cost is not even a finite number (the output "
                                "saturates at once, so log(0) appears)");
    case InitVerdict::Kind::Diverged:
        return InitLabPanel::tr("diverged at iteration %1 after a first cost of %2")
            .arg(v.iteration)
            .arg(QString::number(v.first, 'g', 3));
    case InitVerdict::Kind::NothingRan:
        return InitLabPanel::tr("no iteration ran");
    case InitVerdict::Kind::HugeCost:
        return InitLabPanel::tr("the first cost is huge (%1; a random guess costs 0.69) and is still %2 at the end")
            .arg(QString::number(v.first, 'g', 3), QString::number(v.last, 'g', 3));
    case InitVerdict::Kind::Symmetric:
        return InitLabPanel::tr("every unit of a layer stays identical — symmetry is never broken: the %1 units of "
                                "layer 1 still have the same weights after %2 iterations, so the layer is worth one "
                                "unit")
            .arg(v.units)
            .arg(v.iterations);
    case InitVerdict::Kind::Stuck: {
        const QString stuck = InitLabPanel::tr("the cost barely moves (%1 to %2)")
                                  .arg(QString::number(v.first, 'f', 4), QString::number(v.last, 'f', 4));
        return shrinks.isEmpty() ? stuck : InitLabPanel::tr("%1 and %2").arg(shrinks, stuck);
    }
    case InitVerdict::Kind::Trains:
        break;
    }
    const QString trains = InitLabPanel::tr("cost %1 to %2, test accuracy %3%")
                               .arg(QString::number(v.first, 'f', 3), QString::number(v.last, 'f', 3),
                                    QString::number(v.testAccuracy * 100.0, 'f', 0));
    return shrinks.isEmpty() ? InitLabPanel::tr("trains: %1").arg(trains)
                             : InitLabPanel::tr("%1, yet it trains: %2").arg(shrinks, trains);
}

} // namespace

InitLabPanel::InitLabPanel(RunController* controller, QWidget* parent)
    : LabPanel(controller, "initLab",
               {tr("&Compare initializations"),
                tr("Train the network on the left from zeros, ×0.01, ×10, ÷√n and ×√(2/n) weights, "
                   "the same seed, and compare"),
                tr("How the first weights are drawn decides whether a deep network learns at all."),
                {tr("Init"), tr("First cost"), tr("Final cost"), tr("Test acc."),
                 tr("Activation spread at it. 0 (per layer)"), tr("‖dW‖ at it. 0 (per layer)"), tr("What happened")}},
               parent) {}

bool InitLabPanel::startRuns(const TrainConfig& base) {
    std::vector<SweepValue> schemes;
    for (InitScheme scheme : allInitSchemes())
        schemes.push_back(scheme);
    return lab_->start(base, {{SweepSetting::Init, schemes}}, controller_->dataset());
}

QString InitLabPanel::startedText(const TrainConfig& base) const {
    return tr("Training %1 from five initializations…").arg(runName(base));
}

std::vector<std::pair<QString, QColor>> InitLabPanel::rowNames() const {
    std::vector<std::pair<QString, QColor>> names;
    for (InitScheme scheme : allInitSchemes())
        names.emplace_back(QString::fromUtf8(nameOf(scheme).data()), schemeColour(names.size()));
    return names;
}

void InitLabPanel::showCell(std::size_t index) {
    const SweepCell* cell = lab_->cell(index);
    if (!cell)
        return;
    const TrainResult& result = cell->result;
    plot(index, QString::fromUtf8(nameOf(cell->config.init).data()), schemeColour(index), result);
    if (cell->config.init == InitScheme::Zeros) // drawn first and wide: "small" lies exactly on it, at 0.693
        chart_->setRunWidth(int(index) + 1, 6.0);
    setCellText(index, FirstCost, costText(result, true));
    setCellText(index, FinalCost, costText(result, false));
    // A diverged run has no trained model: its weights are not finite, any accuracy is chance.
    if (result.outcome == Outcome::Diverged)
        setCellText(index, TestAccuracy, QStringLiteral("—"), tr("It diverged: there is no trained model to measure"));
    else
        setCellText(index, TestAccuracy, QStringLiteral("%1%").arg(cell->testAccuracy * 100.0, 0, 'f', 0));
    if (!result.layerSignals.empty()) {
        const auto& layers = result.layerSignals.front().layers;
        setCellText(index, Spread, perLayer(layers, [](const LayerSignals& l) { return l.activationStd; }));
        setCellText(index, GradientNorm, perLayer(layers, [](const LayerSignals& l) { return l.gradientNorm; }));
    }
    const QString verdict = sentence(judgeInitRun(result, cell->testAccuracy));
    setCellText(index, Verdict, verdict, verdict);
}

QString InitLabPanel::verdict(InitScheme scheme) const {
    const std::vector<InitScheme> schemes = allInitSchemes();
    for (std::size_t k = 0; k < schemes.size(); ++k)
        if (schemes[k] == scheme && lab_->cell(k))
            return table_->item(int(k), Verdict)->text();
    return {};
}

QString InitLabPanel::finishedText() const {
    return tr("Five runs in %1 s, the same seed. Double-click a row to open that run.")
        .arg(lab_->elapsedSeconds(), 0, 'f', 1);
}

QString InitLabPanel::openedRunName(const SweepCell& cell) const {
    return tr("%1 (init lab: %2)").arg(runName(cell.config), QString::fromUtf8(nameOf(cell.config.init).data()));
}

} // namespace catnet::ui
