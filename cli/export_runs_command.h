#pragma once

#include "cli/train_options.h"

#include <iosfwd>
#include <stop_token>

namespace catnet::cli {

// catnet-train --export-runs FILE.h5 RUN_FILES...: reads each model file (in the reader
// process: they may come from anywhere) and writes them as one bundle of runs
// (engine/io/run_bundle.h), the same run only once. Returns catnet-train's exit code.
int runExportRunsCommand(const TrainOptions& options, std::ostream& out, std::stop_token stop);

} // namespace catnet::cli
