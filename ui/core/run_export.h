#pragma once

#include <QByteArray>
#include <QString>

namespace catnet::ui {

class RunsModel;

// Writes the cost history of every run, completely or not at all, one line per run and
// iteration: "run,label,iteration,cost,test_cost,train_accuracy,test_accuracy". The cost
// is every iteration's where the run kept it; the test figures are at the report points
// and empty elsewhere. Throws std::runtime_error naming the file and the reason.
void exportCostsCsv(const RunsModel& runs, const QString& path);

// A CSV field: quoted, with quotes doubled (labels and paths may hold commas).
QByteArray csvField(const QString& text);

} // namespace catnet::ui
