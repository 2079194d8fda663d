#include "trained_run.h"

#include "layer_dims.h"

namespace catnet::ui {

QString TrainedRun::outcomeText() const {
    if (running)
        return QStringLiteral("running…");
    if (!modelFile.isEmpty() && costs.empty())
        return QStringLiteral("loaded");
    const QString kept = notKept.isEmpty() ? QString() : QStringLiteral(" — not kept");
    switch (outcome) {
    case Outcome::Completed:
        return QStringLiteral("completed") + kept;
    case Outcome::Diverged:
        return QStringLiteral("diverged at iteration %1").arg(divergedAt.value_or(iterationsRun)) + kept;
    case Outcome::Cancelled:
        return QStringLiteral("stopped after %1 iterations").arg(iterationsRun) + kept;
    }
    return {};
}

void TrainedRun::takeResult(TrainResult result, Evaluation train, Evaluation test) {
    running = false;
    costs = std::move(result.costs);
    layerSignals = std::move(result.layerSignals);
    heldOut = std::move(result.heldOut);
    outcome = result.outcome;
    divergedAt = result.divergedAt;
    iterationsRun = result.iterationsRun;
    seconds = result.seconds;
    strategy = result.strategy;
    parameters = std::make_shared<const Parameters>(std::move(result.parameters));
    trainEvaluation = std::move(train);
    testEvaluation = std::move(test);
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

SavedModel toSavedModel(const TrainedRun& run) {
    SavedModel model = describeRun(run);
    if (run.parameters)
        model.parameters = *run.parameters;
    return model;
}

SavedModel describeRun(const TrainedRun& run) {
    SavedModel model;
    model.config = run.config;
    model.costs = run.costs;
    model.layerSignals = run.layerSignals;
    model.heldOut = run.heldOut;
    model.iterationsRun = run.iterationsRun;
    model.outcome = run.outcome;
    model.name = run.name.toStdString();
    model.seconds = run.seconds;
    model.strategy = run.strategy;
    return model;
}

TrainedRun fromSavedModel(SavedModel model) {
    TrainedRun run;
    run.name = model.name.empty() ? runName(model.config) : QString::fromStdString(model.name);
    run.config = model.config;
    run.costs = std::move(model.costs);
    run.layerSignals = std::move(model.layerSignals);
    run.heldOut = std::move(model.heldOut);
    run.outcome = model.outcome;
    run.iterationsRun = model.iterationsRun;
    if (run.outcome == Outcome::Diverged)
        run.divergedAt = run.iterationsRun;
    run.seconds = model.seconds;
    run.strategy = model.strategy;
    run.parameters = std::make_shared<const Parameters>(std::move(model.parameters));
    return run;
}

} // namespace catnet::ui
