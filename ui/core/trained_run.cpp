#include "ui/core/trained_run.h"

#include "engine/model/layer_dims.h"

#include <QLocale>

#include <cmath>

namespace catnet::ui {

QString iterationCount(int iterations) {
    return iterations == 1 ? TrainedRun::tr("1 iteration")
                           : TrainedRun::tr("%1 iterations").arg(QLocale().toString(iterations));
}

QString durationText(double seconds) {
    if (!(seconds >= 0) || !std::isfinite(seconds))
        return TrainedRun::tr("–");
    if (seconds < 10)
        return TrainedRun::tr("%1 s").arg(seconds, 0, 'f', 2);
    const long long whole = std::llround(seconds);
    if (whole < 60)
        return TrainedRun::tr("%1 s").arg(whole);
    if (whole < 3600)
        return TrainedRun::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QChar('0'));
    return TrainedRun::tr("%1 h %2 min").arg(whole / 3600).arg(whole % 3600 / 60, 2, 10, QChar('0'));
}

QString TrainedRun::nameAndState() const {
    if (!running && (outcome == Outcome::Completed || (!modelFile.isEmpty() && costs.empty())))
        return name;
    return tr("%1, %2").arg(name, running ? outcomeText() : outcomeText().section(QStringLiteral(" — "), 0, 0));
}

QString TrainedRun::outcomeText() const {
    if (running && pausedBefore)
        return tr("paused before iteration %1").arg(QLocale().toString(*pausedBefore));
    if (running)
        return tr("running…");
    if (!modelFile.isEmpty() && costs.empty())
        return tr("loaded");
    QString text;
    switch (outcome) {
    case Outcome::Completed:
        text = tr("completed");
        break;
    case Outcome::Diverged:
        text = tr("diverged at iteration %1 — the cost stopped being a finite number: learning rate too large?")
                   .arg(QLocale().toString(divergedAt.value_or(iterationsRun)));
        break;
    case Outcome::Cancelled:
        text = tr("stopped after %1").arg(iterationCount(iterationsRun));
        break;
    }
    switch (learning) {
    case LearningProblem::None:
        break;
    case LearningProblem::CostNotDecreased:
        text += tr(" — cost did not decrease: learning rate too large?");
        break;
    case LearningProblem::MajorityClassOnly:
        text += tr(" — no better than always answering the larger class: learning rate too large, or too few iterations?");
        break;
    case LearningProblem::CollapsedToBaseRate:
        text += tr(" — collapsed to the base rate: its cost settled where answering the share of cats for every "
                   "picture does; learning rate too large?");
        break;
    }
    if (!notKept.isEmpty())
        text += tr(" — not kept");
    return text;
}

void TrainedRun::judgeLearning(const Matrix& trainY) {
    learning = LearningProblem::None;
    if (trainEvaluation && trainEvaluation->predictions.size() == trainY.size() && outcome != Outcome::Diverged)
        learning = checkLearning(costs, trainEvaluation->accuracy, trainY);
}

QString TrainedRun::summaryText() const {
    const QString time = durationText(seconds);
    if (outcome == Outcome::Cancelled) // the outcome already counts the iterations
        return tr("%1 in %2").arg(outcomeText(), time);
    return tr("%1 — %2 in %3").arg(outcomeText(), iterationCount(iterationsRun), time);
}

void TrainedRun::takeResult(TrainResult result, Evaluation train, Evaluation test) {
    running = false;
    costs = std::move(result.costs);
    costHistory = std::move(result.costHistory);
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

const Evaluation* TrainedRun::evaluationOnOpenData(bool test) const {
    const std::optional<Evaluation>& own = test ? testEvaluation : trainEvaluation;
    const std::optional<Evaluation>& open = test ? openTestEvaluation : openTrainEvaluation;
    const std::optional<Evaluation>& chosen = measuredOnOpenData ? own : open;
    return chosen && chosen->probabilities.size() > 0 ? &*chosen : nullptr;
}

QString TrainedRun::measuredOnText() const {
    if (measuredOn.fingerprint == kCourseDataFingerprint)
        return tr("the course's data");
    if (!measuredOn.known())
        return tr("data not recorded");
    return tr("%1 (%2 + %3 images)")
        .arg(QString::fromStdString(measuredOn.name))
        .arg(measuredOn.trainCount)
        .arg(measuredOn.testCount);
}

Evaluation accuracyOnly(double accuracy) {
    Evaluation evaluation;
    evaluation.accuracy = accuracy;
    return evaluation;
}

std::optional<double> TrainedRun::finalCost() const {
    if (costs.empty())
        return std::nullopt;
    return costs.back().cost;
}

QString runName(const TrainConfig& config) {
    const QString name = QStringLiteral("[%1] lr %2")
                             .arg(QString::fromStdString(formatLayerDims(config.layerDims, ",")))
                             .arg(config.learningRate);
    const std::string options = describeOptions(config.options);
    return options.empty() ? name : name + ", " + QString::fromStdString(options);
}

QString describeConfig(const TrainConfig& config) {
    const QString settings = TrainedRun::tr("[%1], lr %2, %3, %4 init, seed %5")
                                 .arg(QString::fromStdString(formatLayerDims(config.layerDims, ",")))
                                 .arg(config.learningRate)
                                 .arg(iterationCount(config.iterations), QString::fromUtf8(nameOf(config.init).data()))
                                 .arg(config.seed);
    const std::string options = describeOptions(config.options);
    return options.empty() ? settings : settings + ", " + QString::fromStdString(options);
}

SavedModel describeRun(const TrainedRun& run) {
    SavedModel model = describeTraining(run.config, run);
    model.runNumber = run.id;
    model.name = run.name.toStdString();
    if (run.measuredOn.known() && run.trainEvaluation && run.testEvaluation)
        model.measured = MeasuredAccuracy{run.measuredOn, run.trainEvaluation->accuracy, run.testEvaluation->accuracy};
    return model;
}

TrainedRun fromSavedModel(SavedModel model) {
    TrainedRun run;
    run.name = model.name.empty() ? runName(model.config) : QString::fromStdString(model.name);
    run.config = model.config;
    run.id = model.runNumber; // kept if still free (RunsModel::add)
    run.costs = std::move(model.costs);
    run.costHistory = std::move(model.costHistory);
    run.layerSignals = std::move(model.layerSignals);
    run.heldOut = std::move(model.heldOut);
    run.outcome = model.outcome;
    run.iterationsRun = model.iterationsRun;
    if (run.outcome == Outcome::Diverged)
        run.divergedAt = run.iterationsRun;
    run.seconds = model.seconds;
    run.strategy = model.strategy;
    run.parameters = std::make_shared<const Parameters>(std::move(model.parameters));
    if (model.measured) {
        run.measuredOn = model.measured->data;
        run.trainEvaluation = accuracyOnly(model.measured->train);
        run.testEvaluation = accuracyOnly(model.measured->test);
    }
    return run;
}

} // namespace catnet::ui
