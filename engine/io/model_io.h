#pragma once

#include "engine/io/data_identity.h"
#include "engine/training/trainer.h"

#include <filesystem>
#include <functional>
#include <string>

namespace catnet {

// What a model file holds: the weights plus how they were trained.
struct SavedModel {
    Parameters parameters;
    TrainConfig config;            // layerDims always equals parameters.layerDims()
    std::vector<CostPoint> costs;  // may be empty (e.g. a model saved before training)
    CostHistory costHistory;       // every iteration's cost; may be empty (saved before it was kept)
    std::vector<SignalPoint> layerSignals; // may be empty (models saved before they were recorded)
    std::vector<HeldOutPoint> heldOut;     // may be empty (trained without a test set, or saved before)
    int iterationsRun = 0;
    Outcome outcome = Outcome::Completed;
    std::string name;              // how the app labels the run (optional)
    double seconds = 0.0;          // training time (optional)
    Strategy strategy = Strategy::Auto;
    int runNumber = 0;             // the app's stable number for the run (0: none)
    // The run's accuracies and the data set they were measured on (optional: older files
    // and models saved without data have none).
    std::optional<MeasuredAccuracy> measured;
};

// The model file's record of a run, its weights apart: the settings and everything the
// trainer measured. The one conversion for every caller: `Run` is anything that carries a
// run's figures under the trainer's names (TrainResult; the window's TrainedRun).
template <class Run>
SavedModel describeTraining(const TrainConfig& config, const Run& run) {
    SavedModel model;
    model.config = config;
    model.costs = run.costs;
    model.costHistory = run.costHistory;
    model.layerSignals = run.layerSignals;
    model.heldOut = run.heldOut;
    model.iterationsRun = run.iterationsRun;
    model.outcome = run.outcome;
    model.seconds = run.seconds;
    model.strategy = run.strategy;
    return model;
}

// HDF5 layout, readable with h5py: datasets W1, b1, ..., WL, bL in numpy's row-major
// shapes (n_l, n_{l-1}) and (n_l, 1); root attributes format = "catnet-model",
// format_version, layer_dims, learning_rate, iterations, iterations_run, seed, init,
// outcome, name, seconds, strategy, run_number, and where measured: train_accuracy, test_accuracy,
// data_name, data_fingerprint, data_train_count, data_test_count; datasets cost_iterations (int64) and costs (float64) for the cost history,
// signal_iterations (int64, n) and layer_signals (float64, n × L × 4: activation std, dead ReLU share,
// ‖dW‖, ‖lr·dW‖/‖W‖) for the layer signals, held_out_iterations (int64, n) and held_out
// (float64, n × 3: test cost, train accuracy, test accuracy) for the held-out figures,
// cost_history (float64, every iteration's cost, with attribute cost_history_stride)
// (datasets rather than attributes, which HDF5 caps at 64 KiB).
// Writes to a temporary file in the same folder, then renames it over `file`, so a
// failed save never destroys an existing model. Throws FileError. `progress`, if set,
// hears the share of the weights written so far (0…1) a few times per megabytes.
using SaveProgress = std::function<void(double)>;
void saveModel(const std::filesystem::path& file, const SavedModel& model, const SaveProgress& progress = {});
// The same with the weights apart (`description.parameters` is not read), so that a
// caller sharing its weights with other threads need not copy them.
void saveModel(const std::filesystem::path& file, const Parameters& parameters, const SavedModel& description,
               const SaveProgress& progress = {});

// Reads and checks a model file: every W/b present, shapes chaining layer to layer,
// last layer of size 1, finite values (unless `allowNonFinite`, for keeping the record
// of a diverged run), attributes consistent with the shapes.
// Throws FileError saying what is wrong.
SavedModel loadModel(const std::filesystem::path& file, bool allowNonFinite = false);

} // namespace catnet
