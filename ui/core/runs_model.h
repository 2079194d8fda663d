#pragma once

#include "ui/core/trained_run.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace catnet::ui {

// The runs table: every training run and loaded model, one row each.
class RunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // MeasuredOn (the data the accuracies describe) and OpenDataAccuracy (train / test on
    // the open data set) matter only once runs were measured on other data than the open
    // data set; the view hides them until then.
    enum Column {
        Name, Init, Iterations, FinalCost, TrainAccuracy, TestAccuracy, MeasuredOn, OpenDataAccuracy, Time, Result,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a run and returns its id: the run's own (a kept run's number) when it is set
    // and free, else the next unused one. The id is the run's number and picks its colour.
    int add(TrainedRun run);
    void remove(int id);
    // Takes a run out, keeping it whole, and puts it back where it was (undo of a removal).
    std::shared_ptr<TrainedRun> take(int id);
    void insert(std::shared_ptr<TrainedRun> run, int row);
    // "#3 [12288,7,1] lr 0.0075", with the settings that tell it apart from runs of the same
    // name ("· seed 2 · init he · 5,000 it."), as the table, the chart and dialogs show it.
    QString label(int id) const;
    // Shared, so a view holding a run keeps it valid after the row is removed.
    std::shared_ptr<TrainedRun> find(int id) const;
    int rowOf(int id) const;
    int idAt(int row) const;
    // Tells views that run `id` changed (costs, outcome, ...).
    void changed(int id);
    const std::vector<std::shared_ptr<TrainedRun>>& runs() const { return runs_; }
    // Some finished run's numbers describe another data set than the open one.
    bool anyMeasuredElsewhere() const;
    // Some run was evaluated on the open data apart from its own numbers.
    bool anyEvaluatedOnOpenData() const;

private:
    std::vector<std::shared_ptr<TrainedRun>> runs_;
    int nextId_ = 1;
};

// A colour per run number from the Okabe–Ito palette (told apart with the common
// colour-vision deficiencies), for the chart and the table; the same after a restart.
QColor runColour(int id);

} // namespace catnet::ui
