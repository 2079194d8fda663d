#include "cli/train_options.h"

#include "engine/model/course_presets.h"
#include "engine/model/layer_dims.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <limits>
#include <string_view>
#include <type_traits>

namespace catnet::cli {

namespace {

// catnet-train's flags as text. CLI11 finds them (with --flag VALUE or --flag=VALUE),
// groups them in --help with their defaults; the values are converted here, so that
// every problem is one line naming the flag, as the tests and scripts expect.
struct RawOptions {
    std::string data, dims, learningRate, iterations, seed, init, reportEvery, strategy;
    std::string json, saveModel, loadModel, exportNotebook, exportReport;
    std::vector<std::string> inspect, sweep, predict, exportRuns;
    std::string gradientCheck, saliency, photo, threshold, lossLine, lossSurface, lrFinder;
    std::string l2, keepProb, batchSize, optimizer, beta, beta1, beta2, epsilon, augment;
    std::string projection, projectionLayer, distributions, planeSet, planeGrid;
    std::vector<std::string> plane;
    bool quiet = false;
    bool force = false;
    bool overfittingLab = false;
};

std::unique_ptr<CLI::App> makeApp(RawOptions& raw) {
    const TrainConfig defaults = lLayerCourseConfig();
    auto app = std::make_unique<CLI::App>(
        "Trains the course's cat classifier on train/test_catvnoncat.h5 and reports accuracy.\n"
        "The defaults are the course's L-layer run; its 2-layer run is --dims 12288,7,1 --init small.",
        "catnet-train");
    app->set_help_flag("-h,--help", "show this text");
    app->allow_extras(); // reported below as "unknown option", in one line
    app->get_formatter()->column_width(28);
    const auto option = [&](const char* name, std::string& target, const char* text, const std::string& shown,
                            const char* group) {
        app->add_option(name, target, text)->option_text(shown)->group(group);
    };
    const std::string network = "Network and training";
    option("--data", raw.data, "folder with the two .h5 files (else $CATNET_DATA, else ./data)", "DIR", "Data");
    option("--dims", raw.dims, "layer sizes from input to output", "LIST [" + formatLayerDims(defaults.layerDims, ",") + "]",
           network.c_str());
    option("--learning-rate", raw.learningRate, "gradient descent step", "X [0.0075]", network.c_str());
    option("--iterations", raw.iterations, "epochs (one full-batch step each without --batch-size)",
           "N [" + std::to_string(defaults.iterations) + "]", network.c_str());
    option("--seed", raw.seed, "numpy-compatible seed for the initial weights",
           "N [" + std::to_string(defaults.seed) + "]", network.c_str());
    option("--init", raw.init, "initial weight scale",
           nameList<InitScheme>("|") + " [" + std::string(nameOf(defaults.init)) + "]", network.c_str());
    option("--report-every", raw.reportEvery, "record and print the cost every N iterations",
           "N [" + std::to_string(defaults.reportEvery) + "]", network.c_str());
    option("--strategy", raw.strategy, "how iterations are computed (all give the same numbers)",
           nameList<Strategy>("|") + " [auto]", network.c_str());
    const char* remedies = "Regularization and optimizer (the next course's tools; defaults add nothing)";
    option("--l2", raw.l2, "L2 regularization λ: the cost gains (λ/2m)·Σ‖W‖²", "L [0]", remedies);
    option("--keep-prob", raw.keepProb, "inverted dropout on the hidden layers, keeping each unit with probability K",
           "K [1]", remedies);
    option("--batch-size", raw.batchSize, "mini-batches of B images, shuffled every epoch", "B [all]", remedies);
    option("--optimizer", raw.optimizer, "how each step moves the weights", nameList<Optimizer>("|") + " [gd]",
           remedies);
    option("--beta", raw.beta, "momentum's β", "B [0.9]", remedies);
    option("--beta1", raw.beta1, "Adam's β1", "B1 [0.9]", remedies);
    option("--beta2", raw.beta2, "Adam's β2", "B2 [0.999]", remedies);
    option("--epsilon", raw.epsilon, "Adam's ε", "E [1e-08]", remedies);
    option("--augment", raw.augment, "train on every image and its mirror image", "flip", remedies);
    option("--json", raw.json, "write a JSON report to FILE or standard output", "FILE|-", "Output");
    option("--save-model", raw.saveModel,
           "save the trained model (HDF5); a diverged or stopped run does not replace an existing FILE "
           "but goes beside it as FILE's name + .diverged or .cancelled",
           "FILE", "Output");
    app->add_flag("--force", raw.force, "let --save-model replace FILE even with a run that did not complete")
        ->group("Output");
    option("--load-model", raw.loadModel, "skip training; evaluate a saved model", "FILE", "Output");
    option("--export-notebook", raw.exportNotebook,
           "after training, a Jupyter notebook that trains the run again with numpy in the course's functions and "
           "compares its costs and accuracies with catnet's",
           "FILE.ipynb", "Output");
    option("--export-report", raw.exportReport,
           "after training (or with --load-model), one self-contained HTML page of the run: settings, cost curves, "
           "accuracies, confusion matrices, mislabeled test images, the first layer's units, layer signals and the "
           "--gradient-check result",
           "FILE.html", "Output");
    app->add_option("--export-runs", raw.exportRuns,
                    "instead of training, bundle the runs of the model files given (the window keeps one per run) "
                    "into one HDF5 file a classmate opens with File → Import runs…; the same run given twice goes in "
                    "once")
        ->option_text("FILE.h5 RUN_FILES...")
        ->expected(2, -1)
        ->group("Output");
    app->add_flag("-q,--quiet", raw.quiet, "print nothing but errors")->group("Output");
    option("--threshold", raw.threshold,
           "count an image as a cat where P(cat) > T, for every accuracy, mislabeled list and the confusion "
           "matrices in the JSON report",
           "T [0.5]", "Output");
    app->add_option("--sweep", raw.sweep,
                    "train every combination of up to four settings' values instead of one run "
                    "(AXIS one of " + nameList<SweepSetting>(", ") +
                        "; dims values separated by ';'); the JSON report gets sweep")
        ->option_text("AXIS=V1,V2,...")
        ->take_all()
        ->group("Experiments");
    option("--lr-finder", raw.lrFinder,
           "instead of training, a learning-rate finder: 100 steps of the network and options given, the learning "
           "rate growing exponentially from 1e-6 to 10 until the cost blows up; writes step,learning_rate,cost "
           "and prints the rate where the cost falls fastest",
           "FILE.csv", "Experiments");
    app->add_flag("--overfitting-lab", raw.overfittingLab,
                  "instead of one run, the overfitting lab: the network trained with nothing added, L2 at λ 0.1, 0.7 "
                  "and 2, dropout keeping 0.95, 0.86 and 0.7, flipped images, and all three together (batch size and "
                  "optimizer as given); prints each one's gap and where its test cost was lowest; the JSON report "
                  "gets overfitting_lab")
        ->group("Experiments");
    const char* inside = "Looking inside (HDF5 files of numpy-shaped arrays, named as in the course)";
    app->add_option("--inspect-iteration", raw.inspect,
                    "train up to iteration N (0: the initial parameters) and write that iteration's forward and "
                    "backward values Z, A, dA, dZ, dW, db, W, b for the training set")
        ->expected(2)
        ->option_text("N FILE.h5")
        ->group(inside);
    option("--gradient-check", raw.gradientCheck,
           "after training (--iterations 0: at the initial parameters), compare backpropagation's gradients "
           "with numerical ones for every parameter; writes both, the JSON report gets gradient_check",
           "FILE.h5", inside);
    option("--saliency", raw.saliency,
           "after training (or with --load-model), write d P(cat) / d pixels of every test image "
           "(test_saliency, m × 64 × 64 × 3) and test_probabilities",
           "FILE.h5", inside);
    option("--photo", raw.photo, "with --saliency: also write photo_saliency (64 × 64 × 3) and photo_probability",
           "IMAGE", inside);
    app->add_option("--predict", raw.predict,
                    "after training (or with --load-model), print P(cat) of every image file given and of every "
                    "file in the folders given: path<TAB>p_cat<TAB>label; the JSON report gets predictions")
        ->option_text("PATH...")
        ->expected(1, -1)
        ->group("Output");
    option("--loss-line", raw.lossLine,
           "after training, write the cost along the straight line from the initial to the trained parameters, "
           "J((1-a)·θ0 + a·θ1) for 101 values of a from -0.5 to 1.5: alphas, train_costs, test_costs",
           "FILE.h5", inside);
    option("--loss-surface", raw.lossSurface,
           "after training (or with --load-model), write the training cost on a 31 × 31 grid around the "
           "parameters along two random filter-normalized directions: coordinates, costs",
           "FILE.h5", inside);
    const char* learned = "What the run learned (HDF5 files; a frame is every --report-every iteration and the last)";
    option("--projection", raw.projection,
           "the training and test images as points on a hidden layer's two main axes (those of the trained "
           "network), frame by frame: iterations, coordinates (T × 2 × m), test_coordinates, axes, explained",
           "FILE.h5", learned);
    option("--projection-layer", raw.projectionLayer, "the hidden layer --projection looks at", "L [the last hidden]",
           learned);
    option("--distributions", raw.distributions,
           "nine percentiles of every layer's W, dW, Z and A at each frame: iterations and W1, dW1, Z1, A1, … "
           "(T × 9)",
           "FILE.h5", learned);
    app->add_option("--plane", raw.plane,
                    "after training (or with --load-model), P(cat) over the plane through images I, J and K: "
                    "x_I + a(x_J − x_I) + b(x_K − x_I) for a and b from -0.5 to 1.5: p_cat (G × G), alpha, beta")
        ->expected(2)
        ->option_text("I,J,K FILE.h5")
        ->group(learned);
    option("--plane-set", raw.planeSet, "the set --plane's images are numbered in", "train|test [train]", learned);
    option("--plane-grid", raw.planeGrid, "--plane's points a side", "G [41]", learned);
    return app;
}

template <typename Number>
Number parseNumber(const std::string& flag, const std::string& text) {
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if constexpr (std::is_integral_v<Number>)
        if (error == std::errc::result_out_of_range)
            throw UsageError(flag + ": '" + text + "' is out of range: give a whole number from " +
                             std::to_string(std::numeric_limits<Number>::min()) + " to " +
                             std::to_string(std::numeric_limits<Number>::max()));
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        throw UsageError(flag + ": '" + text + "' is not a valid number");
    return value;
}

template <typename Enum>
Enum parseEnum(const std::string& flag, const std::string& text) {
    if (const auto value = parseName<Enum>(text))
        return *value;
    throw UsageError(flag + ": '" + text + "' is not one of " + nameList<Enum>());
}

// "learning-rate=0.001,0.01" or "dims=12288,7,1;12288,20,7,5,1".
SweepAxis parseSweepAxis(const std::string& text) {
    const auto equals = text.find('=');
    const auto setting = parseName<SweepSetting>(text.substr(0, equals));
    if (equals == std::string::npos || !setting)
        throw UsageError("--sweep: '" + text + "' is not AXIS=V1,V2,... with AXIS one of " + nameList<SweepSetting>());
    const char separator = *setting == SweepSetting::Dims ? ';' : ',';
    SweepAxis axis{*setting, {}};
    std::string_view values(text);
    values.remove_prefix(equals + 1);
    while (true) {
        const auto end = values.find(separator);
        const std::string_view value = values.substr(0, end);
        try {
            axis.values.push_back(parseSweepValue(*setting, value));
            withSweepValue({}, *setting, axis.values.back()); // range checks
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--sweep ") + e.what());
        }
        if (end == std::string_view::npos)
            break;
        values.remove_prefix(end + 1);
    }
    return axis;
}

// --l2 … --augment into `options`, each problem one line naming its flag.
template <typename Given>
void parseTrainingOptions(const RawOptions& raw, const Given& given, TrainingOptions& options) {
    const auto number = [&](const char* flag, const std::string& text, double& target) {
        if (given(flag))
            target = parseNumber<double>(flag, text);
    };
    number("--l2", raw.l2, options.l2);
    number("--keep-prob", raw.keepProb, options.keepProb);
    number("--beta", raw.beta, options.beta);
    number("--beta1", raw.beta1, options.beta1);
    number("--beta2", raw.beta2, options.beta2);
    number("--epsilon", raw.epsilon, options.epsilon);
    if (given("--batch-size")) {
        options.batchSize = parseNumber<int>("--batch-size", raw.batchSize);
        if (options.batchSize < 1)
            throw UsageError("--batch-size: must be at least 1, not " + raw.batchSize);
    }
    if (given("--optimizer"))
        options.optimizer = parseEnum<Optimizer>("--optimizer", raw.optimizer);
    if (given("--augment")) {
        if (raw.augment != "flip")
            throw UsageError("--augment: '" + raw.augment + "' is not one of flip");
        options.flip = true;
    }
    if (const auto problem = checkTrainingOptions(options)) {
        const std::pair<OptionField, std::pair<const char*, const std::string*>> flags[] = {
            {OptionField::L2, {"--l2", &raw.l2}},           {OptionField::KeepProb, {"--keep-prob", &raw.keepProb}},
            {OptionField::BatchSize, {"--batch-size", &raw.batchSize}}, {OptionField::Beta, {"--beta", &raw.beta}},
            {OptionField::Beta1, {"--beta1", &raw.beta1}},  {OptionField::Beta2, {"--beta2", &raw.beta2}},
            {OptionField::Epsilon, {"--epsilon", &raw.epsilon}}};
        for (const auto& [field, flag] : flags)
            if (field == problem->field)
                throw UsageError(std::string(flag.first) + ": " + problem->message + ", not " + *flag.second);
    }
}

// --projection-layer and --plane with its --plane-set and --plane-grid; the layer and the
// images are checked against the network and the data later.
template <typename Given>
void parseRepresentationOptions(const RawOptions& raw, const Given& given, TrainOptions& options) {
    if (given("--projection-layer")) {
        if (!options.projectionFile)
            throw UsageError("--projection-layer goes with --projection FILE.h5");
        options.projectionLayer = parseNumber<int>("--projection-layer", raw.projectionLayer);
        if (*options.projectionLayer < 1)
            throw UsageError("--projection-layer: a hidden layer, 1 or more, not " + raw.projectionLayer);
    }
    if (!given("--plane")) {
        for (const char* flag : {"--plane-set", "--plane-grid"})
            if (given(flag))
                throw UsageError(std::string(flag) + " goes with --plane I,J,K FILE.h5");
        return;
    }
    const std::string& images = raw.plane.at(0);
    std::size_t first = 0;
    for (std::size_t n = 0; n < 3; ++n) {
        const std::size_t comma = images.find(',', first);
        if ((comma == std::string::npos) != (n == 2))
            throw UsageError("--plane: '" + images + "' is not three image numbers I,J,K");
        const std::string number = images.substr(first, comma == std::string::npos ? std::string::npos : comma - first);
        options.planeImages[n] = parseNumber<long long>("--plane", number);
        if (options.planeImages[n] < 0)
            throw UsageError("--plane: images are numbered from 0, not " + number);
        first = comma + 1;
    }
    const auto& [i, j, k] = options.planeImages;
    if (i == j || j == k || i == k)
        throw UsageError("--plane: three different images span a plane, not " + images);
    if (raw.plane.at(1).empty())
        throw UsageError("--plane: give a file name");
    options.planeFile = raw.plane.at(1);
    if (given("--plane-set")) {
        if (raw.planeSet != "train" && raw.planeSet != "test")
            throw UsageError("--plane-set: '" + raw.planeSet + "' is not one of train, test");
        options.planeOnTestSet = raw.planeSet == "test";
    }
    if (given("--plane-grid")) {
        options.planeGrid = parseNumber<int>("--plane-grid", raw.planeGrid);
        if (options.planeGrid < 2 || options.planeGrid > 1001)
            throw UsageError("--plane-grid: from 2 to 1001 points a side, not " + raw.planeGrid);
    }
}

// "--learning-rate: must be a positive number, not -1": the flag and what was given.
std::string describeProblem(const ConfigProblem& problem, const RawOptions& raw) {
    switch (problem.field) {
    case ConfigField::LayerDims:
        return "--dims: " + problem.message;
    case ConfigField::LearningRate:
        return "--learning-rate: " + problem.message + ", not " + raw.learningRate;
    case ConfigField::Iterations:
        return "--iterations: " + problem.message + ", not " + raw.iterations;
    case ConfigField::ReportEvery:
        return "--report-every: " + problem.message + ", not " + raw.reportEvery;
    }
    return problem.message;
}

// CLI11's own parse errors, as one line that names the flag.
[[noreturn]] void rethrowParseError(const CLI::ParseError& error) {
    const std::string what = error.what();
    const auto colon = what.find(':');
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) && colon != std::string::npos && what.rfind("--", 0) == 0)
        throw UsageError(what.substr(0, colon) + ": needs a value");
    throw UsageError(what + " (see --help)");
}

} // namespace

std::string trainUsage() {
    RawOptions raw;
    return makeApp(raw)->help();
}

TrainOptions parseTrainOptions(const std::vector<std::string>& arguments) {
    RawOptions raw;
    const auto app = makeApp(raw);
    TrainOptions options;
    try {
        std::vector<std::string> reversed(arguments.rbegin(), arguments.rend()); // CLI11 takes them back to front
        app->parse(reversed);
    } catch (const CLI::CallForHelp&) {
        options.showHelp = true;
        return options;
    } catch (const CLI::ParseError& error) {
        rethrowParseError(error);
    }
    if (!app->remaining().empty()) {
        const std::string first = app->remaining().front();
        throw UsageError(first.rfind("-", 0) == 0 ? "unknown option '" + first + "' (see --help)"
                                                   : "unexpected argument '" + first + "' (see --help)");
    }

    TrainConfig& config = options.config;
    const auto given = [&](const char* flag) { return app->count(flag) > 0; };
    if (given("--dims")) {
        try {
            config.layerDims = parseLayerDims(raw.dims);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--dims: ") + e.what());
        }
    }
    if (given("--learning-rate"))
        config.learningRate = parseNumber<double>("--learning-rate", raw.learningRate);
    if (given("--iterations"))
        config.iterations = parseNumber<int>("--iterations", raw.iterations);
    if (given("--seed"))
        config.seed = parseNumber<std::uint32_t>("--seed", raw.seed);
    if (given("--init"))
        config.init = parseEnum<InitScheme>("--init", raw.init);
    if (given("--report-every"))
        config.reportEvery = parseNumber<int>("--report-every", raw.reportEvery);
    if (given("--strategy"))
        config.strategy = parseEnum<Strategy>("--strategy", raw.strategy);
    parseTrainingOptions(raw, given, config.options);
    // Files and folders: set exactly when their flag was given.
    const auto takePath = [&](const char* flag, const std::string& value, auto& target) {
        if (!given(flag))
            return;
        if (value.empty()) // '' would name the current folder's nothing
            throw UsageError(std::string(flag) + ": give a file name");
        target = value;
    };
    takePath("--data", raw.data, options.dataDirectory);
    takePath("--json", raw.json, options.jsonOutput);
    takePath("--save-model", raw.saveModel, options.saveModel);
    takePath("--export-notebook", raw.exportNotebook, options.notebookFile);
    takePath("--export-report", raw.exportReport, options.reportFile);
    takePath("--load-model", raw.loadModel, options.loadModel);
    takePath("--gradient-check", raw.gradientCheck, options.gradientCheckFile);
    takePath("--saliency", raw.saliency, options.saliencyFile);
    takePath("--loss-line", raw.lossLine, options.lossLineFile);
    takePath("--loss-surface", raw.lossSurface, options.lossSurfaceFile);
    takePath("--lr-finder", raw.lrFinder, options.lrFinderFile);
    if (given("--inspect-iteration")) {
        options.inspectIteration = parseNumber<int>("--inspect-iteration", raw.inspect.at(0));
        if (*options.inspectIteration < 0)
            throw UsageError("--inspect-iteration: must be 0 or more, not " + raw.inspect.at(0));
        options.inspectFile = raw.inspect.at(1);
    }
    takePath("--projection", raw.projection, options.projectionFile);
    takePath("--distributions", raw.distributions, options.distributionsFile);
    parseRepresentationOptions(raw, given, options);
    if (given("--threshold")) {
        options.threshold = parseNumber<double>("--threshold", raw.threshold);
        if (!(options.threshold >= 0.0 && options.threshold <= 1.0))
            throw UsageError("--threshold: must be between 0 and 1, not " + raw.threshold);
    }
    if (given("--photo")) {
        if (!options.saliencyFile)
            throw UsageError("--photo goes with --saliency FILE.h5");
        options.photo = raw.photo;
    }
    for (const std::string& path : raw.predict)
        options.predict.emplace_back(path);
    for (const std::string& axis : raw.sweep)
        options.sweep.push_back(parseSweepAxis(axis));
    options.quiet = raw.quiet;
    options.force = raw.force;
    if (given("--export-runs")) {
        for (const CLI::Option* flag : app->get_options())
            if (flag->count() > 0 && flag->get_name() != "--export-runs" && flag->get_name() != "--quiet")
                throw UsageError("--export-runs bundles saved runs without training; it cannot be combined with " +
                                 flag->get_name());
        if (std::any_of(raw.exportRuns.begin(), raw.exportRuns.end(), [](const std::string& path) { return path.empty(); }))
            throw UsageError("--export-runs: give file names");
        options.runsBundle = raw.exportRuns.front();
        options.bundledRunFiles.assign(raw.exportRuns.begin() + 1, raw.exportRuns.end());
        return options;
    }

    // The first layer size is checked against the data once it is loaded.
    if (auto problem = checkTrainConfig(config, config.layerDims.empty() ? 0 : config.layerDims.front()))
        throw UsageError(describeProblem(*problem, raw));
    if (options.loadModel && options.saveModel)
        throw UsageError("--load-model and --save-model cannot be combined");
    if (options.sweep.size() > kMostSweepAxes)
        throw UsageError("--sweep: at most " + std::to_string(kMostSweepAxes) + " settings can vary, not " +
                         std::to_string(options.sweep.size()));
    for (std::size_t a = 0; a < options.sweep.size(); ++a)
        for (std::size_t b = 0; b < a; ++b)
            if (options.sweep[a].setting == options.sweep[b].setting)
                throw UsageError("--sweep: " + std::string(nameOf(options.sweep[a].setting)) + " is given twice");
    // Flags that need one run trained (or loaded) here, which a sweep, the lab and the
    // finder, training runs of their own, cannot give.
    const std::pair<const char*, bool> oneRunFlags[] = {
        {"--load-model", bool(options.loadModel)},
        {"--save-model", bool(options.saveModel)},
        {"--export-notebook", bool(options.notebookFile)},
        {"--export-report", bool(options.reportFile)},
        {"--inspect-iteration", bool(options.inspectIteration)},
        {"--gradient-check", bool(options.gradientCheckFile)},
        {"--saliency", bool(options.saliencyFile)},
        {"--loss-line", bool(options.lossLineFile)},
        {"--loss-surface", bool(options.lossSurfaceFile)},
        {"--projection", bool(options.projectionFile)},
        {"--distributions", bool(options.distributionsFile)},
        {"--plane", bool(options.planeFile)},
        {"--predict", !options.predict.empty()},
    };
    // "--sweep trains many runs; it cannot be combined with --save-model, --plane".
    const auto refuseBeside = [&](const char* what, std::vector<std::pair<const char*, bool>> others) {
        std::string given;
        for (const auto& [flag, isGiven] : others)
            if (isGiven)
                given += (given.empty() ? "" : ", ") + std::string(flag);
        if (!given.empty())
            throw UsageError(std::string(what) + "; it cannot be combined with " + given);
    };
    const auto oneRunFlagsAnd = [&](std::vector<std::pair<const char*, bool>> others, bool withPredict = true) {
        for (const auto& flag : oneRunFlags)
            if (withPredict || std::string_view(flag.first) != "--predict")
                others.push_back(flag);
        return others;
    };
    if (!options.sweep.empty())
        refuseBeside("--sweep trains many runs", oneRunFlagsAnd({}, false));
    options.overfittingLab = raw.overfittingLab;
    if (options.overfittingLab)
        refuseBeside("--overfitting-lab trains a row of runs of its own",
                     oneRunFlagsAnd({{"--sweep", !options.sweep.empty()}, {"--lr-finder", bool(options.lrFinderFile)}}));
    if (options.lrFinderFile)
        refuseBeside("--lr-finder takes a short run of its own", oneRunFlagsAnd({{"--sweep", !options.sweep.empty()}}));
    const std::pair<const char*, bool> fromTheStart[] = {{"--loss-line", bool(options.lossLineFile)},
                                                         {"--inspect-iteration", bool(options.inspectIteration)},
                                                         {"--projection", bool(options.projectionFile)},
                                                         {"--distributions", bool(options.distributionsFile)},
                                                         {"--export-notebook", bool(options.notebookFile)}};
    for (const auto& [flag, isGiven] : fromTheStart)
        if (options.loadModel && isGiven)
            throw UsageError(std::string(flag) + " follows a run from its start; it cannot be combined with --load-model");
    return options;
}

} // namespace catnet::cli
