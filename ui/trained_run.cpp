#include "trained_run.h"

#include "layer_dims.h"

namespace catnet::ui {

QString TrainedRun::outcomeText() const {
    if (running)
        return QStringLiteral("running…");
    if (!modelFile.isEmpty() && costs.empty())
        return QStringLiteral("loaded");
    switch (outcome) {
    case Outcome::Completed:
        return QStringLiteral("completed");
    case Outcome::Diverged:
        return QStringLiteral("diverged at iteration %1").arg(divergedAt.value_or(iterationsRun));
    case Outcome::Cancelled:
        return QStringLiteral("stopped after %1 iterations").arg(iterationsRun);
    }
    return {};
}

std::optional<double> TrainedRun::finalCost() const {
    if (costs.empty())
        return std::nullopt;
    return costs.back().cost;
}

QString runName(const TrainConfig& config) {
    return QStringLiteral("[%1] lr %2")
        .arg(QString::fromStdString(formatLayerDims(config.layerDims, ",")))
        .arg(config.learningRate);
}

} // namespace catnet::ui
