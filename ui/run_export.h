#pragma once

#include "trained_run.h"

#include <QString>

namespace catnet::ui {

// Writes a run's cost history as "iteration,cost" lines, completely or not at all.
// Throws std::runtime_error naming the file and the reason.
void exportCostsCsv(const TrainedRun& run, const QString& path);

} // namespace catnet::ui
