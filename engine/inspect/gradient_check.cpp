#include "engine/inspect/gradient_check.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <thread>

namespace catnet {

namespace {

using Clock = std::chrono::steady_clock;
using RowVector = Eigen::RowVectorXd;

// The forward pass at θ, kept, and costs of θ with one parameter moved, computed from it.
class PerturbedCost {
public:
    PerturbedCost(const Parameters& parameters, const Matrix& X, const Matrix& Y)
        : p_(parameters), Y_(Y), L_(parameters.layerCount()) {
        A_.push_back(X);
        for (int l = 0; l < L_; ++l) {
            Z_.push_back((p_.W[l] * A_.back()).colwise() + p_.b[l].col(0));
            A_.push_back(l + 1 == L_ ? course::sigmoid(Z_.back()) : course::relu(Z_.back()));
        }
        cost_ = course::computeCost(A_.back(), Y_);
    }

    double cost() const { return cost_; }
    // Z[l] (0-based layer) and A[l] (A[0] = X) of the forward pass.
    const Matrix& Z(int l) const { return Z_[std::size_t(l)]; }
    const Matrix& A(int l) const { return A_[std::size_t(l)]; }

    // J with row `row` of layer l's pre-activation replaced by `z`.
    double costWithRow(int l, Eigen::Index row, const RowVector& z) const {
        if (l + 1 == L_) {
            Matrix AL = A_.back();
            AL.row(row) = course::sigmoid(z);
            return course::computeCost(AL, Y_);
        }
        const RowVector delta = course::relu(z) - A_[std::size_t(l) + 1].row(row);
        Matrix next = Z_[std::size_t(l) + 1] + p_.W[std::size_t(l) + 1].col(row) * delta; // rank one
        for (int k = l + 1; k + 1 < L_; ++k)
            next = (p_.W[std::size_t(k) + 1] * course::relu(next)).colwise() + p_.b[std::size_t(k) + 1].col(0);
        return course::computeCost(course::sigmoid(next), Y_);
    }

private:
    const Parameters& p_;
    const Matrix& Y_;
    const int L_;
    std::vector<Matrix> Z_, A_;
    double cost_ = 0.0;
};

double relativeDifference(double differenceNorm, double gradNorm, double approxNorm) {
    const double denominator = gradNorm + approxNorm;
    return denominator > 0 ? differenceNorm / denominator : 0.0;
}

} // namespace

std::vector<course::Gradients> backpropagationGradients(const Parameters& parameters, const Matrix& X, const Matrix& Y) {
    std::vector<course::LayerCache> caches;
    const Matrix AL = course::lModelForward(X, parameters, &caches);
    return course::lModelBackward(AL, Y, caches);
}

GradientCheck checkGradients(const Parameters& parameters, const Matrix& X, const Matrix& Y,
                             const GradientCheckOptions& options) {
    if (parameters.W.empty() || parameters.W.front().cols() != X.rows() || X.cols() != Y.cols() || Y.rows() != 1)
        throw std::invalid_argument("checkGradients: the parameters, X and Y do not fit together");
    const auto started = Clock::now();
    const int L = parameters.layerCount();
    const double eps = options.epsilon;
    GradientCheck check;
    check.epsilon = eps;
    for (const auto& grads : options.gradients(parameters, X, Y)) {
        check.dW.push_back(grads.dW);
        check.db.push_back(grads.db);
    }
    const PerturbedCost base(parameters, X, Y);
    check.cost = base.cost();

    // One task per (layer, row): that row of W[l] and b[l]. Rows of the first layer's
    // input are read as columns of Xᵀ, which keeps them contiguous.
    std::vector<Matrix> inputsByRow; // A[l]ᵀ
    for (int l = 0; l < L; ++l) {
        check.numericalDW.push_back(Matrix::Zero(parameters.W[l].rows(), parameters.W[l].cols()));
        check.numericalDb.push_back(Matrix::Zero(parameters.b[l].rows(), 1));
        inputsByRow.push_back(base.A(l).transpose());
        check.parameters += parameters.W[l].size() + parameters.b[l].size();
    }
    std::vector<std::pair<int, Eigen::Index>> tasks;
    for (int l = 0; l < L; ++l)
        for (Eigen::Index row = 0; row < parameters.W[l].rows(); ++row)
            tasks.emplace_back(l, row);

    std::atomic<std::size_t> nextTask{0};
    std::atomic<long long> done{0};
    // Takes the next task; false when there is none left or a stop was asked for.
    const auto doNextTask = [&](RowVector& z) {
        const std::size_t t = nextTask.fetch_add(1);
        if (t >= tasks.size() || options.stop.stop_requested())
            return false;
        const auto [l, row] = tasks[t];
        const RowVector zRow = base.Z(l).row(row);
        const Matrix& inputs = inputsByRow[std::size_t(l)];
        Matrix& numerical = check.numericalDW[std::size_t(l)];
        for (Eigen::Index j = 0; j < inputs.cols(); ++j) {
            z = zRow + eps * inputs.col(j).transpose();
            const double plus = base.costWithRow(l, row, z);
            z = zRow - eps * inputs.col(j).transpose();
            numerical(row, j) = (plus - base.costWithRow(l, row, z)) / (2 * eps);
        }
        z = zRow.array() + eps;
        const double plus = base.costWithRow(l, row, z);
        z = zRow.array() - eps;
        check.numericalDb[std::size_t(l)](row, 0) = (plus - base.costWithRow(l, row, z)) / (2 * eps);
        done += inputs.cols() + 1;
        return true;
    };
    {
        std::vector<std::jthread> helpers;
        for (unsigned h = 1; h < std::max(1u, std::thread::hardware_concurrency()); ++h)
            helpers.emplace_back([&] {
                RowVector z;
                while (doNextTask(z)) {
                }
            });
        // The calling thread works too, and reports progress between its tasks.
        RowVector z;
        while (doNextTask(z))
            if (options.progress)
                options.progress(double(done.load()) / double(check.parameters));
    } // joins the helpers
    if (options.progress)
        options.progress(double(done.load()) / double(check.parameters));
    check.stopped = options.stop.stop_requested() && done.load() < check.parameters;

    // Differences, overall and per layer.
    double differenceSquared = 0, gradSquared = 0, approxSquared = 0;
    const auto add = [&](const Matrix& grad, const Matrix& approx, double& into) {
        const double d = (grad - approx).squaredNorm(), g = grad.squaredNorm(), a = approx.squaredNorm();
        differenceSquared += d;
        gradSquared += g;
        approxSquared += a;
        into = relativeDifference(std::sqrt(d), std::sqrt(g), std::sqrt(a));
    };
    for (int l = 0; l < L; ++l) {
        LayerGradientCheck layer;
        layer.layer = l + 1;
        add(check.dW[std::size_t(l)], check.numericalDW[std::size_t(l)], layer.dWDifference);
        add(check.db[std::size_t(l)], check.numericalDb[std::size_t(l)], layer.dbDifference);
        check.layers.push_back(layer);
    }
    const double gradNorm = std::sqrt(gradSquared), approxNorm = std::sqrt(approxSquared);
    check.difference = relativeDifference(std::sqrt(differenceSquared), gradNorm, approxNorm);
    // J is known to about machine epsilon times |J| (times a few for the sum over m), so
    // each numerical component can be off by about u·|J|/ε, in a random direction: over
    // N components that adds up to √N times it.
    const double perComponent = std::numeric_limits<double>::epsilon() * std::abs(check.cost) / eps;
    check.roundingFloor = relativeDifference(std::sqrt(double(check.parameters)) * perComponent, gradNorm, approxNorm);
    check.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return check;
}

GradientCheck::Verdict GradientCheck::verdict() const {
    if (!(difference < kGradientCheckWrong))
        return Verdict::Wrong;
    if (difference < kGradientCheckCorrect)
        return Verdict::Correct;
    return difference <= 10 * roundingFloor ? Verdict::AtRoundingFloor : Verdict::Suspicious;
}

std::string describeVerdict(GradientCheck::Verdict verdict) {
    switch (verdict) {
    case GradientCheck::Verdict::Correct:
        return "correct (below 2e-7)";
    case GradientCheck::Verdict::AtRoundingFloor:
        return "correct: above 2e-7 but within the rounding floor of the numerical gradient";
    case GradientCheck::Verdict::Suspicious:
        return "suspicious: above both 2e-7 and the rounding floor";
    case GradientCheck::Verdict::Wrong:
        return "wrong: above 1e-3, backpropagation has a mistake";
    }
    return {};
}

} // namespace catnet
