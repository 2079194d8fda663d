#pragma once

#include "engine/io/model_io.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace catnet {

// A bundle of runs: several kept runs in one HDF5 file, for a classmate's catnet.
//
// Layout, readable with h5py: root attributes format = "catnet-runs", format_version and
// runs (how many); groups run1, run2, … in that order, each holding exactly what a model
// file's root holds (model_io.h: W1, b1, …, the costs, the settings, name and run_number).
// A colour is not stored: catnet gives a run the colour of its number.

// One run to bundle: its weights (shared, never copied) and the rest of its record.
struct BundledRun {
    std::shared_ptr<const Parameters> parameters;
    SavedModel description; // its `parameters` are not read
};

// The most runs one bundle holds: a bound on what a damaged `runs` attribute may ask for.
inline constexpr std::int64_t kMaxBundledRuns = 10'000;

// Writes `runs` (at least one) into `file`, all or nothing: a temporary file renamed over
// `file` (an existing one stays whole if writing fails). `progress` hears how many runs
// are written. Throws FileError.
void saveRunBundle(const std::filesystem::path& file, const std::vector<BundledRun>& runs,
                   const std::function<void(int written)>& progress = {});

// Reads and checks every run of a bundle, or none: any damaged run, a missing group, a
// group that is not one of its runs or a truncated file throws FileError naming it, so
// that nothing of a damaged bundle is taken in. Weights may be NaN or infinite only in a
// run that diverged.
std::vector<SavedModel> loadRunBundle(const std::filesystem::path& file);

// Throws FileError (opening with `where`) when `model` holds NaN or infinite weights but
// did not diverge: a run to bundle or take in must not pass them on as a trained model.
void checkFiniteUnlessDiverged(const SavedModel& model, const std::string& where);

// The same training run, whatever it is called: the same settings, and the same
// iterations, outcome, costs and training time. Two trainings with equal settings are
// told apart by their time; a run exported and imported again is not.
bool sameRun(const SavedModel& a, const SavedModel& b);

} // namespace catnet
