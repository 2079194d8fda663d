#pragma once

#include "engine/io/dataset.h"

namespace catnet {

// A built-in stand-in for the course files, so every feature works before the real
// data is found: 64×64 pictures drawn in code, deterministic for a seed.
// "cat" (label 1): a round face with two pointed ears and two eyes, anywhere, any colour;
// "non-cat" (label 0): boxes, stripes or rings. Both on a noisy background.
// 209 train and 50 test images, about a third of them cats, like the course.
Dataset makeSyntheticDataset(std::uint32_t seed = 2024);

// One split of `count` pictures drawn from generator seed `seed`.
DataSplit makeSyntheticSplit(Eigen::Index count, std::uint32_t seed);

} // namespace catnet
