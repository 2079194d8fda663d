#pragma once

#include "engine/io/data_identity.h"
#include "engine/io/model_io.h"
#include "engine/model/metrics.h"
#include "engine/training/learning_check.h"
#include "engine/training/training_types.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace catnet::ui {

// One entry of the runs table: a training run (finished, stopped or running) or a
// model loaded from a file, with what the learner looks at afterwards.
struct TrainedRun {
    Q_DECLARE_TR_FUNCTIONS(TrainedRun)
public:
    int id = 0;
    QString name;                 // "[12288,7,1] lr 0.0075"
    TrainConfig config;
    std::vector<CostPoint> costs; // grows while running
    CostHistory costHistory;      // every iteration's cost, once finished
    std::vector<SignalPoint> layerSignals; // at the cost points; grows while running
    std::vector<HeldOutPoint> heldOut;     // test cost and accuracies at the cost points; grows while running
    bool running = false;
    std::optional<int> pausedBefore; // running, held before this iteration (Pause, Step)
    Outcome outcome = Outcome::Completed;
    std::optional<int> divergedAt;
    int iterationsRun = 0;
    double seconds = 0.0;
    Strategy strategy = Strategy::Auto;
    QString modelFile;            // set when loaded from a file
    QString storeFile;            // where the app keeps it between sessions
    QString notKept;              // why it could not be kept (empty: kept, or not to be kept)
    std::shared_ptr<const Parameters> parameters; // shared with saves under way
    // The run's own numbers, measured on `measuredOn`: they stay when another data set is
    // opened. A run read back from a file may have only the accuracies (no probabilities).
    std::optional<Evaluation> trainEvaluation;
    std::optional<Evaluation> testEvaluation;
    DataIdentity measuredOn;
    bool measuredOnOpenData = false; // measuredOn is the data set open now (RunController)
    // Its evaluation on the data set open now, when that is not `measuredOn`: asked for
    // with Runs → Evaluate on the open data; gone when another data set is opened.
    std::optional<Evaluation> openTrainEvaluation;
    std::optional<Evaluation> openTestEvaluation;
    LearningProblem learning = LearningProblem::None; // judged with the training evaluation

    // Weights in memory, or kept on disk to be read when the run is opened.
    bool hasModel() const { return parameters || !storeFile.isEmpty(); }
    // Diverged, or completed without learning: flagged alike (⚠) in the table, the
    // chart's legend and the progress line.
    bool failed() const { return outcome == Outcome::Diverged || learning != LearningProblem::None; }
    // Takes in what the trainer and the evaluation of both splits produced; the one
    // place a finished training result becomes part of a run.
    void takeResult(TrainResult result, Evaluation train, Evaluation test);
    // "completed", "diverged at iteration 12", "stopped after 1,300 iterations", with what
    // went wrong with the learning, if anything.
    QString outcomeText() const;
    // Sets `learning` from the costs and the training evaluation against its labels
    // (None without an evaluation on these labels).
    void judgeLearning(const Matrix& trainY);
    // The name, and how far it got when it did not complete ("[12288,7,1] lr 0.0075,
    // stopped after 1 iteration"): for captions that speak of its predictions.
    QString nameAndState() const;
    // The outcome with the iterations and the time: for the progress line.
    QString summaryText() const;
    std::optional<double> finalCost() const;
    // Its own numbers describe a data set other than the open one.
    bool measuredElsewhere() const { return !running && trainEvaluation && !measuredOnOpenData; }
    // It should be measured on the open data: it has no numbers of its own yet, or they
    // were measured on this data but hold only the accuracies (read back from a file).
    bool needsMeasuring() const {
        return !measuredOn.known() || !trainEvaluation || !testEvaluation ||
               (measuredOnOpenData && !evaluationOnOpenData(false));
    }
    // What views of the open data set's images read: the run's own evaluation when it was
    // measured on that data, else its evaluation on it if one was asked for; each with a
    // probability per image, or empty.
    const Evaluation* evaluationOnOpenData(bool test) const;
    // The data set its own numbers describe, as a learner reads it ("the course's data").
    QString measuredOnText() const;
};

// An evaluation known only by its accuracy (a model file records no probabilities).
Evaluation accuracyOnly(double accuracy);

// "[12288,20,7,5,1] lr 0.0075", then what SPEC §8's options change: ", L2 0.7, batch 64".
QString runName(const TrainConfig& config);
// Every setting: "[12288,20,7,5,1], lr 0.0075, 2,500 iterations, lecun init, seed 1".
QString describeConfig(const TrainConfig& config);
// "1 iteration", "2,500 iterations"
QString iterationCount(int iterations);
// A time a learner reads at a glance: "0.18 s", "42 s", "3 min 07 s", "1 h 07 min".
QString durationText(double seconds);

// A run as a model file without its weights (for saveModel with the weights apart), and
// a model file as a run (evaluations are not stored).
SavedModel describeRun(const TrainedRun& run);
TrainedRun fromSavedModel(SavedModel model);

} // namespace catnet::ui
