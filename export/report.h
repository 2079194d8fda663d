#pragma once

#include "engine/inspect/layer_signals.h"
#include "engine/io/dataset.h"
#include "engine/io/model_io.h"
#include "engine/model/metrics.h"
#include "engine/training/training_types.h"
#include "export/export_language.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace catnet {

// A run as one self-contained HTML page a teacher can open and print (issue 27): its
// settings, the train and test cost curves (SVG), the accuracies and confusion matrices,
// the mislabeled test images (embedded PNG) with P(cat), what the first layer's units look
// for, the layer signals at the end, and the gradient check when one was run. Nothing
// outside the file is referred to.

struct ReportImage {
    Eigen::Index index = 0;
    std::vector<std::uint8_t> pixels; // 64×64×3, as the network sees it
    double pCat = 0.0;
    bool cat = false; // its label
};

struct RunReport {
    ExportLanguage language = ExportLanguage::English;
    std::string name;
    TrainConfig config;
    std::vector<CostPoint> costs;
    std::vector<HeldOutPoint> heldOut; // the test cost at the report points (may be empty)
    std::vector<SignalPoint> layerSignals;
    Outcome outcome = Outcome::Completed;
    int iterationsRun = 0;
    double seconds = 0.0;
    double threshold = 0.5;
    double trainAccuracy = 0.0, testAccuracy = 0.0;
    Confusion confusionTrain, confusionTest;
    std::vector<ReportImage> mislabeled; // test images, most confidently wrong first
    Matrix firstLayerWeights;            // W1 (units × 12288); empty: no pictures of the units
    std::optional<double> gradientCheckDifference;
    std::string data; // which data, for the learner
};

// The images of `split` that `evaluation` (of that split) gets wrong, most confidently wrong
// first; none when it holds no probabilities (a run read back from a file) or the split no
// pixels.
std::vector<ReportImage> mislabeledImages(const Evaluation& evaluation, const DataSplit& split);

// Puts a run's settings and training record (as describeTraining gives it, engine/io/model_io.h)
// on the page: the one place for the window and catnet-train alike.
void takeTraining(RunReport& page, const SavedModel& training);

std::string reportHtml(const RunReport& report);

// Writes reportHtml(report), whole or not at all; throws FileError naming the file.
void writeReport(const std::filesystem::path& path, const RunReport& report);

} // namespace catnet
