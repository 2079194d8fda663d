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
    CollapsedToBaseRate, // the same, its cost settled at the base rate (see baseRateCost)
};

// The cost of answering P(cat) = `catShare` for every picture, −(p ln p + (1 − p) ln(1 − p)):
// 0.644 for the course's 72 cats in 209. A network whose output ignores its input settles
// there, the cost the course's forums report as "stuck at 0.644".
double baseRateCost(double catShare);

// `costs` as recorded by the trainer, `trainAccuracy` of the final parameters on the
// training labels `Y` (1 × m, 0/1). Runs of fewer than two recorded costs are not judged.
LearningProblem checkLearning(const std::vector<CostPoint>& costs, double trainAccuracy, const Matrix& Y);

// "cost did not decrease: learning rate too large?", "" for None.
std::string describe(LearningProblem problem);

} // namespace catnet
