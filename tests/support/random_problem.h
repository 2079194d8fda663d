#pragma once

#include "engine/model/numpy_random.h"
#include "engine/model/parameters.h"

namespace catnet::test {

// A small learnable problem: X in [0, 1] (features × examples), labels from a fixed
// random hyperplane, so training makes real progress and every path is exercised.
struct RandomProblem {
    Matrix X;
    Matrix Y;
};

inline RandomProblem makeRandomProblem(Eigen::Index features, Eigen::Index examples,
                                       std::uint32_t seed) {
    NumpyRandom rng(seed);
    RandomProblem problem;
    problem.X.resize(features, examples);
    for (Eigen::Index i = 0; i < features; ++i)
        for (Eigen::Index j = 0; j < examples; ++j)
            problem.X(i, j) = rng.uniform();
    const Matrix direction = rng.randn(1, features);
    const Matrix score = direction * (problem.X.array() - 0.5).matrix();
    problem.Y = (score.array() > 0.0).cast<double>().matrix();
    return problem;
}

} // namespace catnet::test
