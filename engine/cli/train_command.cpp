#include "train_command.h"

#include "dataset.h"
#include "hdf5_support.h"
#include "isolated_reader.h"
#include "json_writer.h"
#include "layer_dims.h"
#include "metrics.h"
#include "model_io.h"
#include "train_options.h"

#include <fstream>
#include <iostream>

namespace catnet::cli {

namespace {

struct Report {
    const TrainOptions& options;
    const TrainResult* training = nullptr; // null when a model was loaded
    Evaluation train = {};
    Evaluation test = {};
    std::optional<std::string> loadedModel = {};
};

std::string toJson(const Report& report) {
    const TrainConfig& config = report.options.config;
    JsonWriter json;
    json.beginObject();
    json.key("config").beginObject();
    json.key("layer_dims").beginArray();
    for (Eigen::Index n : config.layerDims)
        json.value(static_cast<long long>(n));
    json.endArray();
    json.key("learning_rate").value(config.learningRate);
    json.key("iterations").value(config.iterations);
    json.key("seed").value(static_cast<long long>(config.seed));
    json.key("init").value(initSchemeName(config.init));
    json.key("report_every").value(config.reportEvery);
    json.key("strategy").value(strategyName(config.strategy));
    json.endObject();
    if (report.training) {
        const TrainResult& run = *report.training;
        json.key("strategy").value(strategyName(run.strategy));
        json.key("costs").beginArray();
        for (const CostPoint& point : run.costs)
            json.beginObject().key("iteration").value(point.iteration).key("cost").value(point.cost).endObject();
        json.endArray();
        json.key("iterations_run").value(run.iterationsRun);
        json.key("outcome").value(outcomeName(run.outcome));
        if (run.divergedAt)
            json.key("diverged_at").value(*run.divergedAt);
        json.key("seconds").value(run.seconds);
    } else {
        json.key("model").value(*report.loadedModel);
    }
    json.key("train_accuracy").value(report.train.accuracy);
    json.key("test_accuracy").value(report.test.accuracy);
    json.key("mislabeled_test").beginArray();
    for (Eigen::Index index : report.test.mislabeled)
        json.value(static_cast<long long>(index));
    json.endArray();
    json.endObject();
    return json.text() + "\n";
}

std::string accuracyLine(const char* name, const Evaluation& evaluation) {
    const auto total = evaluation.predictions.size();
    const auto correct = total - static_cast<Eigen::Index>(evaluation.mislabeled.size());
    return std::string(name) + " accuracy: " + formatDouble(evaluation.accuracy) + " (" +
           std::to_string(correct) + "/" + std::to_string(total) + ")\n";
}

Dataset loadData(const TrainOptions& options) {
    if (options.dataDirectory && !holdsCourseFiles(*options.dataDirectory))
        throw FileError("--data: the folder '" + options.dataDirectory->string() + "' does not hold " +
                        kTrainFileName + " and " + kTestFileName);
    const auto directory = findDataDirectory(options.dataDirectory);
    if (!directory)
        throw FileError(std::string("no dataset found: pass --data DIR, set CATNET_DATA, or put ") +
                        kTrainFileName + " and " + kTestFileName + " in ./data (see data/README.md)");
    return loadCourseDatasetIsolated(*directory);
}

void writeJson(const TrainOptions& options, const Report& report, std::ostream& out) {
    if (!options.jsonOutput)
        return;
    const std::string text = toJson(report);
    if (*options.jsonOutput == "-") {
        out << text;
        return;
    }
    std::ofstream file(*options.jsonOutput);
    file << text;
    if (!file.flush())
        throw FileError("--json: cannot write '" + *options.jsonOutput + "'");
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

int run(const TrainOptions& options, std::ostream& out, std::ostream& err, std::stop_token stop) {
    // Progress lines go to stdout unless JSON goes there.
    const bool printProgress = !options.quiet && options.jsonOutput != "-";
    const Dataset data = loadData(options);
    Report report{options};

    TrainResult run;
    if (options.loadModel) {
        const SavedModel model = loadModelIsolated(*options.loadModel);
        if (model.parameters.W.front().cols() != data.train.X.rows())
            throw FileError(hdf5::describe(*options.loadModel) + ": the model expects " +
                            std::to_string(model.parameters.W.front().cols()) +
                            " input features, the data has " + std::to_string(data.train.X.rows()));
        report.loadedModel = options.loadModel->string();
        run.parameters = model.parameters;
    } else {
        if (auto problem = validateLayerDims(options.config.layerDims, data.train.X.rows()))
            throw std::invalid_argument("--dims: " + *problem);
        const ProgressCallback progress = [&](int iteration, double cost) {
            if (printProgress)
                out << "Cost after iteration " << iteration << ": " << formatDouble(cost) << "\n"
                    << std::flush;
        };
        run = train(options.config, data.train.X, data.train.Y, progress, stop);
        report.training = &run;
        if (run.outcome != Outcome::Completed)
            err << "catnet-train: " << run.describeOutcome() << "\n";
    }
    report.train = evaluate(run.parameters, data.train.X, data.train.Y);
    report.test = evaluate(run.parameters, data.test.X, data.test.Y);
    if (printProgress) {
        out << accuracyLine("Train", report.train) << accuracyLine("Test", report.test);
        if (report.training)
            out << "Trained " << run.iterationsRun << " iterations in " << formatDouble(run.seconds)
                << " s (" << strategyName(run.strategy) << " strategy)\n";
    }
    writeJson(options, report, out);
    if (options.saveModel) {
        SavedModel model;
        model.parameters = run.parameters;
        model.config = options.config;
        model.costs = run.costs;
        model.iterationsRun = run.iterationsRun;
        model.outcome = run.outcome;
        model.seconds = run.seconds;
        model.strategy = run.strategy;
        saveModel(*options.saveModel, model);
        if (printProgress)
            out << "Saved model to " << options.saveModel->string() << "\n";
    }
    return report.training ? exitCodeFor(run) : kExitOk;
}

} // namespace

int runTrainCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                    std::stop_token stop) {
    try {
        const TrainOptions options = parseTrainOptions(arguments);
        if (options.showHelp) {
            out << trainUsage();
            return kExitOk;
        }
        return run(options, out, err, stop);
    } catch (const UsageError& e) {
        err << "catnet-train: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::invalid_argument& e) {
        err << "catnet-train: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        err << "catnet-train: " << e.what() << "\n";
        return kExitFailure;
    }
}

} // namespace catnet::cli
