#include "ui/training/training_tab.h"

#include "ui/core/run_controller.h"
#include "ui/core/runs_model.h"
#include "ui/widgets/cost_chart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineSeries>
#include <QPushButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace catnet::ui {

TrainingTab::TrainingTab(RunController* controller, QWidget* parent)
    : QSplitter(Qt::Vertical, parent), controller_(controller) {
    auto* chartArea = new QWidget(this);
    measure_ = new QComboBox(chartArea);
    measure_->setObjectName("chartMeasureCombo");
    measure_->addItem(tr("Cost"), int(ChartMeasure::Cost));
    measure_->addItem(tr("Accuracy"), int(ChartMeasure::Accuracy));
    measure_->setToolTip(tr("Plot each run's cost or its accuracy, on the training set (solid) and the test "
                            "set (dashed)"));
    auto* measureLabel = new QLabel(tr("&Show:"), chartArea);
    measureLabel->setBuddy(measure_);
    logScale_ = new QCheckBox(tr("&Log scale"), chartArea);
    logScale_->setObjectName("chartLogScaleCheck");
    logScale_->setToolTip(tr("Show the cost on a logarithmic axis: late progress and runs of very different "
                             "costs become readable"));
    resetZoom_ = new QPushButton(tr("Show &all"), chartArea);
    resetZoom_->setObjectName("chartResetZoomButton");
    resetZoom_->setToolTip(tr("Show every run, hidden ones too, over all its iterations (drag a rectangle or "
                              "turn the wheel on the chart to zoom; a double or right click does the same as "
                              "this button)"));
    resetZoom_->setEnabled(false);
    auto* controls = new QHBoxLayout;
    controls->addWidget(measureLabel);
    controls->addWidget(measure_);
    controls->addWidget(logScale_);
    controls->addStretch();
    controls->addWidget(resetZoom_);
    chart_ = new CostChart(chartArea);
    chart_->setObjectName("costChart");
    auto* chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(controls);
    chartLayout->addWidget(chart_, 1);
    connect(measure_, &QComboBox::currentIndexChanged, this, [this] {
        chart_->setMeasure(ChartMeasure(measure_->currentData().toInt()));
        logScale_->setEnabled(chart_->measure() == ChartMeasure::Cost);
    });
    connect(logScale_, &QCheckBox::toggled, chart_, &CostChart::setLogScale);
    connect(resetZoom_, &QPushButton::clicked, chart_, &CostChart::showEverything);
    // Enabled while there is something to show: a zoom to undo or a hidden run.
    const auto offerShowAll = [this] { resetZoom_->setEnabled(chart_->isZoomed() || chart_->hasHiddenLines()); };
    connect(chart_, &ChartView::zoomChanged, this, offerShowAll);
    connect(chart_, &ChartView::lineVisibilityChanged, this, offerShowAll);
    table_ = new QTableView(this);
    table_->setObjectName("runsTable");
    table_->setModel(controller->runs());
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(RunsModel::Result, QHeaderView::Stretch);
    // A long run name is elided (its tooltip has it whole), so the outcome keeps room.
    table_->horizontalHeader()->setMaximumSectionSize(280);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setWordWrap(false);
    // Five rows at least, so the table is a list and not a slot.
    table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() +
                             5 * table_->verticalHeader()->defaultSectionSize() + 2 * table_->frameWidth());
    table_->verticalHeader()->hide();
    table_->setToolTip(tr("Every run so far; select one to make it the current model (Delete removes it)"));
    // Where the numbers were measured shows once some run's describe other data.
    const auto showDataColumns = [this] {
        const RunsModel* runs = controller_->runs();
        table_->setColumnHidden(RunsModel::MeasuredOn, !runs->anyMeasuredElsewhere());
        table_->setColumnHidden(RunsModel::OpenDataAccuracy, !runs->anyEvaluatedOnOpenData());
    };
    for (auto changed : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(controller->runs(), changed, this, showDataColumns);
    connect(controller->runs(), &QAbstractItemModel::dataChanged, this, showDataColumns);
    showDataColumns();
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setChildrenCollapsible(false);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && controller_->runs()->idAt(current.row()) != controller_->currentRunId())
                    controller_->setCurrentRun(controller_->runs()->idAt(current.row()));
            });
    connect(controller, &RunController::runChanged, this, &TrainingTab::showRun);
    connect(controller, &RunController::runRemoved, chart_, &CostChart::removeRun);
    // Labels tell runs of the same name apart, so a new or removed run can change others'.
    connect(controller->runs(), &QAbstractItemModel::rowsInserted, this, &TrainingTab::relabelRuns);
    connect(controller->runs(), &QAbstractItemModel::rowsRemoved, this, &TrainingTab::relabelRuns);
    connect(controller, &RunController::currentRunChanged, this, &TrainingTab::selectRun);
    // The base-rate line follows the training set's share of cats.
    const auto showBaseRate = [this] {
        const auto data = controller_->dataset();
        chart_->setTrainingCatShare(data && data->train.count() > 0 ? std::optional(data->train.Y.mean())
                                                                    : std::nullopt);
    };
    connect(controller, &RunController::datasetChanged, this, showBaseRate);
    showBaseRate();
}

namespace {
// What the chart calls a run: its full label for the hover, and "#3" in the legend
// (the runs table beside it, in the same colours, has the rest), both marked with ⚠
// when the run failed (diverged or learned nothing).
std::pair<QString, QString> chartNames(const RunsModel& runs, const TrainedRun& run) {
    const bool flagged = run.failed();
    const QString label = runs.label(run.id);
    return {flagged ? TrainingTab::tr("%1 ⚠ %2").arg(label, run.outcomeText()) : label,
            flagged ? TrainingTab::tr("#%1 ⚠").arg(run.id) : TrainingTab::tr("#%1").arg(run.id)};
}
} // namespace

void TrainingTab::showRun(int id) {
    const auto run = controller_->run(id);
    if (!run || run->costs.empty())
        return;
    const auto [name, legend] = chartNames(*controller_->runs(), *run);
    chart_->setRun(id, name, runColour(id), run->costs, run->heldOut, run->costHistory, legend);
}

void TrainingTab::relabelRuns() {
    for (const auto& run : controller_->runs()->runs()) {
        const auto [name, legend] = chartNames(*controller_->runs(), *run);
        chart_->setRunName(run->id, name, legend);
    }
}

void TrainingTab::selectRun(int id) {
    chart_->setRunVisible(id, true); // the run chosen is always shown
    chart_->highlight(id);
    const int row = controller_->runs()->rowOf(id);
    if (row >= 0 && table_->currentIndex().row() != row)
        table_->selectRow(row);
}

} // namespace catnet::ui
