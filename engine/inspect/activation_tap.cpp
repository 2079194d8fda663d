#include "engine/inspect/activation_tap.h"

namespace catnet {

ActivationFrame captureActivations(const RunFrame& frame, const Matrix& trainX, const Matrix& testX) {
    ActivationFrame captured{frame.iteration(), {}, {}, {}, {}};
    const auto keep = [](std::vector<Matrix> A, std::vector<Matrix>& hidden, Eigen::RowVectorXd& p) {
        p = A.back().row(0);
        A.pop_back();
        hidden = std::move(A);
    };
    keep(frame.activations(trainX), captured.train, captured.trainP);
    keep(frame.activations(testX), captured.test, captured.testP);
    return captured;
}

ActivationTap::ActivationTap(const Matrix& trainX, const Matrix& testX, Sink sink)
    : trainX_(trainX), testX_(testX), sink_(std::move(sink)) {}

void ActivationTap::watch(IterationGate& gate, int every) {
    gate.watchFrames(every, [this](const RunFrame& frame) { take(frame); });
}

void ActivationTap::finish(const TrainResult& result) {
    if (result.iterationsRun != lastIteration_)
        take(ParametersFrame(result.iterationsRun, [&result] { return result.parameters; }));
}

void ActivationTap::take(const RunFrame& frame) {
    ActivationFrame captured = captureActivations(frame, trainX_, testX_);
    if (captured.trainP.allFinite() && captured.testP.allFinite())
        sink_(std::move(captured));
    lastIteration_ = frame.iteration();
}

} // namespace catnet
