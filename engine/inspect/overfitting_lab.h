#pragma once

#include "engine/training/sweep.h"

#include <optional>
#include <string>
#include <vector>

namespace catnet {

// The overfitting lab: one network trained with each of SPEC §8's remedies side by side
// (the same seed), and for each what it did to the gap between train and test accuracy,
// worked out from its run.

// The row the lab trains, in its order: nothing added, L2 at λ 0.1, 0.7 and 2, dropout
// keeping 0.95, 0.86 and 0.7 of the hidden units, flipped images, and (with `combined`)
// L2 0.7 with keep 0.86 and flip together.
std::vector<TrainingOptions> overfittingLabSettings(bool combined = true);

// A row's remedy as run names say it ("L2 0.7, keep 0.86, flip"), or "nothing added":
// only L2, the keep probability and flip (the lab keeps the rest as given).
std::string labSettingName(const TrainingOptions& options);

// What a run came to, from its final weights and its held-out points.
struct LabOutcome {
    double trainAccuracy = 0.0, testAccuracy = 0.0; // final, 0..1
    // Early stopping: the report point where the test cost was lowest (the earliest of
    // equals), that cost and the test accuracy there; none without held-out points.
    std::optional<int> bestIteration;
    double bestTestCost = 0.0, bestTestAccuracy = 0.0;
    int lastIteration = 0; // the last report point
    std::optional<int> divergedAt;

    // Train minus test accuracy, in percentage points.
    double gapPoints() const { return 100.0 * (trainAccuracy - testAccuracy); }
};

LabOutcome summarizeLabRun(const SweepCell& cell);

// Against the run with nothing added: narrows the gap (by a point or more) and lifts test
// accuracy; narrows it only by fitting the training images less (test accuracy lower);
// does not narrow it; diverged.
enum class RemedyEffect { Baseline, Helps, Underfits, NoBetter, Diverged };
RemedyEffect judgeRemedy(const LabOutcome& baseline, const LabOutcome& run, bool isBaseline);

// One sentence: "gap 18.6 points (train 98.6 %, test 80.0 %); test cost lowest at
// iteration 900" for the baseline, "gap 18.6 → 9.1 points, test 80.0 → 84.0 %: narrows
// the gap and lifts test accuracy; test cost lowest at iteration 2400" for a remedy.
std::string describeLabRun(const LabOutcome& baseline, const LabOutcome& run, bool isBaseline);

// Trains `base` with each of `settings`' L2, keep probability and flip (its batch size and
// optimizer stay), like a sweep: each cell as a lone run would, held-out figures on the
// test set. Cell i is settings[i].
SweepResult runOverfittingLab(const TrainConfig& base, const std::vector<TrainingOptions>& settings,
                              const SweepData& data, const SweepCellCallback& onCell = {},
                              std::stop_token stop = {});

} // namespace catnet
