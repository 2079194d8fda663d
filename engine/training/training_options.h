#pragma once

// The next course's tools against overfitting and slow descent (SPEC §8): L2
// regularization, inverted dropout, mini-batches, momentum and Adam, flipped images.
// The defaults are the course's own algorithm: full-batch gradient descent, nothing added.

#include "engine/model/enum_names.h"

#include <array>
#include <optional>
#include <string>

namespace catnet {

enum class Optimizer { GradientDescent, Momentum, Adam };

template <>
struct EnumNames<Optimizer> {
    static constexpr std::array<std::pair<Optimizer, std::string_view>, 3> table{
        {{Optimizer::GradientDescent, "gd"}, {Optimizer::Momentum, "momentum"}, {Optimizer::Adam, "adam"}}};
};

struct TrainingOptions {
    double l2 = 0.0;       // λ: J gains (λ / 2m) Σ‖W‖², dW gains (λ / m) W
    double keepProb = 1.0; // inverted dropout on the hidden layers; 1 draws no mask
    int batchSize = 0;     // examples per step; 0 (or ≥ m): the whole training set, unshuffled
    Optimizer optimizer = Optimizer::GradientDescent;
    double beta = 0.9;     // momentum
    double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8; // Adam
    bool flip = false;     // the training set gains a mirrored copy of every image

    // True when nothing is added to the course's full-batch gradient descent (the
    // optimizers' constants do not matter then).
    bool isCourseDescent() const;
    // True when a step sees the whole training set in file order.
    bool isFullBatch(long long examples) const { return batchSize <= 0 || batchSize >= examples; }
    bool operator==(const TrainingOptions&) const = default;
};

enum class OptionField { L2, KeepProb, BatchSize, Beta, Beta1, Beta2, Epsilon };

struct OptionProblem {
    OptionField field;
    std::string message; // "must be 0 or more", …
};

// λ < 0, a keep probability outside (0, 1], a batch size < 0, β outside [0, 1), ε ≤ 0.
std::optional<OptionProblem> checkTrainingOptions(const TrainingOptions& options);

// What differs from the course's descent, as run names say it: "L2 0.7, batch 64, adam,
// flip"; empty for the course's own algorithm.
std::string describeOptions(const TrainingOptions& options);

} // namespace catnet
