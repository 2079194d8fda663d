#pragma once

#include "engine/inspect/gradient_check.h"
#include "engine/model/metrics.h"
#include "engine/training/learning_check.h"
#include "engine/training/sweep.h"
#include "engine/training/training_types.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace catnet::cli {

// --predict: one image's P(cat), or why it was skipped (`reason` not empty).
struct PhotoPrediction {
    std::string path;
    double probability = 0.0;
    std::string reason;
};

// What catnet-train reports about one run or one loaded model.
struct Report {
    TrainConfig config;
    const TrainResult* training = nullptr; // null when a model was loaded
    Evaluation train = {};
    Evaluation test = {};
    // With flip: accuracy on the set trained on, each image and its mirror (SPEC §8's
    // check values: 285/418 = 0.6818 after 500 epochs).
    std::optional<double> trainAccuracyWithMirrors = {};
    std::optional<std::string> loadedModel = {};
    const GradientCheck* gradientCheck = nullptr; // --gradient-check
    double threshold = kCourseThreshold;
    Confusion confusionTrain = {}, confusionTest = {};
    LearningProblem learning = LearningProblem::None; // judged for a trained run
    std::optional<std::vector<PhotoPrediction>> predictions = {}; // --predict
};

// The JSON report (README, "catnet-train"): config, strategy, costs, test_costs and
// accuracies {iteration, train, test} at the same iterations as costs, iterations_run,
// outcome, learning_problem (null, or why a run that ended normally learned nothing), seconds, or model;
// with --predict, predictions [{path, p_cat, label}] and predictions_skipped [{file, reason}]; then train_accuracy
// (on the training images as given), with --augment flip train_accuracy_with_mirrors, test_accuracy, mislabeled_test,
// threshold, confusion_train and confusion_test {true_cat, false_cat, true_non_cat,
// false_non_cat}; with
// --gradient-check, gradient_check {difference, epsilon, parameters, seconds,
// rounding_floor, verdict, layers [{layer, dW_difference, db_difference}]}.
// Doubles keep every digit (shortest text that reads back as the same number).
nlohmann::ordered_json reportJson(const Report& report);

// The report of --sweep: config (the settings the sweep starts from), threshold, and
// sweep {axes [{name, values}], cells [{config, final_cost, train_accuracy,
// test_accuracy, iterations_run, outcome}], seconds}, cells in sweepConfigs order.
nlohmann::ordered_json sweepReportJson(const TrainConfig& base, double threshold, const std::vector<SweepAxis>& axes,
                                       const SweepResult& sweep);

// Writes a JSON report to standard output ("-") or, atomically, to a file. Throws
// FileError naming where it could not be written.
// --overfitting-lab: each row's remedy, final accuracies, gap, early-stopping point and sentence.
nlohmann::ordered_json overfittingLabJson(const TrainConfig& base, double threshold, const SweepResult& lab);

void writeJsonReport(const std::string& destination, const nlohmann::ordered_json& report, std::ostream& out);

} // namespace catnet::cli
