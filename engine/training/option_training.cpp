#include "engine/training/option_training.h"

#include "engine/model/course_steps.h"
#include "engine/training/gram_matrix.h"
#include "engine/training/option_steps.h"
#include "engine/training/run_recorder.h"
#include "engine/training/span_first_layer.h"

#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace catnet {

namespace {

// Z = W·A + b, then the course's activations, for a report point (nothing dropped).
Matrix outputsFrom(Matrix Z1, const Parameters& parameters) {
    ForwardPass pass;
    Z1.colwise() += parameters.b[0].col(0);
    forwardWithDropoutFrom(std::move(Z1), parameters, 1.0, {}, pass);
    return pass.AL();
}

// The one loop of both paths. `span` null: layer 1 is parameters.W[0], every product as
// written. Otherwise parameters.W[0] stays W1(0) and `span` holds the current W1.
TrainResult runOptionSteps(const TrainConfig& config, Parameters parameters, NumpyRandom& random,
                           const Matrix& X, const Matrix& Y, StepBatches& batches, SpanFirstLayer* span,
                           RunRecorder& recorder, std::stop_token stop, IterationGate* gate) {
    const TrainingOptions& options = config.options;
    const Eigen::Index m = batches.examples();
    const HeldOut* heldOut = recorder.heldOut();
    OptimizerState optimizer(parameters, options);
    const auto current = [&] {
        Parameters now = parameters;
        if (span)
            now.W[0] = span->weights();
        return now;
    };
    if (span && options.keepProb < 1.0) // drawn on the partner thread, in the steps' order
        span->setMaskDraws([units = hiddenUnits(parameters), keepProb = options.keepProb, &random](Eigen::Index count) {
            return drawDropoutMasks(units, count, keepProb, random);
        });
    ForwardPass pass;
    Matrix dZ1;
    long long steps = 0;
    CostHistory stepCosts;
    const auto withSteps = [&](TrainResult result) {
        result.steps = steps;
        result.stepCosts = std::move(stepCosts);
        return result;
    };
    for (int epoch = 0; epoch < config.iterations; ++epoch) {
        if (gate)
            gate->waitBefore(epoch, current, stop);
        if (stop.stop_requested())
            return withSteps(recorder.cancelled(current(), epoch));
        if (recorder.isReportPoint(epoch) && heldOut) {
            if (span) // the training images as given are the first m of the (mirrored) set
                recorder.recordHeldOut(epoch, outputsFrom(span->product({}).leftCols(X.cols()), parameters).row(0), Y,
                                       outputsFrom(span->heldOutProduct(), parameters));
            else
                recorder.recordHeldOut(epoch, course::lModelForward(X, parameters).row(0), Y,
                                       course::lModelForward(heldOut->X, parameters));
        }
        batches.startEpoch(epoch);
        double epochCost = 0.0;
        for (Eigen::Index first = 0; first < m; first += batches.batchSize()) {
            const Eigen::Index count = batches.take(first);
            // The pass refers to the batch, which stays until the next take().
            if (span) {
                std::vector<Matrix> masks;
                Matrix Z1 = span->product(batches.columns(), &masks);
                Z1.colwise() += parameters.b[0].col(0);
                forwardWithDropoutFrom(std::move(Z1), parameters, options.keepProb, std::move(masks), pass);
            } else {
                forwardWithDropout(batches.X(), parameters, options.keepProb, random, pass);
            }
            const std::optional<double> firstLayerSquares =
                span && options.l2 != 0.0 ? std::optional(span->squaredNorm()) : std::nullopt;
            const double cost = costWithL2(pass.AL(), batches.Y(), parameters, options.l2, firstLayerSquares);
            if (!std::isfinite(cost)) {
                recorder.record(epoch, cost);
                return withSteps(recorder.diverged(current(), epoch));
            }
            epochCost += batches.isFullBatch() ? cost : double(count) / double(m) * cost;
            if (!batches.isFullBatch())
                stepCosts.add(int(std::min<long long>(steps, std::numeric_limits<int>::max())), cost);
            const std::vector<course::Gradients> grads = backwardWithOptions(
                batches.Y(), pass, options.keepProb, parameters, options.l2, span ? &dZ1 : nullptr);
            std::optional<SpanFirstLayer::Gradient> spanGradient;
            if (span)
                spanGradient = span->gradient(dZ1, batches.columns(), options.l2);
            if (first == 0 && recorder.isReportPoint(epoch)) { // the epoch's first step stands for it
                std::optional<std::pair<double, double>> firstLayerNorms;
                if (span)
                    firstLayerNorms = {std::sqrt(span->squaredNorm(*spanGradient)), std::sqrt(span->squaredNorm())};
                recorder.recordSignals(
                    measureStepSignals(epoch, pass.A, grads, parameters, config.learningRate, firstLayerNorms));
            }
            optimizer.update(parameters, grads, config.learningRate);
            if (span && options.optimizer == Optimizer::Momentum)
                span->descendWithMomentum(*spanGradient, options.beta, config.learningRate);
            else if (span)
                span->descend(*spanGradient, config.learningRate);
            ++steps;
        }
        if (!recorder.record(epoch, epochCost))
            return withSteps(recorder.diverged(current(), epoch));
    }
    return withSteps(recorder.completed(current(), config.iterations));
}

} // namespace

TrainResult trainPlainWithOptions(const TrainConfig& config, Parameters parameters, NumpyRandom random,
                                  const Matrix& X, const Matrix& Y, const ProgressCallback& onProgress,
                                  std::stop_token stop, IterationGate* gate, const SignalCallback& onSignals,
                                  const HeldOut* heldOut, const HeldOutCallback& onHeldOut) {
    StepBatches batches(X, Y, config.options, config.seed);
    RunRecorder recorder(config, onProgress, onSignals, heldOut, onHeldOut);
    return runOptionSteps(config, std::move(parameters), random, X, Y, batches, nullptr, recorder, stop, gate);
}

TrainResult trainSpanWithOptions(const TrainConfig& config, Parameters parameters, NumpyRandom random,
                                 const Matrix& X, const Matrix& Y, const ProgressCallback& onProgress,
                                 std::stop_token stop, IterationGate* gate, const SignalCallback& onSignals,
                                 const HeldOut* heldOut, const HeldOutCallback& onHeldOut) {
    StepBatches batches(X, Y, config.options, config.seed, StepBatches::Images::Indexed);
    RunRecorder recorder(config, onProgress, onSignals, heldOut, onHeldOut);
    const std::shared_ptr<const GramMatrix> gram = GramMatrix::compute(batches.allX(), stop);
    if (!gram) // stopped while setting up: nothing trained yet
        return recorder.cancelled(std::move(parameters), 0);
    SpanFirstLayer span(parameters.W[0], batches.allX(), gram);
    if (heldOut)
        span.attachHeldOut(heldOut->X);
    return runOptionSteps(config, std::move(parameters), random, X, Y, batches, &span, recorder, stop, gate);
}

} // namespace catnet
