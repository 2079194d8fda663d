#include "engine/training/trainer.h"

#include "engine/model/layer_dims.h"
#include "engine/training/direct_first_layer.h"
#include "engine/training/gram_first_layer.h"
#include "engine/training/gram_matrix.h"
#include "engine/training/memory_budget.h"
#include "engine/training/option_training.h"
#include "engine/training/plain_training.h"
#include "engine/training/run_recorder.h"
#include "engine/training/training_loop.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <stdexcept>

namespace catnet {

// auto takes the Gram path while XᵀX, counted whole (m² doubles), fits this budget:
// m ≤ 11,585. It is kept as its packed lower triangle (gram_matrix.h: 400 MB at
// m = 10,000), so beside the images as doubles (1 GB) such a run stays under 2 GB. (The
// direct path keeps no second copy of a large set's images either: direct_first_layer.h.)
constexpr double kGramMemoryBudgetBytes = 1024.0 * 1024 * 1024;

Strategy chooseStrategy(const LayerDims& dims, Eigen::Index examples, int iterations) {
    const double m = static_cast<double>(examples);
    const double n0 = static_cast<double>(dims.front());
    const double n1 = static_cast<double>(dims.size() > 1 ? dims[1] : 1);
    if (m * m * sizeof(double) > kGramMemoryBudgetBytes)
        return Strategy::Direct;
    // Multiply-adds of the first layer over the whole run, set-up included.
    const double directWork = iterations * 2.0 * n1 * n0 * m;
    const double gramWork = m * m * n0 / 2 + n1 * n0 * m + iterations * n1 * m * m +
                            n1 * m * n0; // XᵀX, W1(0)·X, S·G per iteration, recovering W1
    return gramWork < directWork ? Strategy::Gram : Strategy::Direct;
}

Strategy resolveStrategy(const TrainConfig& config, Eigen::Index examples) {
    const TrainingOptions& options = config.options;
    if (options.isCourseDescent())
        return config.strategy != Strategy::Auto ? config.strategy
                                                 : chooseStrategy(config.layerDims, examples, config.iterations);
    // SPEC §8's options: the Gram path keeps layer 1 in its span (span_first_layer.h), for
    // every optimizer but Adam; the direct path does not take them.
    if (options.optimizer == Optimizer::Adam || config.strategy == Strategy::Plain)
        return Strategy::Plain;
    if (config.strategy == Strategy::Gram)
        return Strategy::Gram;
    const Eigen::Index m = options.flip ? 2 * examples : examples;
    // An epoch's products add up to one full batch's, but L2 measures ‖W1‖² at every step.
    const long long steps = options.isFullBatch(m) ? 1 : (m + options.batchSize - 1) / options.batchSize;
    const long long products = options.l2 != 0.0 ? config.iterations * steps : config.iterations;
    return chooseStrategy(config.layerDims, m, int(std::min<long long>(products, 1'000'000'000))) == Strategy::Gram
               ? Strategy::Gram
               : Strategy::Plain;
}

namespace {

std::string fieldName(ConfigField field) {
    switch (field) {
    case ConfigField::LayerDims:
        return "layer sizes";
    case ConfigField::LearningRate:
        return "learning rate";
    case ConfigField::Iterations:
        return "iterations";
    case ConfigField::ReportEvery:
        return "report interval";
    }
    return {};
}

std::string fieldName(OptionField field) {
    switch (field) {
    case OptionField::L2:
        return "L2 λ";
    case OptionField::KeepProb:
        return "keep probability";
    case OptionField::BatchSize:
        return "batch size";
    case OptionField::Beta:
        return "momentum β";
    case OptionField::Beta1:
        return "Adam β1";
    case OptionField::Beta2:
        return "Adam β2";
    case OptionField::Epsilon:
        return "Adam ε";
    }
    return {};
}

void checkInputs(const TrainConfig& config, const Matrix& X, const Matrix& Y) {
    if (auto problem = checkTrainConfig(config, X.rows()))
        throw std::invalid_argument(fieldName(problem->field) + ": " + problem->message);
    if (auto problem = checkTrainingOptions(config.options))
        throw std::invalid_argument(fieldName(problem->field) + ": " + problem->message);
    if (!config.options.isCourseDescent() && config.strategy == Strategy::Direct)
        throw std::invalid_argument("the direct strategy does not take L2, dropout, mini-batches, momentum, Adam or "
                                    "flipped images: use the gram, plain or auto strategy");
    if (config.options.optimizer == Optimizer::Adam && config.strategy == Strategy::Gram)
        throw std::invalid_argument("the gram strategy does not take Adam (its update is not a product with the "
                                    "images): use the plain or auto strategy");
    if (X.cols() == 0)
        throw std::invalid_argument("there are no training examples");
    if (Y.rows() != 1 || Y.cols() != X.cols())
        throw std::invalid_argument("labels must be one row with one entry per example");
}

} // namespace

TrainResult train(const TrainConfig& config, const Matrix& X, const Matrix& Y,
                  const ProgressCallback& onProgress, std::stop_token stop, IterationGate* gate,
                  const SignalCallback& onSignals, const HeldOut* heldOut, const HeldOutCallback& onHeldOut) {
    checkInputs(config, X, Y);
    if (heldOut && (heldOut->X.rows() != X.rows() || heldOut->Y.rows() != 1 || heldOut->Y.cols() != heldOut->X.cols()))
        throw std::invalid_argument("the held-out examples must have as many features as the training ones, and one label each");
    const auto start = std::chrono::steady_clock::now();

    const Strategy strategy = resolveStrategy(config, X.cols());

    requireMemory(trainingMemory(config, strategy, std::uint64_t(X.cols())),
                  "training [" + formatLayerDims(config.layerDims, ",") + "] on " + std::to_string(X.cols()) +
                      " images with the " + std::string(nameOf(strategy)) + " strategy",
                  strategy == Strategy::Gram ? "use the direct strategy (--strategy direct), or fewer images"
                                             : "use smaller layers or fewer images");
    // XᵀX does not depend on the parameters: it is formed (on two threads) while the
    // random generator, which runs on one, draws them.
    std::future<std::shared_ptr<const GramMatrix>> gram;
    if (strategy == Strategy::Gram && config.options.isCourseDescent()) // the span path forms its own
        gram = std::async(std::launch::async, [&X, stop] { return GramMatrix::compute(X, stop); });
    NumpyRandom random(config.seed); // the run's one generator: the weights, then any dropout masks
    Parameters initial = initializeParameters(config.layerDims, config.init, random);
    TrainResult result;
    if (!config.options.isCourseDescent() && strategy == Strategy::Gram) {
        result = trainSpanWithOptions(config, std::move(initial), std::move(random), X, Y, onProgress, stop, gate,
                                      onSignals, heldOut, onHeldOut);
    } else if (!config.options.isCourseDescent()) {
        result = trainPlainWithOptions(config, std::move(initial), std::move(random), X, Y, onProgress, stop, gate,
                                       onSignals, heldOut, onHeldOut);
    } else if (strategy == Strategy::Plain) {
        result = trainPlain(config, std::move(initial), X, Y, onProgress, stop, gate, onSignals, heldOut, onHeldOut);
    } else {
        std::unique_ptr<FirstLayer> firstLayer;
        if (strategy == Strategy::Direct)
            firstLayer = makeDirectFirstLayer(initial.W[0], X, config.learningRate);
        else if (std::shared_ptr<const GramMatrix> formed = gram.get()) // none when stopped
            firstLayer = makeGramFirstLayerFrom(initial.W[0], X, config.learningRate, std::move(formed));
        if (!firstLayer) { // stopped while setting up: nothing trained yet
            result = RunRecorder(config, onProgress).cancelled(std::move(initial), 0);
        } else {
            TrainingLoop loop(config, std::move(initial), std::move(firstLayer), Y, onProgress, onSignals, heldOut,
                              onHeldOut);
            result = loop.run(stop, gate);
        }
    }
    result.strategy = strategy;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace catnet
