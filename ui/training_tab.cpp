#include "training_tab.h"

#include "cost_chart.h"
#include "run_controller.h"

#include <QHeaderView>
#include <QTableView>

namespace catnet::ui {

TrainingTab::TrainingTab(RunController* controller, QWidget* parent)
    : QSplitter(Qt::Vertical, parent), controller_(controller) {
    chart_ = new CostChart(this);
    chart_->setObjectName("costChart");
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
        chart_->setCosts(id, run->name, runColour(id), run->costs);
}

void TrainingTab::selectRun(int id) {
    chart_->highlight(id);
    const int row = controller_->runs()->rowOf(id);
    if (row >= 0 && table_->currentIndex().row() != row)
        table_->selectRow(row);
}

} // namespace catnet::ui
