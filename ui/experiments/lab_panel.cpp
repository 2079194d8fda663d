#include "ui/experiments/lab_panel.h"

#include "engine/training/sweep.h"
#include "ui/core/run_controller.h"
#include "ui/core/sweep_session.h"
#include "ui/widgets/cost_chart.h"
#include "ui/widgets/sentence_column.h"
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

LabPanel::LabPanel(RunController* controller, const QString& name, const Texts& texts, QWidget* parent)
    : QWidget(parent), controller_(controller), lab_(new SweepSession(this)) {
    runButton_ = new QPushButton(texts.run);
    runButton_->setObjectName(name + "RunButton");
    runButton_->setToolTip(texts.runToolTip);
    stopButton_ = new QPushButton(tr("Stop"));
    stopButton_->setObjectName(name + "StopButton");
    stopButton_->setEnabled(false);
    status_ = new QLabel(texts.intro);
    status_->setObjectName(name + "Status");
    status_->setWordWrap(true);
    chart_ = new CostChart;
    chart_->setObjectName(name + "Chart");
    table_ = new QTableWidget(0, int(texts.headers.size()));
    table_->setObjectName(name + "Table");
    table_->setHorizontalHeaderLabels(texts.headers);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    keepSentenceColumnReadable(table_, sentenceColumn(), 360);
    table_->verticalHeader()->hide();
    table_->setToolTip(tr("Double-click a row to open that run"));

    controls_ = new QHBoxLayout;
    controls_->addWidget(runButton_);
    controls_->addWidget(stopButton_);
    controls_->addWidget(status_, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(chart_);
    splitter->addWidget(table_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls_);
    layout->addWidget(splitter, 1);
    connect(runButton_, &QPushButton::clicked, this, &LabPanel::start);
    connect(stopButton_, &QPushButton::clicked, lab_, &SweepSession::stop);
    connect(lab_, &SweepSession::cellFinished, this, &LabPanel::showCell);
    connect(lab_, &SweepSession::finished, this, &LabPanel::onFinished);
    connect(table_, &QTableWidget::cellDoubleClicked, this, &LabPanel::openRow);
    // A selected row's curves are drawn wider, to find them among the others.
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) { chart_->highlight(row + 1); });
}

void LabPanel::setBaseConfigSource(std::function<std::optional<TrainConfig>()> source) {
    baseConfig_ = std::move(source);
}

int LabPanel::sentenceColumn() const {
    return table_->columnCount() - 1;
}

bool LabPanel::fail(const QString& message) {
    status_->setText(message);
    status_->setStyleSheet(kProblemStyle);
    return false;
}

bool LabPanel::start() {
    if (lab_->isRunning())
        return fail(tr("The lab is already running."));
    const std::optional<TrainConfig> base = baseConfig_ ? baseConfig_() : std::nullopt;
    if (!base)
        return fail(tr("The settings on the left are not valid; fix them first."));
    try {
        if (!startRuns(*base))
            return fail(tr("Open a dataset first."));
    } catch (const std::invalid_argument& e) {
        return fail(QString::fromStdString(e.what()));
    }
    status_->setStyleSheet({});
    status_->setText(startedText(*base));
    const std::vector<std::pair<QString, QColor>> names = rowNames();
    table_->setRowCount(int(names.size()));
    for (std::size_t k = 0; k < names.size(); ++k) {
        auto* item = new QTableWidgetItem(names[k].first);
        item->setForeground(names[k].second);
        table_->setItem(int(k), 0, item);
        for (int column = 1; column < table_->columnCount(); ++column)
            table_->setItem(int(k), column,
                            new QTableWidgetItem(column == sentenceColumn() ? tr("training…") : QString()));
        chart_->removeRun(int(k) + 1);
    }
    runButton_->setEnabled(false);
    stopButton_->setEnabled(true);
    return true;
}

void LabPanel::plot(std::size_t index, const QString& name, const QColor& colour, const TrainResult& result,
                    const CostHistory* history, bool withTest) {
    std::vector<CostPoint> finite;
    for (const CostPoint& point : result.costs)
        if (std::isfinite(point.cost))
            finite.push_back(point);
    chart_->setRun(int(index) + 1, name, colour, finite, withTest ? result.heldOut : std::vector<HeldOutPoint>{},
                   history ? *history : CostHistory{});
}

void LabPanel::addControl(QWidget* control) {
    controls_->insertWidget(2, control);
}

void LabPanel::setCellText(std::size_t index, int column, const QString& text, const QString& toolTip) {
    QTableWidgetItem* item = table_->item(int(index), column);
    item->setText(text);
    item->setToolTip(toolTip);
    if (column == sentenceColumn())
        table_->resizeRowToContents(int(index));
}

void LabPanel::describeAgainstFirstRow(const Comparison& sentence) {
    const SweepCell* first = lab_->cell(0);
    if (!first)
        return;
    for (std::size_t k = 0; k < lab_->cellCount(); ++k)
        if (const SweepCell* cell = lab_->cell(k)) {
            const QString text = sentence(*first, *cell, k);
            setCellText(k, sentenceColumn(), text, text);
        }
}

QString LabPanel::verdict(int row) const {
    return lab_->cell(std::size_t(row)) && lab_->cell(0) ? table_->item(row, sentenceColumn())->text() : QString();
}

void LabPanel::onFinished(bool stopped, const QString& error) {
    runButton_->setEnabled(true);
    stopButton_->setEnabled(false);
    if (!error.isEmpty()) {
        status_->setText(tr("The lab failed: %1").arg(error));
        status_->setStyleSheet(kProblemStyle);
    } else {
        status_->setText(stopped ? tr("Stopped after %1 of %2 runs.").arg(lab_->finishedCount()).arg(lab_->cellCount())
                                 : finishedText());
    }
}

void LabPanel::openRow(int row) {
    if (const SweepCell* cell = lab_->cell(std::size_t(row)))
        controller_->addFinishedRun(cell->config, cell->result, openedRunName(*cell));
}

} // namespace catnet::ui
