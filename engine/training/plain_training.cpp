#include "engine/training/plain_training.h"

#include "engine/model/course_steps.h"
#include "engine/training/option_steps.h"
#include "engine/training/run_recorder.h"

#include <algorithm>

namespace catnet {

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
            recorder.recordSignals(measureStepSignals(i, activations, grads, parameters, config.learningRate));
        }
        course::updateParameters(parameters, grads, config.learningRate);
    }
    return recorder.completed(std::move(parameters), config.iterations);
}

} // namespace catnet
