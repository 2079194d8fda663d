#include "cli/train_command.h"

#include "cli/export_runs_command.h"
#include "cli/inspection_outputs.h"
#include "cli/json_report.h"
#include "cli/representation_outputs.h"
#include "export/notebook.h"
#include "export/report.h"
#include "cli/train_options.h"
#include "engine/inspect/overfitting_lab.h"
#include "engine/io/atomic_file.h"
#include "engine/io/dataset.h"
#include "engine/io/hdf5_support.h"
#include "engine/io/isolated_reader.h"
#include "engine/io/model_io.h"
#include "engine/io/photo_import.h"
#include "engine/model/initialization.h"
#include "engine/model/layer_dims.h"
#include "engine/model/metrics.h"
#include "engine/training/augmentation.h"
#include "engine/training/learning_rate_finder.h"

#include <charconv>
#include <iostream>

namespace catnet::cli {

namespace {

// Shortest text that reads back as the same double, as numpy prints ("0.1", "1e-05").
std::string shortest(double number) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    return std::string(buffer, result.ptr);
}

std::string accuracyLine(const char* name, const Evaluation& evaluation) {
    const auto total = evaluation.predictions.size();
    const auto correct = total - static_cast<Eigen::Index>(evaluation.mislabeled.size());
    return std::string(name) + " accuracy: " + shortest(evaluation.accuracy) + " (" +
           std::to_string(correct) + "/" + std::to_string(total) + ")\n";
}

// The folder --data names (its files must be there), else the one findDataDirectory finds.
std::filesystem::path dataDirectory(const TrainOptions& options) {
    if (options.dataDirectory) {
        // A missing file is said here; one that is there but cannot be read (a FIFO, a
        // loop of links, a cut file) is said by the reader, with its true cause.
        for (const char* name : {kTrainFileName, kTestFileName}) {
            std::error_code error;
            if (!std::filesystem::exists(std::filesystem::symlink_status(*options.dataDirectory / name, error)))
                throw FileError("--data: the folder '" + options.dataDirectory->string() + "' does not hold " +
                                kTrainFileName + " and " + kTestFileName);
        }
        return *options.dataDirectory;
    }
    const auto directory = findDataDirectory(options.dataDirectory);
    if (!directory)
        throw FileError(std::string("no dataset found: pass --data DIR, set CATNET_DATA, or put ") +
                        kTrainFileName + " and " + kTestFileName + " in ./data (see data/README.md)");
    return *directory;
}

Dataset loadData(const TrainOptions& options, std::stop_token stop) {
    return loadCourseDatasetIsolated(dataDirectory(options), stop);
}

// What a saved model records of its accuracies: at the course's threshold, on this data.
MeasuredAccuracy measuredAccuracy(const TrainOptions& options, const Dataset& data, const Parameters& parameters) {
    const std::filesystem::path folder = std::filesystem::absolute(dataDirectory(options)).lexically_normal();
    const std::string name = (folder.has_filename() ? folder : folder.parent_path()).filename().string();
    return {identify(data, name), evaluate(parameters, data.train.X, data.train.Y).accuracy,
            evaluate(parameters, data.test.X, data.test.Y).accuracy};
}

// Where --save-model writes: the file asked for, unless that would replace an existing
// model with a run that did not complete (diverged or stopped) without --force; then
// beside it, "model.diverged.h5" / "model.cancelled.h5".
std::filesystem::path modelDestination(const TrainOptions& options, const TrainResult* training) {
    const std::filesystem::path& asked = *options.saveModel;
    std::error_code error;
    if (!training || training->outcome == Outcome::Completed || options.force || !std::filesystem::exists(asked, error))
        return asked;
    std::filesystem::path beside = asked;
    beside.replace_filename(asked.stem().string() + "." + std::string(nameOf(training->outcome)) +
                            asked.extension().string());
    return beside;
}

void saveTrainedModel(const std::filesystem::path& file, const TrainOptions& options, const TrainResult& run,
                      const Dataset& data) {
    SavedModel description = describeTraining(options.config, run);
    if (run.outcome != Outcome::Diverged)
        description.measured = measuredAccuracy(options, data, run.parameters);
    saveModel(file, run.parameters, description);
}

// The pixels the decoder gave for photo `i`; throws its reason when it gave none.
const std::vector<std::uint8_t>& decodedPixels(const std::vector<DecodedPhoto>& decoded, std::size_t i) {
    if (i >= decoded.size())
        throw std::runtime_error("the decoder gave no answer for it");
    if (!decoded[i].problem.empty())
        throw std::runtime_error(decoded[i].problem);
    if (decoded[i].pixels.size() != std::size_t(kImageBytes))
        throw std::runtime_error("the decoder gave " + std::to_string(decoded[i].pixels.size()) + " bytes instead of 64×64×3");
    return decoded[i].pixels;
}

// A file name as one field of one line: a tab or a line break in it (legal in a name)
// would split the "path<TAB>p_cat<TAB>label" line, so they are written as \t, \n, \r.
std::string oneLine(std::string_view text) {
    std::string line;
    for (const char c : text) {
        if (c == '\n')
            line += "\\n";
        else if (c == '\t')
            line += "\\t";
        else if (c == '\r')
            line += "\\r";
        else
            line += c;
    }
    return line;
}

// --predict: every file given and every file in the folders given, in that order
// (folders sorted by name), with P(cat) or why it could not be read.
std::vector<PhotoPrediction> predictFiles(const std::vector<std::filesystem::path>& paths, const Parameters& parameters,
                                          const PhotoDecoder& decodePhoto) {
    if (!decodePhoto)
        throw std::runtime_error("--predict: this build of catnet-train cannot read images");
    std::vector<std::filesystem::path> files;
    for (const std::filesystem::path& path : paths) {
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            const std::vector<std::filesystem::path> inside = filesInFolder(path, "--predict");
            files.insert(files.end(), inside.begin(), inside.end());
        } else {
            files.push_back(path);
        }
    }
    // Without a stop request: a stopped run still reports on its photos, as on its data.
    const std::vector<DecodedPhoto> decoded = decodePhoto(files, {});
    std::vector<PhotoPrediction> predictions;
    for (std::size_t i = 0; i < files.size(); ++i) {
        PhotoPrediction prediction;
        prediction.path = files[i].string();
        try {
            const Matrix features = featuresFromPixels(decodedPixels(decoded, i).data(), 1);
            prediction.probability = predictProbabilities(parameters, features)(0);
        } catch (const std::exception& e) {
            prediction.reason = e.what();
        }
        predictions.push_back(std::move(prediction));
    }
    return predictions;
}

// The parameters after `iteration` updates of the configured run (0: the initial ones).
Parameters parametersAt(int iteration, const TrainOptions& options, const Dataset& data, std::stop_token stop) {
    TrainConfig config = options.config;
    config.iterations = iteration;
    const TrainResult upTo = train(config, data.train.X, data.train.Y, {}, stop);
    if (upTo.outcome != Outcome::Completed)
        throw std::runtime_error("--inspect-iteration: the run " + upTo.describeOutcome() + " before iteration " +
                                 std::to_string(iteration));
    return upTo.parameters;
}

std::string gradientCheckLine(const GradientCheck& check) {
    return "Gradient check: difference " + shortest(check.difference) + " over " + std::to_string(check.parameters) +
           " parameters in " + shortest(check.seconds) + " s (rounding floor " + shortest(check.roundingFloor) +
           "): " + describeVerdict(check.verdict()) + "\n";
}

int exitCodeFor(const TrainResult& run) {
    switch (run.outcome) {
    case Outcome::Completed:
        return kExitOk;
    case Outcome::Diverged:
        return kExitDiverged;
    case Outcome::Cancelled:
        return kExitCancelled;
    }
    return kExitOk;
}

// --sweep: every combination trained, a line per cell as it finishes.
int runSweepCommand(const TrainOptions& options, std::ostream& out, std::ostream& err, std::stop_token stop) {
    const bool printProgress = !options.quiet && options.jsonOutput != "-";
    const Dataset data = loadData(options, stop);
    const std::size_t count = sweepConfigs(options.config, options.sweep).size();
    std::size_t finished = 0;
    const SweepCellCallback onCell = [&](std::size_t index, const SweepCell& cell) {
        ++finished;
        if (!printProgress)
            return;
        out << "[" << finished << "/" << count << "] " << describeSweepCell(options.sweep, index) << ": cost " << shortest(cell.finalCost)
            << ", train " << shortest(cell.trainAccuracy) << ", test " << shortest(cell.testAccuracy) << " ("
            << cell.result.describeOutcome() << ")\n"
            << std::flush;
    };
    const SweepData sweepData{data.train.X, data.train.Y, data.test.X, data.test.Y, options.threshold};
    SweepResult sweep;
    try {
        sweep = runSweep(options.config, options.sweep, sweepData, onCell, stop);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(std::string("--sweep ") + e.what());
    }
    if (printProgress)
        out << "Trained " << sweep.cells.size() << " runs in " << shortest(sweep.seconds) << " s\n";
    if (options.jsonOutput) {
        try {
            writeJsonReport(*options.jsonOutput, sweepReportJson(options.config, options.threshold, options.sweep, sweep), out);
        } catch (const std::exception& e) {
            err << "catnet-train: " << e.what() << "\n";
            return kExitFailure;
        }
    }
    if (sweep.stopped) {
        err << "catnet-train: the sweep was stopped after " << sweep.cells.size() << " of " << count << " runs\n";
        return kExitCancelled;
    }
    return kExitOk;
}

// --overfitting-lab: the network with each remedy, a line and a sentence per run.
int runOverfittingLabCommand(const TrainOptions& options, std::ostream& out, std::ostream& err,
                             std::stop_token stop) {
    const bool printProgress = !options.quiet && options.jsonOutput != "-";
    const Dataset data = loadData(options, stop);
    if (auto problem = validateLayerDims(options.config.layerDims, data.train.X.rows()))
        throw std::invalid_argument("--dims: " + *problem);
    const std::vector<TrainingOptions> settings = overfittingLabSettings();
    std::size_t finished = 0;
    const SweepCellCallback onCell = [&](std::size_t, const SweepCell& cell) {
        ++finished;
        if (printProgress)
            out << "[" << finished << "/" << settings.size() << "] " << labSettingName(cell.config.options) << ": train "
                << shortest(cell.trainAccuracy) << ", test " << shortest(cell.testAccuracy) << " ("
                << cell.result.describeOutcome() << ")\n"
                << std::flush;
    };
    const SweepData labData{data.train.X, data.train.Y, data.test.X, data.test.Y, options.threshold};
    const SweepResult lab = runOverfittingLab(options.config, settings, labData, onCell, stop);
    if (printProgress && !lab.cells.empty() && lab.cells.front().position.front() == 0) {
        const LabOutcome baseline = summarizeLabRun(lab.cells.front());
        for (const SweepCell& cell : lab.cells)
            out << labSettingName(cell.config.options) << ": "
                << describeLabRun(baseline, summarizeLabRun(cell), cell.position.front() == 0) << "\n";
        out << "Trained " << lab.cells.size() << " runs in " << shortest(lab.seconds) << " s\n";
    }
    if (options.jsonOutput) {
        try {
            writeJsonReport(*options.jsonOutput, overfittingLabJson(options.config, options.threshold, lab), out);
        } catch (const std::exception& e) {
            err << "catnet-train: " << e.what() << "\n";
            return kExitFailure;
        }
    }
    if (lab.stopped) {
        err << "catnet-train: the overfitting lab was stopped after " << lab.cells.size() << " of " << settings.size()
            << " runs\n";
        return kExitCancelled;
    }
    return kExitOk;
}

// --lr-finder: the cost over a short run whose learning rate grows exponentially.
int runLearningRateFinder(const TrainOptions& options, std::ostream& out, std::ostream& err, std::stop_token stop) {
    const Dataset data = loadData(options, stop);
    if (auto problem = validateLayerDims(options.config.layerDims, data.train.X.rows()))
        throw std::invalid_argument("--dims: " + *problem);
    const LearningRateSearch search = findLearningRate(options.config, data.train.X, data.train.Y, kFinderSteps, stop);
    std::string csv = "step,learning_rate,cost\n";
    for (const LearningRatePoint& point : search.points)
        csv += std::to_string(point.step) + "," + shortest(point.learningRate) + "," + shortest(point.cost) + "\n";
    writeFileAtomically(*options.lrFinderFile, csv);
    if (options.jsonOutput != "-" && !options.quiet) {
        out << "Learning-rate finder: " << search.points.size() << " steps, lr " << shortest(kFinderLowestRate)
            << " to " << shortest(search.points.empty() ? kFinderLowestRate : search.points.back().learningRate)
            << (search.points.size() < std::size_t(kFinderSteps) && !search.stopped ? " (then the cost blew up)" : "")
            << "\n";
        if (search.suggested)
            out << "Suggested learning rate: " << shortest(*search.suggested) << " (where the cost falls fastest)\n";
        else
            out << "No suggestion: the cost blew up within the first steps\n";
    }
    if (search.stopped) {
        err << "catnet-train: the learning-rate finder was stopped after " << search.points.size() << " steps\n";
        return kExitCancelled;
    }
    return kExitOk;
}

// Every file the run will write, checked before the data is read or a run trains: a
// target that cannot be written would otherwise be found only after hours of training.
void checkOutputsWritable(const TrainOptions& options) {
    for (const auto* output : {&options.saveModel, &options.notebookFile, &options.reportFile, &options.inspectFile,
                               &options.gradientCheckFile, &options.saliencyFile, &options.lossLineFile,
                               &options.lossSurfaceFile, &options.lrFinderFile, &options.projectionFile,
                               &options.distributionsFile, &options.planeFile})
        if (*output)
            checkWritable(**output);
    if (options.jsonOutput && *options.jsonOutput != "-")
        checkWritable(*options.jsonOutput);
}

int run(const TrainOptions& options, std::ostream& out, std::ostream& err, std::stop_token stop,
        const PhotoDecoder& decodePhoto) {
    if (options.runsBundle)
        return runExportRunsCommand(options, out, stop);
    checkOutputsWritable(options);
    if (!options.sweep.empty())
        return runSweepCommand(options, out, err, stop);
    if (options.lrFinderFile)
        return runLearningRateFinder(options, out, err, stop);
    if (options.overfittingLab)
        return runOverfittingLabCommand(options, out, err, stop);
    // Progress lines go to stdout unless JSON goes there.
    const bool printProgress = !options.quiet && options.jsonOutput != "-";
    const Dataset data = loadData(options, stop);
    RepresentationOutputs representation(options, data);
    Report report{options.config};

    TrainResult run;
    if (options.loadModel) {
        const SavedModel model = loadModelIsolated(*options.loadModel, false, stop);
        if (model.parameters.W.front().cols() != data.train.X.rows())
            throw FileError(hdf5::describe(*options.loadModel) + ": the model expects " +
                            std::to_string(model.parameters.W.front().cols()) +
                            " input features, the data has " + std::to_string(data.train.X.rows()));
        report.loadedModel = options.loadModel->string();
        report.config = model.config; // what the model was trained with, not this command line's defaults
        run.parameters = model.parameters;
    } else {
        if (auto problem = validateLayerDims(options.config.layerDims, data.train.X.rows()))
            throw std::invalid_argument("--dims: " + *problem);
        const ProgressCallback progress = [&](int iteration, double cost) {
            if (printProgress)
                out << "Cost after iteration " << iteration << ": " << shortest(cost) << "\n"
                    << std::flush;
        };
        const HeldOut test{data.test.X, data.test.Y, options.threshold};
        run = train(options.config, data.train.X, data.train.Y, progress, stop, representation.gate(), {}, &test);
        report.training = &run;
        if (run.outcome != Outcome::Completed)
            err << "catnet-train: " << run.describeOutcome() << "\n";
    }
    report.threshold = options.threshold;
    report.train = evaluate(run.parameters, data.train.X, data.train.Y, options.threshold);
    report.test = evaluate(run.parameters, data.test.X, data.test.Y, options.threshold);
    // train_accuracy stays on the images as given, as every other run's (and the window's);
    // with flip, the set it trained on gets its own figure too.
    if (report.config.options.flip)
        report.trainAccuracyWithMirrors = evaluate(run.parameters, withMirroredImages(data.train.X),
                                                   withMirroredLabels(data.train.Y), options.threshold)
                                              .accuracy;
    report.confusionTrain = confusion(report.train.predictions, data.train.Y);
    report.confusionTest = confusion(report.test.predictions, data.test.Y);
    if (report.training && run.outcome == Outcome::Completed) {
        report.learning = checkLearning(run.costs, report.train.accuracy, data.train.Y);
        if (report.learning != LearningProblem::None)
            err << "catnet-train: warning: the run completed but learned nothing: " << describe(report.learning) << "\n";
    }
    if (printProgress) {
        out << accuracyLine("Train", report.train) << accuracyLine("Test", report.test);
        if (report.training)
            out << "Trained " << run.iterationsRun << " iterations in " << shortest(run.seconds)
                << " s (" << nameOf(run.strategy) << " strategy)\n";
    }
    if (!options.predict.empty()) {
        report.predictions = predictFiles(options.predict, run.parameters, decodePhoto);
        for (const PhotoPrediction& prediction : *report.predictions) {
            if (!prediction.reason.empty())
                err << "catnet-train: --predict: skipped " << oneLine(prediction.path) << ": " << oneLine(prediction.reason)
                    << "\n";
            else if (options.jsonOutput != "-")
                out << oneLine(prediction.path) << '\t' << shortest(prediction.probability) << '\t'
                    << (prediction.probability > options.threshold ? "cat" : "non-cat") << '\n';
        }
    }
    std::optional<GradientCheck> gradientCheck;
    if (options.gradientCheckFile) {
        GradientCheckOptions checkOptions;
        checkOptions.stop = stop;
        gradientCheck = checkGradients(run.parameters, data.train.X, data.train.Y, checkOptions);
        if (gradientCheck->stopped)
            throw std::runtime_error("--gradient-check: stopped before every parameter was checked");
        report.gradientCheck = &*gradientCheck;
        if (printProgress)
            out << gradientCheckLine(*gradientCheck);
    }
    // Every requested output is attempted, whatever happened to another one.
    bool outputFailed = false;
    const auto attempt = [&](const auto& write) {
        try {
            write();
        } catch (const std::exception& e) {
            err << "catnet-train: " << e.what() << "\n";
            outputFailed = true;
        }
    };
    if (options.inspectFile)
        attempt([&] {
            const int iteration = *options.inspectIteration;
            const Parameters at = report.training && iteration == run.iterationsRun && run.outcome == Outcome::Completed
                                      ? run.parameters
                                      : parametersAt(iteration, options, data, stop);
            writeIterationValues(*options.inspectFile, inspectIteration(at, data.train.X, data.train.Y), iteration);
        });
    if (gradientCheck)
        attempt([&] { writeGradientCheck(*options.gradientCheckFile, *gradientCheck); });
    if (options.saliencyFile)
        attempt([&] {
            std::optional<PhotoSaliency> photo;
            if (options.photo) {
                if (!decodePhoto)
                    throw std::runtime_error("--photo: this build of catnet-train cannot read images");
                const Matrix features = featuresFromPixels(decodedPixels(decodePhoto({*options.photo}, {}), 0).data(), 1);
                photo = PhotoSaliency{saliency(run.parameters, features).col(0),
                                      predictProbabilities(run.parameters, features)(0)};
            }
            writeSaliency(*options.saliencyFile, saliency(run.parameters, data.test.X), report.test.probabilities, photo);
        });
    if (options.lossLineFile)
        attempt([&] {
            const Parameters initial =
                initializeParameters(options.config.layerDims, options.config.init, options.config.seed);
            writeLossLine(*options.lossLineFile, lossAlongLine(initial, run.parameters, data.train.X, data.train.Y,
                                                               data.test.X, data.test.Y));
        });
    if (options.lossSurfaceFile)
        attempt([&] {
            const LossSurface surface =
                lossSurface(run.parameters, data.train.X, data.train.Y, options.config.seed, 31, 1.0, {}, stop);
            if (surface.stopped)
                throw std::runtime_error("--loss-surface: stopped before the grid was complete");
            writeLossSurface(*options.lossSurfaceFile, surface, options.config.seed);
        });
    representation.write(run, attempt);
    if (options.reportFile)
        attempt([&] {
            RunReport page;
            page.name = options.loadModel ? options.loadModel->filename().string()
                                          : "[" + formatLayerDims(report.config.layerDims, ",") + "] lr " +
                                                shortest(report.config.learningRate);
            if (report.training)
                takeTraining(page, describeTraining(report.config, run));
            else
                page.config = report.config;
            page.threshold = options.threshold;
            page.trainAccuracy = report.train.accuracy;
            page.testAccuracy = report.test.accuracy;
            page.confusionTrain = report.confusionTrain;
            page.confusionTest = report.confusionTest;
            page.mislabeled = mislabeledImages(report.test, data.test);
            if (run.parameters.W.front().cols() == kImageBytes)
                page.firstLayerWeights = run.parameters.W.front();
            if (gradientCheck)
                page.gradientCheckDifference = gradientCheck->difference;
            page.data = std::filesystem::absolute(dataDirectory(options)).lexically_normal().string();
            writeReport(*options.reportFile, page);
        });
    if (options.notebookFile)
        attempt([&] {
            const std::filesystem::path folder = std::filesystem::absolute(dataDirectory(options)).lexically_normal();
            const std::string name = "[" + formatLayerDims(options.config.layerDims, ",") + "] lr " +
                                     shortest(options.config.learningRate);
            writeNotebook(*options.notebookFile,
                          {name, options.config, run.costs, run.iterationsRun, run.outcome,
                           report.train.accuracy, report.test.accuracy, data.train.count(), data.test.count(),
                           folder, options.threshold});
        });
    if (options.jsonOutput)
        attempt([&] { writeJsonReport(*options.jsonOutput, reportJson(report), out); });
    if (options.saveModel)
        attempt([&] {
            const std::filesystem::path file = modelDestination(options, report.training);
            saveTrainedModel(file, options, run, data);
            if (file != *options.saveModel)
                err << "catnet-train: the run " << nameOf(run.outcome) << ", so it was saved to '" << file.string()
                    << "' beside '" << options.saveModel->string() << "' (--force replaces it)\n";
            else if (printProgress)
                out << "Saved model to " << file.string() << "\n";
        });
    if (outputFailed) // an output cut short by Ctrl-C was stopped, not failed
        return stop.stop_requested() ? kExitCancelled : kExitFailure;
    return report.training ? exitCodeFor(run) : kExitOk;
}

} // namespace

int runTrainCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                    std::stop_token stop, const PhotoDecoder& decodePhoto) {
    try {
        const TrainOptions options = parseTrainOptions(arguments);
        if (options.showHelp) {
            out << trainUsage();
            return kExitOk;
        }
        return run(options, out, err, stop, decodePhoto);
    } catch (const UsageError& e) {
        err << "catnet-train: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::invalid_argument& e) {
        err << "catnet-train: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::bad_alloc&) {
        err << "catnet-train: ran out of memory; use fewer images, smaller layers or --strategy direct\n";
        return kExitFailure;
    } catch (const std::exception& e) {
        err << "catnet-train: " << e.what() << "\n";
        return stop.stop_requested() ? kExitCancelled : kExitFailure; // Ctrl-C while reading: stopped, not failed
    }
}

} // namespace catnet::cli
