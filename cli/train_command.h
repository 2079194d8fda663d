#pragma once

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

// Reads a photo file into the network's 64×64×3 input bytes (H, W, RGB); throws
// std::exception with a message. catnet-train's main passes Qt's decoders in, so that
// this library stays free of Qt.
using PhotoDecoder = std::function<std::vector<std::uint8_t>(const std::string& path)>;

// Everything catnet-train does, with its streams and stop request passed in so that
// tests can drive it without a process. Without `decodePhoto`, --photo is refused.
int runTrainCommand(const std::vector<std::string>& arguments, std::ostream& out,
                    std::ostream& err, std::stop_token stop = {}, const PhotoDecoder& decodePhoto = {});

} // namespace catnet::cli
