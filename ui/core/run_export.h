#pragma once

#include "export/report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace catnet {
struct Dataset;
}

namespace catnet::ui {

class RunsModel;
struct TrainedRun;

// Writes the cost history of every run, completely or not at all, one line per run and
// iteration: "run,label,iteration,cost,test_cost,train_accuracy,test_accuracy". The cost
// is every iteration's where the run kept it; the test figures are at the report points
// and empty elsewhere. Throws std::runtime_error naming the file and the reason.
void exportCostsCsv(const RunsModel& runs, const QString& path);

// Writes `run` as a Jupyter notebook that trains it again with numpy (export/notebook.h),
// reading its data from `dataFolder`, where `data` (the data set open now, which it must
// have been measured on) came from; its markdown in `language` (the window's). Throws
// std::exception with what keeps it from being exported, for the learner.
void exportRunNotebook(const TrainedRun& run, const Dataset* data, const QString& dataFolder, const QString& path,
                       ExportLanguage language = ExportLanguage::English);

// Writes `run` as one self-contained HTML page (export/report.h): its settings, curves,
// accuracies, confusion matrices, mislabeled test images (from `data`, the data set open
// now, which it must have been measured on), first-layer units and `gradientCheck` (the
// difference of a check of its weights, when one was run); `dataName` says which data;
// `language`: the window's. Throws std::exception with what keeps it from being exported,
// for the learner.
void exportRunReport(const TrainedRun& run, const Dataset* data, const QString& dataName,
                     std::optional<double> gradientCheck, const QString& path,
                     ExportLanguage language = ExportLanguage::English);

// A CSV field: quoted, with quotes doubled (labels and paths may hold commas).
QByteArray csvField(const QString& text);

} // namespace catnet::ui
