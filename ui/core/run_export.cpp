#include "ui/core/run_export.h"

#include "engine/io/dataset.h"
#include "export/notebook.h"
#include "export/report.h"
#include "ui/core/runs_model.h"
#include "ui/core/trained_run.h"

#include <QDir>
#include <QFileInfo>

#include <QSaveFile>

#include <map>
#include <stdexcept>

namespace catnet::ui {

namespace {

QByteArray number(double value) {
    return QByteArray::number(value, 'g', 17);
}

void writeRun(QSaveFile& file, const RunsModel& runs, const TrainedRun& run) {
    std::map<int, const HeldOutPoint*> heldOut;
    for (const HeldOutPoint& point : run.heldOut)
        heldOut[point.iteration] = &point;
    const QByteArray prefix = QByteArray::number(run.id) + ',' + csvField(runs.label(run.id)) + ',';
    const auto line = [&](int iteration, double cost) {
        QByteArray text = prefix + QByteArray::number(iteration) + ',' + number(cost);
        if (const auto found = heldOut.find(iteration); found != heldOut.end())
            text += ',' + number(found->second->testCost) + ',' + number(found->second->trainAccuracy) + ',' +
                    number(found->second->testAccuracy);
        else
            text += ",,,";
        file.write(text + '\n');
    };
    if (!run.costHistory.values.empty()) {
        for (std::size_t k = 0; k < run.costHistory.values.size(); ++k)
            line(run.costHistory.iterationAt(k), run.costHistory.values[k]);
    } else {
        for (const CostPoint& point : run.costs)
            line(point.iteration, point.cost);
    }
}

} // namespace

QByteArray csvField(const QString& text) {
    QByteArray field = text.toUtf8();
    field.replace('"', "\"\"");
    return '"' + field + '"';
}

void exportCostsCsv(const RunsModel& runs, const QString& path) {
    const bool anyCosts = std::any_of(runs.runs().begin(), runs.runs().end(),
                                      [](const auto& run) { return !run->costs.empty(); });
    if (!anyCosts)
        throw std::runtime_error("no run has a cost history yet: train one first");
    QSaveFile file(path); // written completely or not at all
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write("run,label,iteration,cost,test_cost,train_accuracy,test_accuracy\n");
        for (const auto& run : runs.runs())
            writeRun(file, runs, *run);
        if (file.commit())
            return;
    }
    throw std::runtime_error(QStringLiteral("%1: %2").arg(path, file.errorString()).toStdString());
}

void exportRunNotebook(const TrainedRun& run, const Dataset* data, const QString& dataFolder, const QString& path,
                       ExportLanguage language) {
    if (run.running)
        throw std::runtime_error(TrainedRun::tr("The run is still training: export it once it ends.").toStdString());
    if (!data || !run.trainEvaluation || !run.testEvaluation || run.measuredElsewhere())
        throw std::runtime_error(TrainedRun::tr("The notebook compares its numbers with the run's on the data it was "
                                                "trained on: open that data set first.")
                                     .toStdString());
    const QDir folder(dataFolder);
    if (dataFolder.isEmpty() || !QFileInfo(folder.filePath(kTrainFileName)).isFile() ||
        !QFileInfo(folder.filePath(kTestFileName)).isFile())
        throw std::runtime_error(TrainedRun::tr("The notebook reads %1 and %2 from one folder, and the open data set "
                                                "does not come from such a folder.")
                                     .arg(kTrainFileName, kTestFileName)
                                     .toStdString());
    NotebookRun notebook{run.name.toStdString(),
                         run.config,
                         run.costs,
                         run.iterationsRun,
                         run.outcome,
                         run.trainEvaluation->accuracy,
                         run.testEvaluation->accuracy,
                         data->train.count(),
                         data->test.count(),
                         QFileInfo(dataFolder).absoluteFilePath().toStdString(),
                         kCourseThreshold,
                         language};
    writeNotebook(path.toStdString(), notebook);
}

void exportRunReport(const TrainedRun& run, const Dataset* data, const QString& dataName,
                     std::optional<double> gradientCheck, const QString& path, ExportLanguage language) {
    if (run.running)
        throw std::runtime_error(TrainedRun::tr("The run is still training: export it once it ends.").toStdString());
    if (!data || !run.trainEvaluation || !run.testEvaluation || run.measuredElsewhere())
        throw std::runtime_error(TrainedRun::tr("The report shows the run's numbers on the data it was trained on: open "
                                                "that data set first.")
                                     .toStdString());
    RunReport page;
    page.language = language;
    page.name = run.name.toStdString();
    takeTraining(page, describeTraining(run.config, run));
    page.trainAccuracy = run.trainEvaluation->accuracy;
    page.testAccuracy = run.testEvaluation->accuracy;
    if (run.trainEvaluation->predictions.size() == data->train.count())
        page.confusionTrain = confusion(run.trainEvaluation->predictions, data->train.Y);
    if (run.testEvaluation->predictions.size() == data->test.count())
        page.confusionTest = confusion(run.testEvaluation->predictions, data->test.Y);
    page.mislabeled = mislabeledImages(*run.testEvaluation, data->test);
    if (run.parameters && run.parameters->W.front().cols() == kImageBytes)
        page.firstLayerWeights = run.parameters->W.front();
    page.data = dataName.toStdString();
    page.gradientCheckDifference = gradientCheck;
    writeReport(path.toStdString(), page);
}

} // namespace catnet::ui
