#pragma once

#include <iosfwd>
#include <stop_token>
#include <string>
#include <vector>

namespace catnet::cli {

// Exit codes of catnet-train.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,   // data or model file problem, or any requested output (--json, --save-model) failed
    kExitUsage = 2,     // arguments that make no sense
    kExitDiverged = 3,  // the cost stopped being finite
    kExitCancelled = 130,
};

// Everything catnet-train does, with its streams and stop request passed in so that
// tests can drive it without a process.
int runTrainCommand(const std::vector<std::string>& arguments, std::ostream& out,
                    std::ostream& err, std::stop_token stop = {});

} // namespace catnet::cli
