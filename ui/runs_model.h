#pragma once

#include "trained_run.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace catnet::ui {

// The runs table: every training run and loaded model, one row each.
class RunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Init, Iterations, FinalCost, TrainAccuracy, TestAccuracy, Time, Result, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a run and gives it an id and a colour; returns the id.
    int add(TrainedRun run);
    void remove(int id);
    // Shared, so a view holding a run keeps it valid after the row is removed.
    std::shared_ptr<TrainedRun> find(int id) const;
    int rowOf(int id) const;
    int idAt(int row) const;
    // Tells views that run `id` changed (costs, outcome, ...).
    void changed(int id);
    const std::vector<std::shared_ptr<TrainedRun>>& runs() const { return runs_; }

private:
    std::vector<std::shared_ptr<TrainedRun>> runs_;
    int nextId_ = 1;
};

// A distinct colour per run id, for the chart and the table.
QColor runColour(int id);

} // namespace catnet::ui
