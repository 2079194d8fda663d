#include "ui/experiments/init_lab_panel.h"

#include "engine/inspect/init_lab.h"
#include "ui/core/run_controller.h"
#include "ui/core/sweep_session.h"
#include "ui/core/trained_run.h"
#include "ui/widgets/cost_chart.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

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

} // namespace

InitLabPanel::InitLabPanel(RunController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller), lab_(new SweepSession(this)) {
    runButton_ = new QPushButton(tr("&Compare initializations"));
    runButton_->setObjectName("initLabRunButton");
    runButton_->setToolTip(tr("Train the network on the left from zeros, ×0.01, ×10, ÷√n and ×√(2/n) weights, "
                              "the same seed, and compare"));
    stopButton_ = new QPushButton(tr("Stop"));
    stopButton_->setObjectName("initLabStopButton");
    stopButton_->setEnabled(false);
    status_ = new QLabel(tr("How the first weights are drawn decides whether a deep network learns at all."));
    status_->setObjectName("initLabStatus");
    status_->setWordWrap(true);
    chart_ = new CostChart;
    chart_->setObjectName("initLabChart");
    table_ = new QTableWidget(0, ColumnCount);
    table_->setObjectName("initLabTable");
    table_->setHorizontalHeaderLabels({tr("Init"), tr("First cost"), tr("Final cost"), tr("Test acc."),
                                       tr("Activation spread at it. 0 (per layer)"), tr("‖dW‖ at it. 0 (per layer)"),
                                       tr("What happened")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(Verdict, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setToolTip(tr("Double-click a row to open that run"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(runButton_);
    buttons->addWidget(stopButton_);
    buttons->addWidget(status_, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(chart_);
    splitter->addWidget(table_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    connect(runButton_, &QPushButton::clicked, this, &InitLabPanel::start);
    connect(stopButton_, &QPushButton::clicked, lab_, &SweepSession::stop);
    connect(lab_, &SweepSession::cellFinished, this, &InitLabPanel::showCell);
    connect(lab_, &SweepSession::finished, this, &InitLabPanel::onFinished);
    connect(table_, &QTableWidget::cellDoubleClicked, this, &InitLabPanel::openRow);
}

void InitLabPanel::setBaseConfigSource(std::function<std::optional<TrainConfig>()> source) {
    baseConfig_ = std::move(source);
}

bool InitLabPanel::start() {
    const auto fail = [this](const QString& message) {
        status_->setText(message);
        status_->setStyleSheet(kProblemStyle);
        return false;
    };
    if (lab_->isRunning())
        return fail(tr("The lab is already running."));
    const std::optional<TrainConfig> base = baseConfig_ ? baseConfig_() : std::nullopt;
    if (!base)
        return fail(tr("The settings on the left are not valid; fix them first."));
    std::vector<SweepValue> schemes;
    for (InitScheme scheme : allInitSchemes())
        schemes.push_back(scheme);
    try {
        if (!lab_->start(*base, {{SweepSetting::Init, schemes}}, controller_->dataset()))
            return fail(tr("Open a dataset first."));
    } catch (const std::invalid_argument& e) {
        return fail(QString::fromStdString(e.what()));
    }
    status_->setStyleSheet({});
    status_->setText(tr("Training %1 from five initializations…").arg(runName(*base)));
    table_->setRowCount(int(schemes.size()));
    for (std::size_t k = 0; k < schemes.size(); ++k) {
        auto* item = new QTableWidgetItem(QString::fromUtf8(nameOf(allInitSchemes()[k]).data()));
        item->setForeground(schemeColour(k));
        table_->setItem(int(k), Scheme, item);
        for (int column = FirstCost; column < ColumnCount; ++column)
            table_->setItem(int(k), column, new QTableWidgetItem(column == Verdict ? tr("training…") : QString()));
        chart_->removeRun(int(k) + 1);
    }
    runButton_->setEnabled(false);
    stopButton_->setEnabled(true);
    return true;
}

void InitLabPanel::showCell(std::size_t index) {
    const SweepCell* cell = lab_->cell(index);
    if (!cell)
        return;
    const TrainResult& result = cell->result;
    const int row = int(index);
    const QString scheme = QString::fromUtf8(nameOf(cell->config.init).data());
    // A diverged run's infinite cost is left off the chart; the table says what happened.
    std::vector<CostPoint> finite;
    for (const CostPoint& point : result.costs)
        if (std::isfinite(point.cost))
            finite.push_back(point);
    chart_->setRun(row + 1, scheme, schemeColour(index), finite, result.heldOut);
    if (cell->config.init == InitScheme::Zeros) // drawn first and wide: "small" lies exactly on it, at 0.693
        chart_->setRunWidth(row + 1, 6.0);
    table_->item(row, FirstCost)->setText(costText(result, true));
    table_->item(row, FinalCost)->setText(costText(result, false));
    // A diverged run has no trained model: its weights are not finite, any accuracy is chance.
    const bool diverged = result.outcome == Outcome::Diverged;
    table_->item(row, TestAccuracy)->setText(diverged ? QStringLiteral("—")
                                                     : QStringLiteral("%1%").arg(cell->testAccuracy * 100.0, 0, 'f', 0));
    table_->item(row, TestAccuracy)->setToolTip(diverged ? tr("It diverged: there is no trained model to measure")
                                                         : QString());
    if (!result.layerSignals.empty()) {
        const auto& layers = result.layerSignals.front().layers;
        table_->item(row, Spread)->setText(perLayer(layers, [](const LayerSignals& l) { return l.activationStd; }));
        table_->item(row, GradientNorm)->setText(perLayer(layers, [](const LayerSignals& l) { return l.gradientNorm; }));
    }
    const QString verdict = QString::fromStdString(describeInitRun(result, cell->testAccuracy));
    table_->item(row, Verdict)->setText(verdict);
    table_->item(row, Verdict)->setToolTip(verdict);
    table_->resizeRowToContents(row);
}

QString InitLabPanel::verdict(InitScheme scheme) const {
    const std::vector<InitScheme> schemes = allInitSchemes();
    for (std::size_t k = 0; k < schemes.size(); ++k)
        if (schemes[k] == scheme && lab_->cell(k))
            return table_->item(int(k), Verdict)->text();
    return {};
}

void InitLabPanel::onFinished(bool stopped, const QString& error) {
    runButton_->setEnabled(true);
    stopButton_->setEnabled(false);
    if (!error.isEmpty()) {
        status_->setText(tr("The lab failed: %1").arg(error));
        status_->setStyleSheet(kProblemStyle);
    } else {
        status_->setText(stopped ? tr("Stopped after %1 of 5 runs.").arg(lab_->finishedCount())
                                 : tr("Five runs in %1 s, the same seed. Double-click a row to open that run.")
                                       .arg(lab_->elapsedSeconds(), 0, 'f', 1));
    }
}

void InitLabPanel::openRow(int row) {
    const SweepCell* cell = lab_->cell(std::size_t(row));
    if (!cell)
        return;
    controller_->addFinishedRun(cell->config, cell->result,
                            tr("%1 (init lab: %2)").arg(runName(cell->config),
                                                        QString::fromUtf8(nameOf(cell->config.init).data())));
}

} // namespace catnet::ui
