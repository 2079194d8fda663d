#pragma once

#include "engine/training/sweep.h"

#include <string>

namespace catnet {

// The initialization lab: one architecture trained from each initialization, the same
// seed (a sweep over `init`), and for each a sentence saying what happened, worked out
// from the run itself.

// Every scheme, in the order the lab shows them.
std::vector<InitScheme> allInitSchemes();

// True when every unit (row) of the first layer's weights is the same as the first
// one: what a symmetric initialization leaves, since identical units get identical
// gradients.
bool firstLayerUnitsIdentical(const Parameters& parameters);

// What happened, from the run: "diverged at iteration 0: …", "every unit of a layer stays
// identical — symmetry is never broken …", "the signal shrinks layer by layer … and the
// cost barely moves …", or "trains: …".
std::string describeInitRun(const TrainResult& result, double testAccuracy);

} // namespace catnet
