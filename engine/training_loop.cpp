#include "training_loop.h"

#include "course_steps.h"
#include "run_recorder.h"

namespace catnet {

namespace {

// P = dZ·Aᵀ for a layer a few units wide, one row at a time: a matrix–vector product over
// the m examples runs twice as fast here as a general product, which pads seven rows to
// its kernel's twenty-four and copies both sides first.
void productWithTranspose(const RowMatrix& dZ, const RowMatrix& A, Matrix& P) {
    for (Eigen::Index i = 0; i < dZ.rows(); ++i)
        P.row(i).noalias() = (A * dZ.row(i).transpose()).transpose();
}

// dZ = dA where Z > 0, else 0 (ReLU's backward step): the same values as Eigen's
// select(), which 3.4 does not vectorize and which branches on every element, a 50/50
// guess for a ReLU mask (5× slower on a 20 × 209 layer).
void reluBackward(const RowMatrix& Z, const RowMatrix& dA, RowMatrix& dZ) {
    using Packet = Eigen::internal::packet_traits<double>::type;
    constexpr Eigen::Index kLanes = Eigen::internal::packet_traits<double>::size;
    const Eigen::Index n = Z.size();
    const Packet zero = Eigen::internal::pset1<Packet>(0.0);
    Eigen::Index i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        const Packet positive = Eigen::internal::pcmp_lt(zero, Eigen::internal::ploadu<Packet>(Z.data() + i));
        Eigen::internal::pstoreu(dZ.data() + i, Eigen::internal::pand(Eigen::internal::ploadu<Packet>(dA.data() + i), positive));
    }
    for (; i < n; ++i)
        dZ.data()[i] = Z.data()[i] > 0.0 ? dA.data()[i] : 0.0;
}

} // namespace

TrainingLoop::TrainingLoop(const TrainConfig& config, Parameters initial, std::unique_ptr<FirstLayer> firstLayer,
                           const Matrix& Y, ProgressCallback onProgress, SignalCallback onSignals,
                           const HeldOut* heldOut, HeldOutCallback onHeldOut)
    : config_(config), onProgress_(std::move(onProgress)), onSignals_(std::move(onSignals)),
      onHeldOut_(std::move(onHeldOut)), recorder_(config_, onProgress_, onSignals_, heldOut, onHeldOut_),
      parameters_(std::move(initial)), firstLayer_(std::move(firstLayer)), Y_(Y),
      inverseM_(1.0 / static_cast<double>(Y.cols())), y_(Y.data(), 1, Y.cols()) {
    const Eigen::Index m = Y.cols();
    for (const Matrix& W : parameters_.W) {
        Z_.emplace_back(W.rows(), m);
        A_.emplace_back(W.rows(), m);
        dZ_.emplace_back(W.rows(), m);
        dW_.emplace_back(W.rows(), W.cols());
    }
    parameters_.W[0].resize(0, 0);
    if (heldOut)
        firstLayer_->attachHeldOut(heldOut->X);
}

Matrix TrainingLoop::heldOutOutput() const {
    Matrix Z1;
    firstLayer_->forwardHeldOut(parameters_.b[0], Z1);
    return course::forwardFromFirstLayer(std::move(Z1), parameters_.W, parameters_.b);
}

double TrainingLoop::forwardAndCost() {
    const std::size_t L = Z_.size();
    for (std::size_t l = 0; l < L; ++l) {
        if (l == 0) {
            firstLayer_->forward(parameters_.b[0], Z_[0]);
        } else {
            Z_[l].noalias() = parameters_.W[l] * A_[l - 1];
            Z_[l].colwise() += parameters_.b[l].col(0);
        }
        if (l + 1 == L)
            A_[l] = (1.0 + (-Z_[l].array()).exp()).inverse().matrix();
        else
            A_[l] = Z_[l].array().max(0.0).matrix();
    }
    return course::computeCost(Eigen::Map<const Matrix>(A_.back().data(), 1, Y_.cols()), Y_);
}

void TrainingLoop::backwardAndUpdate(SignalPoint* measured) {
    const std::size_t L = Z_.size();
    const double lr = config_.learningRate;
    if (measured)
        measured->layers.resize(L);
    // Measured apart from the update, which keeps its own arithmetic (and so its bits).
    const auto measure = [&](std::size_t l, double gradientNorm, double weightNorm) {
        if (measured)
            measured->layers[l] = measureLayer(Matrix(A_[l]), l + 1 < L, gradientNorm, weightNorm, lr);
    };
    {
        // dAL = -(Y/AL - (1-Y)/(1-AL)); dZ = dAL * s(1-s) with s = AL.
        const auto y = y_.array();
        const auto a = A_.back().array();
        dZ_.back() = ((-(y / a - (1.0 - y) / (1.0 - a))) * a * (1.0 - a)).matrix();
    }
    for (std::size_t l = L; l-- > 1;) {
        // dA_prev uses W before its update, so compute it first.
        dA_.noalias() = parameters_.W[l].transpose() * dZ_[l];
        reluBackward(Z_[l - 1], dA_, dZ_[l - 1]);
        productWithTranspose(dZ_[l], A_[l - 1], dW_[l]);
        if (measured)
            measure(l, inverseM_ * dW_[l].norm(), parameters_.W[l].norm());
        parameters_.W[l].noalias() -= lr * (inverseM_ * dW_[l]);
        parameters_.b[l] -= lr * (inverseM_ * dZ_[l].rowwise().sum());
    }
    if (measured)
        measure(0, inverseM_ * firstLayer_->gradientNorm(dZ_[0]), firstLayer_->weightNorm());
    firstLayer_->update(dZ_[0]);
    parameters_.b[0] -= lr * (inverseM_ * dZ_[0].rowwise().sum());
}

Parameters TrainingLoop::currentParameters() const {
    Parameters parameters = parameters_;
    parameters.W[0] = firstLayer_->weights();
    return parameters;
}

TrainResult TrainingLoop::run(std::stop_token stop, IterationGate* gate) {
    for (int i = 0; advance(i, stop, gate); ++i) {
    }
    return finish();
}

bool TrainingLoop::advance(int i, std::stop_token stop, IterationGate* gate) {
    if (ended_ || i >= config_.iterations)
        return false;
    if (gate)
        gate->waitBefore(i, [this] { return currentParameters(); }, stop);
    if (stop.stop_requested()) {
        ended_ = recorder_.cancelled(currentParameters(), i);
        return false;
    }
    if (!recorder_.record(i, forwardAndCost())) {
        ended_ = recorder_.diverged(currentParameters(), i);
        return false;
    }
    if (recorder_.isReportPoint(i)) {
        if (recorder_.heldOut())
            recorder_.recordHeldOut(i, A_.back().row(0), Y_, heldOutOutput());
        SignalPoint signals{i, {}};
        backwardAndUpdate(&signals);
        recorder_.recordSignals(std::move(signals));
    } else {
        backwardAndUpdate();
    }
    iterationsRun_ = i + 1;
    return iterationsRun_ < config_.iterations;
}

TrainResult TrainingLoop::finish() {
    if (ended_)
        return std::move(*ended_);
    return recorder_.completed(currentParameters(), iterationsRun_);
}

} // namespace catnet
