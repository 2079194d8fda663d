#pragma once

#include "engine/io/dataset.h"
#include "engine/model/metrics.h"

namespace catnet {

// A split's features X (12288, N) take 8 bytes a pixel, its pixels one. The window holds
// only the pixels of the data set it has open (20,000 images: 245 MB instead of 2.2 GB)
// and makes features where they are used; catnet-train keeps X. These read a split
// either way.

// Whether the split holds X (its features were not dropped).
bool holdsFeatures(const DataSplit& split);
// The inputs each example has: X's rows when held, else 12288 (64×64×3 pixels).
Eigen::Index featureCount(const DataSplit& split);
// X when held; else X made from the pixels into `made`, which must outlive the result.
const Matrix& featuresOf(const DataSplit& split, Matrix& made);
// One example's features (12288, 1).
Matrix exampleFeatures(const DataSplit& split, Eigen::Index index);
// evaluate() on the split. Without X, features are made kEvaluationBlock images at a
// time, so that evaluating takes a block's memory, not X's; a set of up to that many
// images is one block, the very product evaluate() computes.
inline constexpr Eigen::Index kEvaluationBlock = 1024;
Evaluation evaluateSplit(const Parameters& parameters, const DataSplit& split, double threshold = kCourseThreshold);
// Drops X of both splits where their pixels can make it again.
void dropFeatures(Dataset& data);

} // namespace catnet
