#pragma once

#include "engine/model/metrics.h"
#include "engine/training/sweep.h"
#include "engine/training/trainer.h"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace catnet::cli {

struct TrainOptions {
    TrainConfig config;
    std::optional<std::filesystem::path> dataDirectory;
    std::optional<std::string> jsonOutput; // a file name, or "-" for standard output
    std::optional<std::filesystem::path> saveModel;
    std::optional<std::filesystem::path> notebookFile; // --export-notebook
    std::optional<std::filesystem::path> reportFile;   // --export-report
    std::optional<std::filesystem::path> loadModel;
    // --export-runs FILE.h5 RUN_FILES...: bundle saved runs instead of training.
    std::optional<std::filesystem::path> runsBundle;
    std::vector<std::filesystem::path> bundledRunFiles;
    // Looking inside (README): each writes an HDF5 file of named arrays.
    std::optional<int> inspectIteration;
    std::optional<std::filesystem::path> inspectFile;
    std::optional<std::filesystem::path> gradientCheckFile;
    std::optional<std::filesystem::path> saliencyFile;
    std::optional<std::filesystem::path> photo; // with --saliency
    std::optional<std::filesystem::path> lossLineFile;    // --loss-line
    std::optional<std::filesystem::path> lossSurfaceFile; // --loss-surface
    // What the run learned (SPEC §9).
    std::optional<std::filesystem::path> projectionFile;    // --projection
    std::optional<int> projectionLayer;                     // --projection-layer; else the last hidden
    std::optional<std::filesystem::path> distributionsFile; // --distributions
    std::optional<std::filesystem::path> planeFile;         // --plane I,J,K FILE
    std::array<long long, 3> planeImages{};
    bool planeOnTestSet = false; // --plane-set test
    int planeGrid = 41;          // --plane-grid
    double threshold = kCourseThreshold; // --threshold: cat where P(cat) > T
    std::vector<SweepAxis> sweep;        // --sweep, up to kMostSweepAxes: train every combination
    std::optional<std::filesystem::path> lrFinderFile; // --lr-finder: step,learning_rate,cost
    bool overfittingLab = false; // --overfitting-lab: the network with each remedy, side by side
    std::vector<std::filesystem::path> predict; // --predict: image files and folders of them
    bool force = false; // --save-model may replace an existing model with a run that did not complete
    bool quiet = false;
    bool showHelp = false;
};

// Thrown for arguments that make no sense; the message is one line for the user.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parses catnet-train's arguments (without the program name). Checks everything that
// can be checked without the data; the first layer size is checked once data is loaded.
TrainOptions parseTrainOptions(const std::vector<std::string>& arguments);

std::string trainUsage();

} // namespace catnet::cli
