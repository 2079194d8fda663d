#include "training_tab.h"

#include "cost_chart.h"
#include "run_controller.h"

#include <QComboBox>
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
    auto* controls = new QHBoxLayout;
    controls->addWidget(measureLabel);
    controls->addWidget(measure_);
    controls->addStretch();
    chart_ = new CostChart(chartArea);
    chart_->setObjectName("costChart");
    auto* chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(controls);
    chartLayout->addWidget(chart_, 1);
    connect(measure_, &QComboBox::currentIndexChanged, this,
            [this] { chart_->setMeasure(ChartMeasure(measure_->currentData().toInt())); });
    table_ = new QTableView(this);
    table_->setObjectName("runsTable");
    table_->setModel(controller->runs());
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setToolTip(tr("Every run so far; select one to make it the current model (Delete removes it)"));
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && controller_->runs()->idAt(current.row()) != controller_->currentRunId())
                    controller_->setCurrentRun(controller_->runs()->idAt(current.row()));
            });
    connect(controller, &RunController::runChanged, this, &TrainingTab::showRun);
    connect(controller, &RunController::runRemoved, chart_, &CostChart::removeRun);
    connect(controller, &RunController::currentRunChanged, this, &TrainingTab::selectRun);
}

void TrainingTab::showRun(int id) {
    const auto run = controller_->run(id);
    if (run && !run->costs.empty())
        chart_->setRun(id, run->name, runColour(id), run->costs, run->heldOut);
}

void TrainingTab::selectRun(int id) {
    chart_->highlight(id);
    const int row = controller_->runs()->rowOf(id);
    if (row >= 0 && table_->currentIndex().row() != row)
        table_->selectRow(row);
}

} // namespace catnet::ui
