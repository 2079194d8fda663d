#include "cli/json_report.h"

#include "engine/inspect/overfitting_lab.h"
#include "engine/io/atomic_file.h"
#include "engine/io/file_error.h"

#include <cmath>

namespace catnet::cli {

namespace {

nlohmann::ordered_json configJson(const TrainConfig& config) {
    return {{"layer_dims", config.layerDims},
            {"learning_rate", config.learningRate},
            {"iterations", config.iterations},
            {"seed", config.seed},
            {"init", nameOf(config.init)},
            {"report_every", config.reportEvery},
            {"strategy", nameOf(config.strategy)}};
}

nlohmann::ordered_json optionsJson(const TrainingOptions& options) {
    return {{"l2", options.l2},
            {"keep_prob", options.keepProb},
            {"batch_size", options.batchSize > 0 ? nlohmann::ordered_json(options.batchSize) : nlohmann::ordered_json()},
            {"optimizer", nameOf(options.optimizer)},
            {"beta", options.beta},
            {"beta1", options.beta1},
            {"beta2", options.beta2},
            {"epsilon", options.epsilon},
            {"augment", options.flip ? nlohmann::ordered_json("flip") : nlohmann::ordered_json()}};
}

nlohmann::ordered_json confusionJson(const Confusion& c) {
    return {{"true_cat", c.trueCat}, {"false_cat", c.falseCat}, {"true_non_cat", c.trueNonCat},
            {"false_non_cat", c.falseNonCat}};
}

nlohmann::ordered_json sweepValueJson(const SweepValue& value) {
    return std::visit(
        [](const auto& v) -> nlohmann::ordered_json {
            using Value = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<Value, InitScheme> || std::is_same_v<Value, Optimizer>)
                return nameOf(v);
            else
                return v;
        },
        value);
}

} // namespace

nlohmann::ordered_json sweepReportJson(const TrainConfig& base, double threshold, const std::vector<SweepAxis>& axes,
                                       const SweepResult& sweep) {
    nlohmann::ordered_json json;
    json["config"] = configJson(base);
    json["options"] = optionsJson(base.options);
    json["threshold"] = threshold;
    nlohmann::ordered_json axesJson = nlohmann::ordered_json::array();
    for (const SweepAxis& axis : axes) {
        nlohmann::ordered_json values = nlohmann::ordered_json::array();
        for (const SweepValue& value : axis.values)
            values.push_back(sweepValueJson(value));
        axesJson.push_back({{"name", nameOf(axis.setting)}, {"values", values}});
    }
    nlohmann::ordered_json cells = nlohmann::ordered_json::array();
    for (const SweepCell& cell : sweep.cells) {
        nlohmann::ordered_json entry = {{"config", configJson(cell.config)}, {"options", optionsJson(cell.config.options)}};
        entry["final_cost"] = std::isfinite(cell.finalCost) ? nlohmann::ordered_json(cell.finalCost) : nullptr;
        entry["train_accuracy"] = cell.trainAccuracy;
        entry["test_accuracy"] = cell.testAccuracy;
        entry["iterations_run"] = cell.result.iterationsRun;
        entry["outcome"] = nameOf(cell.result.outcome);
        cells.push_back(std::move(entry));
    }
    json["sweep"] = {{"axes", axesJson}, {"cells", cells}, {"seconds", sweep.seconds}};
    return json;
}

nlohmann::ordered_json overfittingLabJson(const TrainConfig& base, double threshold, const SweepResult& lab) {
    nlohmann::ordered_json json;
    json["config"] = configJson(base);
    json["options"] = optionsJson(base.options);
    json["threshold"] = threshold;
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    const bool hasBaseline = !lab.cells.empty() && lab.cells.front().position.front() == 0;
    const LabOutcome baseline = hasBaseline ? summarizeLabRun(lab.cells.front()) : LabOutcome{};
    for (const SweepCell& cell : lab.cells) {
        const LabOutcome outcome = summarizeLabRun(cell);
        const bool isBaseline = cell.position.front() == 0;
        nlohmann::ordered_json row = {{"setting", labSettingName(cell.config.options)},
                                      {"options", optionsJson(cell.config.options)}};
        row["train_accuracy"] = outcome.trainAccuracy;
        row["test_accuracy"] = outcome.testAccuracy;
        row["gap_points"] = outcome.gapPoints();
        row["best_iteration"] = outcome.bestIteration ? nlohmann::ordered_json(*outcome.bestIteration) : nullptr;
        row["best_test_cost"] = outcome.bestIteration ? nlohmann::ordered_json(outcome.bestTestCost) : nullptr;
        row["best_test_accuracy"] = outcome.bestIteration ? nlohmann::ordered_json(outcome.bestTestAccuracy) : nullptr;
        row["final_cost"] = std::isfinite(cell.finalCost) ? nlohmann::ordered_json(cell.finalCost) : nullptr;
        row["outcome"] = nameOf(cell.result.outcome);
        if (hasBaseline)
            row["sentence"] = describeLabRun(baseline, outcome, isBaseline);
        rows.push_back(std::move(row));
    }
    json["overfitting_lab"] = {{"rows", rows}, {"seconds", lab.seconds}};
    return json;
}

nlohmann::ordered_json reportJson(const Report& report) {
    nlohmann::ordered_json json;
    json["config"] = configJson(report.config);
    json["options"] = optionsJson(report.config.options);
    if (report.training) {
        const TrainResult& run = *report.training;
        json["strategy"] = nameOf(run.strategy);
        json["costs"] = nlohmann::ordered_json::array();
        for (const CostPoint& point : run.costs)
            json["costs"].push_back({{"iteration", point.iteration}, {"cost", point.cost}});
        json["test_costs"] = nlohmann::ordered_json::array();
        json["accuracies"] = nlohmann::ordered_json::array();
        for (const HeldOutPoint& point : run.heldOut) {
            json["test_costs"].push_back({{"iteration", point.iteration}, {"cost", point.testCost}});
            json["accuracies"].push_back(
                {{"iteration", point.iteration}, {"train", point.trainAccuracy}, {"test", point.testAccuracy}});
        }
        json["iterations_run"] = run.iterationsRun;
        json["steps"] = run.steps;
        json["outcome"] = nameOf(run.outcome);
        if (run.divergedAt)
            json["diverged_at"] = *run.divergedAt;
        json["learning_problem"] = report.learning == LearningProblem::None
                                       ? nlohmann::ordered_json(nullptr)
                                       : nlohmann::ordered_json(describe(report.learning));
        json["seconds"] = run.seconds;
    } else {
        json["model"] = *report.loadedModel;
    }
    json["train_accuracy"] = report.train.accuracy;
    if (report.trainAccuracyWithMirrors)
        json["train_accuracy_with_mirrors"] = *report.trainAccuracyWithMirrors;
    json["test_accuracy"] = report.test.accuracy;
    json["mislabeled_test"] = report.test.mislabeled;
    json["threshold"] = report.threshold;
    json["confusion_train"] = confusionJson(report.confusionTrain);
    json["confusion_test"] = confusionJson(report.confusionTest);
    if (report.predictions) {
        json["predictions"] = nlohmann::ordered_json::array();
        json["predictions_skipped"] = nlohmann::ordered_json::array();
        for (const PhotoPrediction& prediction : *report.predictions) {
            if (prediction.reason.empty())
                json["predictions"].push_back({{"path", prediction.path},
                                               {"p_cat", prediction.probability},
                                               {"label", prediction.probability > report.threshold ? "cat" : "non-cat"}});
            else
                json["predictions_skipped"].push_back({{"file", prediction.path}, {"reason", prediction.reason}});
        }
    }
    if (const GradientCheck* check = report.gradientCheck) {
        nlohmann::ordered_json layers = nlohmann::ordered_json::array();
        for (const LayerGradientCheck& layer : check->layers)
            layers.push_back(
                {{"layer", layer.layer}, {"dW_difference", layer.dWDifference}, {"db_difference", layer.dbDifference}});
        json["gradient_check"] = {{"difference", check->difference},   {"epsilon", check->epsilon},
                                  {"parameters", check->parameters},   {"seconds", check->seconds},
                                  {"rounding_floor", check->roundingFloor},
                                  {"verdict", describeVerdict(check->verdict())}, {"layers", layers}};
    }
    return json;
}

void writeJsonReport(const std::string& destination, const nlohmann::ordered_json& report, std::ostream& out) {
    // File names need not be UTF-8 (a name from an old camera or archive): such bytes are
    // written as U+FFFD, never an exception that loses the report.
    const std::string text = report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    if (destination != "-") {
        writeFileAtomically(destination, text);
        return;
    }
    out << text << std::flush;
    if (!out)
        throw FileError("--json -: cannot write the report to standard output");
}

} // namespace catnet::cli
