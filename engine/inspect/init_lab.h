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

// What happened in a run, as facts a sentence is made of (each front end words it in its
// own language).
struct InitVerdict {
    enum class Kind {
        DivergedAtStart, // the first cost is not finite
        Diverged,        // at `iteration`, after a first cost of `first`
        NothingRan,
        HugeCost,  // `first` above 2 and `last` still above 1
        Symmetric, // the `units` of layer 1 identical after `iterations`
        Stuck,     // the cost fell by less than a tenth: `first` to `last`
        Trains,    // `first` to `last`, `testAccuracy`
    };
    Kind kind = Kind::Trains;
    int iteration = 0, units = 0, iterations = 0;
    double first = 0.0, last = 0.0, testAccuracy = 0.0;
    // With Stuck or Trains: the activation spread at iteration 0 shrinks more than tenfold
    // from layer 1 to the last hidden layer (`shrinkLayer`).
    bool shrinks = false;
    double shrinkFirst = 0.0, shrinkLast = 0.0;
    int shrinkLayer = 0;
};
InitVerdict judgeInitRun(const TrainResult& result, double testAccuracy);

// The verdict in English: "diverged at iteration 0: …", "every unit of a layer stays
// identical — symmetry is never broken …", "the signal shrinks layer by layer … and the
// cost barely moves …", or "trains: …".
std::string describeInitRun(const TrainResult& result, double testAccuracy);

} // namespace catnet
