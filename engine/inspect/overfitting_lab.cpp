#include "engine/inspect/overfitting_lab.h"

#include <cmath>
#include <cstdio>

namespace catnet {

namespace {

// A gap that shrinks by less than this many points is the same gap: the test set's 50
// images move accuracy in steps of 2 points.
constexpr double kNarrowerByPoints = 1.0;

std::string labNumber(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

std::string earlyStopping(const LabOutcome& run) {
    if (!run.bestIteration)
        return {};
    if (*run.bestIteration == run.lastIteration)
        return "; test cost still falling at the last iteration";
    return "; test cost lowest at iteration " + std::to_string(*run.bestIteration) + " (test " +
           labNumber("%.1f", 100.0 * run.bestTestAccuracy) + " % there)";
}

} // namespace

std::vector<TrainingOptions> overfittingLabSettings(bool combined) {
    std::vector<TrainingOptions> settings{TrainingOptions{}};
    for (const double l2 : {0.1, 0.7, 2.0})
        settings.push_back({.l2 = l2});
    for (const double keep : {0.95, 0.86, 0.7})
        settings.push_back({.keepProb = keep});
    settings.push_back({.flip = true});
    if (combined)
        settings.push_back({.l2 = 0.7, .keepProb = 0.86, .flip = true});
    return settings;
}

std::string labSettingName(const TrainingOptions& options) {
    const std::string name = describeOptions({.l2 = options.l2, .keepProb = options.keepProb, .flip = options.flip});
    return name.empty() ? "nothing added" : name;
}

LabOutcome summarizeLabRun(const SweepCell& cell) {
    LabOutcome outcome;
    outcome.trainAccuracy = cell.trainAccuracy;
    outcome.testAccuracy = cell.testAccuracy;
    outcome.divergedAt = cell.result.divergedAt;
    for (const HeldOutPoint& point : cell.result.heldOut) {
        outcome.lastIteration = point.iteration;
        if (!std::isfinite(point.testCost))
            continue;
        if (!outcome.bestIteration || point.testCost < outcome.bestTestCost) {
            outcome.bestIteration = point.iteration;
            outcome.bestTestCost = point.testCost;
            outcome.bestTestAccuracy = point.testAccuracy;
        }
    }
    return outcome;
}

RemedyEffect judgeRemedy(const LabOutcome& baseline, const LabOutcome& run, bool isBaseline) {
    if (run.divergedAt)
        return RemedyEffect::Diverged;
    if (isBaseline)
        return RemedyEffect::Baseline;
    if (run.gapPoints() > baseline.gapPoints() - kNarrowerByPoints)
        return RemedyEffect::NoBetter;
    return run.testAccuracy >= baseline.testAccuracy ? RemedyEffect::Helps : RemedyEffect::Underfits;
}

std::string describeLabRun(const LabOutcome& baseline, const LabOutcome& run, bool isBaseline) {
    const auto percent = [](double share) { return labNumber("%.1f", 100.0 * share); };
    switch (judgeRemedy(baseline, run, isBaseline)) {
    case RemedyEffect::Diverged:
        return "diverged at iteration " + std::to_string(*run.divergedAt) + ": no model to compare";
    case RemedyEffect::Baseline:
        return "gap " + labNumber("%.1f", run.gapPoints()) + " points (train " + percent(run.trainAccuracy) +
               " %, test " + percent(run.testAccuracy) + " %)" + earlyStopping(run);
    case RemedyEffect::Helps:
    case RemedyEffect::Underfits:
    case RemedyEffect::NoBetter:
        break;
    }
    const RemedyEffect effect = judgeRemedy(baseline, run, false);
    const char* verdict = effect == RemedyEffect::Helps       ? "narrows the gap and lifts test accuracy"
                          : effect == RemedyEffect::Underfits ? "narrows the gap only by fitting the training images less"
                                                              : "does not narrow the gap here";
    return "gap " + labNumber("%.1f", baseline.gapPoints()) + " → " + labNumber("%.1f", run.gapPoints()) + " points, test " +
           percent(baseline.testAccuracy) + " → " + percent(run.testAccuracy) + " %: " + verdict + earlyStopping(run);
}

SweepResult runOverfittingLab(const TrainConfig& base, const std::vector<TrainingOptions>& settings,
                              const SweepData& data, const SweepCellCallback& onCell, std::stop_token stop) {
    std::vector<TrainConfig> configs;
    for (const TrainingOptions& remedy : settings) {
        TrainConfig config = base; // its batch size and optimizer stay: they are not remedies
        config.options.l2 = remedy.l2;
        config.options.keepProb = remedy.keepProb;
        config.options.flip = remedy.flip;
        configs.push_back(config);
    }
    const auto describe = [&](std::size_t index) { return labSettingName(configs[index].options); };
    return runConfigs(configs, data, describe, [](std::size_t index) { return std::vector<std::size_t>{index}; },
                      onCell, stop);
}

} // namespace catnet
