#include "cli/export_runs_command.h"

#include "cli/train_command.h"
#include "engine/io/atomic_file.h"
#include "engine/io/hdf5_support.h"
#include "engine/io/isolated_reader.h"
#include "engine/io/run_bundle.h"

#include <ostream>

namespace catnet::cli {

int runExportRunsCommand(const TrainOptions& options, std::ostream& out, std::stop_token stop) {
    const std::filesystem::path& bundle = *options.runsBundle;
    checkWritable(bundle);
    std::vector<BundledRun> runs;
    std::vector<std::string> notes;
    for (const std::filesystem::path& file : options.bundledRunFiles) {
        std::error_code error;
        if (std::filesystem::equivalent(file, bundle, error))
            throw UsageError("--export-runs: " + file.string() + " is the bundle being written; name another file");
        SavedModel model = loadModelIsolated(file, true, stop); // a diverged run keeps its record
        checkFiniteUnlessDiverged(model, hdf5::describe(file));
        const auto same = std::find_if(runs.begin(), runs.end(),
                                       [&](const BundledRun& run) { return sameRun(run.description, model); });
        if (same != runs.end()) {
            notes.push_back(file.string() + " is the same run as run " + std::to_string(same - runs.begin() + 1) +
                            "; it goes in once");
            continue;
        }
        if (model.name.empty()) // named as the window names a loaded model
            model.name = file.filename().string();
        auto parameters = std::make_shared<const Parameters>(std::move(model.parameters));
        runs.push_back({std::move(parameters), std::move(model)});
    }
    if (stop.stop_requested())
        return kExitCancelled;
    saveRunBundle(bundle, runs);
    if (!options.quiet) {
        for (const std::string& note : notes)
            out << "Note: " << note << "\n";
        out << "Bundled " << runs.size() << (runs.size() == 1 ? " run" : " runs") << " into " << bundle.string()
            << ":\n";
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const SavedModel& run = runs[i].description;
            out << "  run" << i + 1 << ": " << (run.runNumber > 0 ? "#" + std::to_string(run.runNumber) + " " : "")
                << run.name << ", " << run.iterationsRun << " iterations, " << nameOf(run.outcome);
            if (!run.costs.empty())
                out << ", final cost " << run.costs.back().cost;
            out << "\n";
        }
    }
    return kExitOk;
}

} // namespace catnet::cli
