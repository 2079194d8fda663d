#include "train_options.h"

#include "layer_dims.h"

#include <charconv>
#include <cmath>
#include <functional>
#include <map>

namespace catnet::cli {

namespace {

template <typename Number>
Number parseNumber(const std::string& flag, const std::string& text) {
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        throw UsageError(flag + ": '" + text + "' is not a valid number");
    return value;
}

} // namespace

std::string trainUsage() {
    return "Usage: catnet-train [options]\n"
           "Trains the course's cat classifier on train/test_catvnoncat.h5 and reports accuracy.\n"
           "\n"
           "  --data DIR            folder with the two .h5 files (else $CATNET_DATA, else ./data)\n"
           "  --dims LIST           layer sizes, e.g. 12288,20,7,5,1 (default) or 12288,7,1\n"
           "  --learning-rate X     gradient descent step (default 0.0075)\n"
           "  --iterations N        full-batch iterations (default 2500)\n"
           "  --seed N              numpy-compatible seed for the initial weights (default 1)\n"
           "  --init NAME           small | lecun | he (default lecun)\n"
           "  --report-every N      record and print the cost every N iterations (default 100)\n"
           "  --strategy NAME       auto | direct | gram | plain (default auto)\n"
           "  --json FILE|-         write a JSON report to FILE or standard output\n"
           "  --save-model FILE     save the trained model (HDF5)\n"
           "  --load-model FILE     skip training; evaluate a saved model\n"
           "  --quiet               print nothing but errors\n"
           "  --help                show this text\n";
}

TrainOptions parseTrainOptions(const std::vector<std::string>& arguments) {
    TrainOptions options;
    TrainConfig& config = options.config;
    using Handler = std::function<void(const std::string& flag, const std::string& value)>;
    const std::map<std::string, Handler> valued = {
        {"--data", [&](auto&, auto& v) { options.dataDirectory = v; }},
        {"--dims",
         [&](auto& flag, auto& v) {
             try {
                 config.layerDims = parseLayerDims(v);
             } catch (const std::invalid_argument& e) {
                 throw UsageError(flag + ": " + e.what());
             }
         }},
        {"--learning-rate",
         [&](auto& flag, auto& v) {
             config.learningRate = parseNumber<double>(flag, v);
             if (!(config.learningRate > 0.0) || !std::isfinite(config.learningRate))
                 throw UsageError(flag + ": must be a positive number, not " + v);
         }},
        {"--iterations",
         [&](auto& flag, auto& v) {
             config.iterations = parseNumber<int>(flag, v);
             if (config.iterations < 1)
                 throw UsageError(flag + ": must be at least 1, not " + v);
         }},
        {"--seed",
         [&](auto& flag, auto& v) { config.seed = parseNumber<std::uint32_t>(flag, v); }},
        {"--init",
         [&](auto& flag, auto& v) {
             const auto scheme = parseInitScheme(v);
             if (!scheme)
                 throw UsageError(flag + ": '" + v + "' is not one of small, lecun, he");
             config.init = *scheme;
         }},
        {"--report-every",
         [&](auto& flag, auto& v) {
             config.reportEvery = parseNumber<int>(flag, v);
             if (config.reportEvery < 1)
                 throw UsageError(flag + ": must be at least 1, not " + v);
         }},
        {"--strategy",
         [&](auto& flag, auto& v) {
             const auto strategy = parseStrategy(v);
             if (!strategy)
                 throw UsageError(flag + ": '" + v + "' is not one of auto, direct, gram, plain");
             config.strategy = *strategy;
         }},
        {"--json", [&](auto&, auto& v) { options.jsonOutput = v; }},
        {"--save-model", [&](auto&, auto& v) { options.saveModel = v; }},
        {"--load-model", [&](auto&, auto& v) { options.loadModel = v; }},
    };

    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string flag = arguments[i];
        std::optional<std::string> value;
        if (const auto equals = flag.find('='); flag.rfind("--", 0) == 0 && equals != std::string::npos) {
            value = flag.substr(equals + 1);
            flag.resize(equals);
        }
        if (flag == "--help" || flag == "-h") {
            options.showHelp = true;
            continue;
        }
        if (flag == "--quiet" || flag == "-q") {
            options.quiet = true;
            continue;
        }
        const auto handler = valued.find(flag);
        if (handler == valued.end())
            throw UsageError("unknown option '" + arguments[i] + "' (see --help)");
        if (!value) {
            if (i + 1 >= arguments.size())
                throw UsageError(flag + ": needs a value");
            value = arguments[++i];
        }
        handler->second(flag, *value);
    }

    const LayerDims& dims = config.layerDims;
    if (auto problem = validateLayerDims(dims, dims.empty() ? 0 : dims.front()))
        throw UsageError("--dims: " + *problem);
    if (options.loadModel && options.saveModel)
        throw UsageError("--load-model and --save-model cannot be combined");
    return options;
}

} // namespace catnet::cli
