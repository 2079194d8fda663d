#pragma once

#include "engine/io/photo_import.h"

#include <cstdint>
#include <functional>
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

// Reads photo files into the network's 64×64×3 input bytes (engine/io/photo_import.h).
// catnet-train's main passes the reader program's decoding in, so that this library
// stays free of Qt.
using catnet::PhotoDecoder;

// Everything catnet-train does, with its streams and stop request passed in so that
// tests can drive it without a process. Without `decodePhoto`, --photo is refused.
int runTrainCommand(const std::vector<std::string>& arguments, std::ostream& out,
                    std::ostream& err, std::stop_token stop = {}, const PhotoDecoder& decodePhoto = {});

} // namespace catnet::cli
