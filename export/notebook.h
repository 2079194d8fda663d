#pragma once

#include "engine/training/training_types.h"
#include "export/export_language.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace catnet {

// "Back to the notebook" (issue 27): a run written as a Jupyter notebook (nbformat 4) that
// trains it again with numpy and h5py, in the course's own functions
// (initialize_parameters_deep, L_model_forward, compute_cost, L_model_backward,
// update_parameters, predict), and whose last cell compares what it gets with the numbers
// catnet recorded, embedded in it. After it has run, its namespace holds `costs` (the
// [iteration, cost] pairs of the report points), `train_accuracy`, `test_accuracy` and
// `parameters` (the course's dict W1, b1, …).

struct NotebookRun {
    std::string name;                // as the learner knows the run
    TrainConfig config;              // its settings
    std::vector<CostPoint> costs;    // what catnet recorded at the report points
    int iterationsRun = 0;
    Outcome outcome = Outcome::Completed;
    double trainAccuracy = 0.0, testAccuracy = 0.0;
    long long trainImages = 0, testImages = 0; // as given (flipped images not counted)
    std::filesystem::path dataDirectory; // the folder with train_catvnoncat.h5 and test_catvnoncat.h5
    double threshold = 0.5;              // P(cat) above it: a cat
    ExportLanguage language = ExportLanguage::English; // of the markdown cells; the code is the same
};

// Why the notebook cannot reproduce the run (it did not complete, or recorded no costs), for
// the learner; empty when it can. Every training option is written in numpy: L2, dropout,
// mini-batches, momentum, Adam and flipped images.
std::string notebookRefusal(const NotebookRun& run);

// The notebook; throws std::invalid_argument with notebookRefusal's reason.
nlohmann::json notebookOf(const NotebookRun& run);

// Writes notebookOf(run) to `path` (whole or not at all); throws std::invalid_argument
// (the run) or std::runtime_error naming the file and the reason.
void writeNotebook(const std::filesystem::path& path, const NotebookRun& run);

} // namespace catnet
