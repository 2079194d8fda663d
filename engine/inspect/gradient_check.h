#pragma once

// The next course's gradient_check_n for the whole network (SPEC §7): backpropagation's
// gradients against (J(θ + ε·e_i) − J(θ − ε·e_i)) / 2ε for every parameter i.
//
// A full forward pass per perturbation would cost 2 × 245,973 passes for the course's
// 5-layer net. Perturbing W[l](i, j) only moves row i of Z[l], by ε·A[l-1](j, :), so
// each cost is computed from the cached forward pass: that row, then a rank-one change
// of Z[l+1], then the (small) layers after it.

#include "engine/model/course_steps.h"

#include <functional>
#include <stop_token>
#include <vector>

namespace catnet {

// Analytic gradients of the cost at `parameters` (index l-1 for layer l). The course's
// backward pass unless a test puts a deliberately wrong one in.
using GradientFunction =
    std::function<std::vector<course::Gradients>(const Parameters&, const Matrix& X, const Matrix& Y)>;
std::vector<course::Gradients> backpropagationGradients(const Parameters& parameters, const Matrix& X, const Matrix& Y);

struct GradientCheckOptions {
    double epsilon = 1e-7;
    GradientFunction gradients = backpropagationGradients;
    std::function<void(double share)> progress; // called on the calling thread
    std::stop_token stop;
};

struct LayerGradientCheck {
    int layer = 0; // 1..L
    double dWDifference = 0.0, dbDifference = 0.0;
};

struct GradientCheck {
    double difference = 0.0; // ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂) over every parameter
    double epsilon = 0.0;
    double roundingFloor = 0.0; // the difference a correct backpropagation can show from rounding alone
    double cost = 0.0;          // J(θ)
    long long parameters = 0;
    double seconds = 0.0;
    bool stopped = false; // the numerical gradients are incomplete
    std::vector<LayerGradientCheck> layers;
    std::vector<Matrix> dW, db, numericalDW, numericalDb; // index l-1 for layer l

    enum class Verdict { Correct, AtRoundingFloor, Suspicious, Wrong };
    // Below 2e-7: correct (the course's rule). Above 1e-3: a bug. Between: correct when
    // within ten times the rounding floor, else suspicious.
    Verdict verdict() const;
};

// The course's thresholds.
inline constexpr double kGradientCheckCorrect = 2e-7;
inline constexpr double kGradientCheckWrong = 1e-3;

// Throws std::invalid_argument when the shapes do not fit.
GradientCheck checkGradients(const Parameters& parameters, const Matrix& X, const Matrix& Y,
                             const GradientCheckOptions& options = {});

std::string describeVerdict(GradientCheck::Verdict verdict);

} // namespace catnet
