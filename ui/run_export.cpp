#include "run_export.h"

#include <QSaveFile>

#include <stdexcept>

namespace catnet::ui {

void exportCostsCsv(const TrainedRun& run, const QString& path) {
    if (run.costs.empty())
        throw std::runtime_error("the selected run has no cost history");
    QSaveFile file(path); // written completely or not at all
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write("iteration,cost\n");
        for (const CostPoint& point : run.costs)
            file.write(QByteArray::number(point.iteration) + ',' + QByteArray::number(point.cost, 'g', 17) + '\n');
        if (file.commit())
            return;
    }
    throw std::runtime_error(QStringLiteral("%1: %2").arg(path, file.errorString()).toStdString());
}

} // namespace catnet::ui
