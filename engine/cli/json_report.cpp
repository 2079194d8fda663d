#include "json_report.h"

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

nlohmann::ordered_json confusionJson(const Confusion& c) {
    return {{"true_cat", c.trueCat}, {"false_cat", c.falseCat}, {"true_non_cat", c.trueNonCat},
            {"false_non_cat", c.falseNonCat}};
}

} // namespace

nlohmann::ordered_json reportJson(const Report& report) {
    nlohmann::ordered_json json;
    json["config"] = configJson(report.config);
    if (report.training) {
        const TrainResult& run = *report.training;
        json["strategy"] = nameOf(run.strategy);
        json["costs"] = nlohmann::ordered_json::array();
        for (const CostPoint& point : run.costs)
            json["costs"].push_back({{"iteration", point.iteration}, {"cost", point.cost}});
        json["iterations_run"] = run.iterationsRun;
        json["outcome"] = nameOf(run.outcome);
        if (run.divergedAt)
            json["diverged_at"] = *run.divergedAt;
        json["seconds"] = run.seconds;
    } else {
        json["model"] = *report.loadedModel;
    }
    json["train_accuracy"] = report.train.accuracy;
    json["test_accuracy"] = report.test.accuracy;
    json["mislabeled_test"] = report.test.mislabeled;
    json["threshold"] = report.threshold;
    json["confusion_train"] = confusionJson(report.confusionTrain);
    json["confusion_test"] = confusionJson(report.confusionTest);
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

} // namespace catnet::cli
