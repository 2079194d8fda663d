#include "engine/training/training_loop.h"

#include "engine/model/course_steps.h"
#include "engine/training/panel_gram.h"
#include "engine/training/run_recorder.h"
#include "engine/training/step_partner.h"
#include "engine/training/simd_lanes.h"

#include <thread>

namespace catnet {

namespace {

// P = dZ·Aᵀ for a layer a few units wide, one row at a time: a matrix–vector product over
// the examples runs twice as fast here as a general product, which pads seven rows to
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

// Steps in which the partner thread was not done in time, beyond one in four, before a
// run goes on without it. A few happen in any run: the partner's core is taken for a
// moment by something else.
constexpr int kSlowStepsAllowed = 10;

} // namespace

class TrainingLoop::Frame final : public RunFrame {
public:
    Frame(const TrainingLoop& loop, int iteration) : loop_(loop), iteration_(iteration) {}
    int iteration() const override { return iteration_; }
    Parameters parameters() const override { return loop_.currentParameters(); }
    std::vector<Matrix> activations(const Matrix& X) const override {
        Matrix Z1;
        if (loop_.firstLayer_->keptZ1(X, loop_.parameters_.b[0], Z1))
            return activationsFromFirstLayer(std::move(Z1), loop_.parameters_);
        return RunFrame::activations(X);
    }

private:
    const TrainingLoop& loop_;
    const int iteration_;
};

TrainingLoop::TrainingLoop(const TrainConfig& config, Parameters initial, std::unique_ptr<FirstLayer> firstLayer,
                           const Matrix& Y, ProgressCallback onProgress, SignalCallback onSignals,
                           const HeldOut* heldOut, HeldOutCallback onHeldOut)
    : config_(config), onProgress_(std::move(onProgress)), onSignals_(std::move(onSignals)),
      onHeldOut_(std::move(onHeldOut)), recorder_(config_, onProgress_, onSignals_, heldOut, onHeldOut_),
      parameters_(std::move(initial)), firstLayer_(std::move(firstLayer)),
      splitFirstLayer_(firstLayer_->splitsExamples()), Y_(Y), inverseM_(1.0 / static_cast<double>(Y.cols())) {
    const Eigen::Index m = Y.cols(), split = PanelGram::halfway(m);
    parts_[0].count = split;
    parts_[1].first = split;
    parts_[1].count = m - split;
    for (Part& part : parts_) {
        for (std::size_t l = 0; l < parameters_.W.size(); ++l) {
            const Eigen::Index units = parameters_.W[l].rows();
            part.Z.emplace_back(units, part.count);
            part.A.emplace_back(units, part.count);
            part.dZ.emplace_back(units, part.count);
            part.dA.emplace_back(l > 0 ? parameters_.W[l].cols() : 0, part.count);
            part.dW.emplace_back(l > 0 ? Matrix(units, parameters_.W[l].cols()) : Matrix());
            part.db.emplace_back(units, 1);
        }
    }
    for (const Matrix& W : parameters_.W)
        dWsum_.emplace_back(W.rows(), W.cols());
    if (!splitFirstLayer_) {
        Z1_.resize(parameters_.W[0].rows(), m);
        dZ1_.resize(parameters_.W[0].rows(), m);
    }
    parameters_.W[0].resize(0, 0);
    dWsum_[0].resize(0, 0);
    if (heldOut)
        firstLayer_->attachHeldOut(heldOut->X);
}

Matrix TrainingLoop::joined(std::vector<RowMatrix> Part::*values, std::size_t layer) const {
    const RowMatrix& first = (parts_[0].*values)[layer];
    const RowMatrix& second = (parts_[1].*values)[layer];
    Matrix all(first.rows(), first.cols() + second.cols());
    all << first, second;
    return all;
}

Matrix TrainingLoop::heldOutOutput() const {
    Matrix Z1;
    firstLayer_->forwardHeldOut(parameters_.b[0], Z1);
    return course::forwardFromFirstLayer(std::move(Z1), parameters_.W, parameters_.b);
}

void TrainingLoop::computePart(Part& part) {
    const std::size_t L = part.Z.size();
    for (std::size_t l = 0; l < L; ++l) {
        if (l == 0) {
            if (splitFirstLayer_)
                firstLayer_->forwardPart(part.first == 0 ? 0 : 1, parameters_.b[0], part.Z[0]);
            else
                part.Z[0] = Z1_.middleCols(part.first, part.count);
        } else {
            part.Z[l].noalias() = parameters_.W[l] * part.A[l - 1];
            part.Z[l].colwise() += parameters_.b[l].col(0);
        }
        if (l + 1 == L)
            part.A[l] = (1.0 + (-part.Z[l].array()).exp()).inverse().matrix();
        else
            part.A[l] = part.Z[l].array().max(0.0).matrix();
    }
    const Eigen::Map<const Eigen::RowVectorXd> labels(Y_.data() + part.first, part.count);
    const auto y = labels.array();
    const auto a = part.A.back().row(0).array();
    part.logLikelihood = (y * a.log() + (1.0 - y) * (1.0 - a).log()).sum();

    // dAL = -(Y/AL - (1-Y)/(1-AL)); dZ = dAL * s(1-s) with s = AL.
    part.dZ.back().row(0) = ((-(y / a - (1.0 - y) / (1.0 - a))) * a * (1.0 - a)).matrix();
    for (std::size_t l = L; l-- > 1;) {
        part.dA[l].noalias() = parameters_.W[l].transpose() * part.dZ[l];
        reluBackward(part.Z[l - 1], part.dA[l], part.dZ[l - 1]);
        productWithTranspose(part.dZ[l], part.A[l - 1], part.dW[l]);
        part.db[l] = part.dZ[l].rowwise().sum();
    }
    part.db[0] = part.dZ[0].rowwise().sum();
    if (splitFirstLayer_)
        firstLayer_->stagePart(part.first == 0 ? 0 : 1, part.dZ[0]);
}

void TrainingLoop::update(SignalPoint* measured) {
    const std::size_t L = parameters_.W.size();
    const double lr = config_.learningRate;
    if (measured)
        measured->layers.resize(L);
    // Measured (at report points only) apart from the update, which keeps its own
    // arithmetic (and so its bits).
    const auto measure = [&](std::size_t l, double gradientNorm, double weightNorm) {
        measured->layers[l] = measureLayer(joined(&Part::A, l), l + 1 < L, gradientNorm, weightNorm, lr);
    };
    for (std::size_t l = L; l-- > 1;) {
        dWsum_[l] = parts_[0].dW[l] + parts_[1].dW[l];
        if (measured)
            measure(l, inverseM_ * dWsum_[l].norm(), parameters_.W[l].norm());
        parameters_.W[l].noalias() -= lr * (inverseM_ * dWsum_[l]);
        parameters_.b[l] -= lr * (inverseM_ * (parts_[0].db[l] + parts_[1].db[l]));
    }
    if (measured || !splitFirstLayer_) {
        dZ1_.resize(parts_[0].dZ[0].rows(), Y_.cols()); // once, in a split run
        dZ1_ << parts_[0].dZ[0], parts_[1].dZ[0];
        if (measured)
            measure(0, inverseM_ * firstLayer_->gradientNorm(dZ1_), firstLayer_->weightNorm());
    }
    if (splitFirstLayer_)
        firstLayer_->commitUpdate();
    else
        firstLayer_->update(dZ1_);
    parameters_.b[0] -= lr * (inverseM_ * (parts_[0].db[0] + parts_[1].db[0]));
}

Parameters TrainingLoop::currentParameters() const {
    Parameters parameters = parameters_;
    parameters.W[0] = firstLayer_->weights();
    return parameters;
}

TrainResult TrainingLoop::run(std::stop_token stop, IterationGate* gate) {
    // The second part on a second core, for a run whose first layer splits. On a busy
    // machine the partner is often not running when its part is due, and each step then
    // waits for the scheduler: after a few such steps the parts go back to taking turns
    // (the same arithmetic, so the same numbers).
    std::optional<StepPartner> partner;
    if (splitFirstLayer_ && parts_[1].count > 0 && std::thread::hardware_concurrency() > 1)
        partner.emplace([this] { computePart(parts_[1]); }, [this] { firstLayer_->prepareNextPart(1); });
    int slowSteps = 0, partnerSteps = 0;
    for (int i = 0; begin(i, stop, gate); ++i) {
        if (partner) {
            partner->start();
            computePart(parts_[0]);
            partner->release(); // part 0 is staged: the partner may form its next product
            ++partnerSteps;
            if (!partner->wait() && ++slowSteps > kSlowStepsAllowed + i / 4)
                partner.reset();
        } else {
            computeBothParts();
        }
        if (!end(i))
            break;
    }
    TrainResult result = finish();
    result.partnerSteps = partnerSteps;
    return result;
}

bool TrainingLoop::advance(int i, std::stop_token stop, IterationGate* gate) {
    if (!begin(i, stop, gate))
        return false;
    computeBothParts();
    return end(i);
}

void TrainingLoop::computeBothParts() {
    computePart(parts_[0]);
    computePart(parts_[1]);
}

bool TrainingLoop::begin(int i, std::stop_token stop, IterationGate* gate) {
    if (ended_ || i >= config_.iterations)
        return false;
    if (gate) {
        const Frame frame(*this, i);
        gate->waitBefore(i, [this] { return currentParameters(); }, stop, &frame);
    }
    if (stop.stop_requested()) {
        ended_ = recorder_.cancelled(currentParameters(), i);
        return false;
    }
    if (!splitFirstLayer_)
        firstLayer_->forward(parameters_.b[0], Z1_);
    return true;
}

bool TrainingLoop::end(int i) {
    const double cost = -inverseM_ * (parts_[0].logLikelihood + parts_[1].logLikelihood);
    if (!recorder_.record(i, cost)) {
        ended_ = recorder_.diverged(currentParameters(), i);
        return false;
    }
    if (recorder_.isReportPoint(i)) {
        if (recorder_.heldOut())
            recorder_.recordHeldOut(i, joined(&Part::A, parts_[0].A.size() - 1).row(0), Y_, heldOutOutput());
        SignalPoint signals{i, {}};
        update(&signals);
        recorder_.recordSignals(std::move(signals));
    } else {
        update(nullptr);
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
