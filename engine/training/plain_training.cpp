#include "engine/training/plain_training.h"

#include "engine/model/course_steps.h"
#include "engine/training/option_steps.h"
#include "engine/training/run_recorder.h"

#include <algorithm>

namespace catnet {

namespace {

// Each layer's signals at a report point, from a step's activations (layer 1 first,
// AL last) and gradients.
SignalPoint measureSignals(int iteration, const std::vector<Matrix>& activations,
                           const std::vector<course::Gradients>& grads, const Parameters& parameters,
                           double learningRate) {
    SignalPoint signals{iteration, {}};
    for (std::size_t l = 0; l < grads.size(); ++l)
        signals.layers.push_back(measureLayer(activations[l], l + 1 < grads.size(), grads[l].dW.norm(),
                                              parameters.W[l].norm(), learningRate));
    return signals;
}

} // namespace

TrainResult trainPlain(const TrainConfig& config, Parameters parameters, const Matrix& X,
                       const Matrix& Y, const ProgressCallback& onProgress, std::stop_token stop,
                       IterationGate* gate, const SignalCallback& onSignals, const HeldOut* heldOut,
                       const HeldOutCallback& onHeldOut) {
    RunRecorder recorder(config, onProgress, onSignals, heldOut, onHeldOut);
    for (int i = 0; i < config.iterations; ++i) {
        if (gate)
            gate->waitBefore(i, [&] { return parameters; }, stop);
        if (stop.stop_requested())
            return recorder.cancelled(std::move(parameters), i);
        std::vector<course::LayerCache> caches;
        const Matrix AL = course::lModelForward(X, parameters, &caches);
        const double cost = course::computeCost(AL, Y);
        if (!recorder.record(i, cost))
            return recorder.diverged(std::move(parameters), i);
        const std::vector<course::Gradients> grads = course::lModelBackward(AL, Y, caches);
        if (recorder.isReportPoint(i)) {
            if (heldOut)
                recorder.recordHeldOut(i, AL.row(0), Y, course::lModelForward(heldOut->X, parameters));
            std::vector<Matrix> activations;
            for (std::size_t l = 1; l < caches.size(); ++l)
                activations.push_back(caches[l].linear.A_prev);
            activations.push_back(AL);
            recorder.recordSignals(measureSignals(i, activations, grads, parameters, config.learningRate));
        }
        course::updateParameters(parameters, grads, config.learningRate);
    }
    return recorder.completed(std::move(parameters), config.iterations);
}

TrainResult trainPlainWithOptions(const TrainConfig& config, Parameters parameters, NumpyRandom random,
                                  const Matrix& X, const Matrix& Y, const ProgressCallback& onProgress,
                                  std::stop_token stop, IterationGate* gate, const SignalCallback& onSignals,
                                  const HeldOut* heldOut, const HeldOutCallback& onHeldOut) {
    const TrainingOptions& options = config.options;
    StepBatches batches(X, Y, options, config.seed);
    const Eigen::Index m = batches.examples();
    OptimizerState optimizer(parameters, options);
    RunRecorder recorder(config, onProgress, onSignals, heldOut, onHeldOut);
    ForwardPass pass;
    long long steps = 0;
    const auto withSteps = [&steps](TrainResult result) {
        result.steps = steps;
        return result;
    };
    for (int epoch = 0; epoch < config.iterations; ++epoch) {
        if (gate)
            gate->waitBefore(epoch, [&] { return parameters; }, stop);
        if (stop.stop_requested())
            return withSteps(recorder.cancelled(std::move(parameters), epoch));
        if (recorder.isReportPoint(epoch) && heldOut)
            recorder.recordHeldOut(epoch, course::lModelForward(X, parameters).row(0), Y,
                                   course::lModelForward(heldOut->X, parameters));
        batches.startEpoch(epoch);
        double epochCost = 0.0;
        for (Eigen::Index first = 0; first < m; first += batches.batchSize()) {
            const Eigen::Index count = batches.take(first);
            // The pass refers to the batch, which stays until the next take().
            forwardWithDropout(batches.X(), parameters, options.keepProb, random, pass);
            const double cost = costWithL2(pass.AL(), batches.Y(), parameters, options.l2);
            if (!std::isfinite(cost)) {
                recorder.record(epoch, cost);
                return withSteps(recorder.diverged(std::move(parameters), epoch));
            }
            epochCost += batches.isFullBatch() ? cost : double(count) / double(m) * cost;
            const std::vector<course::Gradients> grads =
                backwardWithOptions(batches.Y(), pass, options.keepProb, parameters, options.l2);
            if (first == 0 && recorder.isReportPoint(epoch)) // the epoch's first step stands for it
                recorder.recordSignals(measureSignals(epoch, pass.A, grads, parameters, config.learningRate));
            optimizer.update(parameters, grads, config.learningRate);
            ++steps;
        }
        if (!recorder.record(epoch, epochCost))
            return withSteps(recorder.diverged(std::move(parameters), epoch));
    }
    return withSteps(recorder.completed(std::move(parameters), config.iterations));
}

} // namespace catnet
