#pragma once

#include "engine/training/training_types.h"

namespace catnet {

// Why a run that ended normally still learned nothing, so that the learner is told
// instead of seeing "completed" (a learning rate of 10 ends with a flat cost and
// every image called a cat).
enum class LearningProblem {
    None,
    CostNotDecreased,  // the last recorded cost is not below the first
    MajorityClassOnly, // training accuracy no better than always answering the larger class
};

// `costs` as recorded by the trainer, `trainAccuracy` of the final parameters on the
// training labels `Y` (1 × m, 0/1). Runs of fewer than two recorded costs are not judged.
LearningProblem checkLearning(const std::vector<CostPoint>& costs, double trainAccuracy, const Matrix& Y);

// "cost did not decrease: learning rate too large?", "" for None.
std::string describe(LearningProblem problem);

} // namespace catnet
