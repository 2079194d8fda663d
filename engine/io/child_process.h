#pragma once

#include <chrono>
#include <filesystem>
#include <stop_token>
#include <string>
#include <vector>

namespace catnet {

// What a child process left behind.
struct ChildResult {
    std::string output;    // everything it wrote to standard output
    int exitCode = -1;     // when it exited
    int signal = 0;        // when a signal ended it (0: it exited)
    bool timedOut = false; // killed because it ran past the time limit
    bool stopped = false;  // killed because a stop was requested
};

// Starts `executable` with `arguments` (posix_spawn: nothing of this process runs in
// the child, which matters in a threaded program) with standard input and error on
// /dev/null, collects its standard output, and kills it (SIGKILL) if it runs longer
// than `limit` or `stop` is requested. Signals blocked here are unblocked there, so
// Ctrl-C reaches it. Throws std::runtime_error if it cannot be started.
// With `LimitRestarts::OnOutput` the limit counts from its last output instead of its
// start: a child that answers request after request gets `limit` for each.
enum class LimitRestarts { Never, OnOutput };
ChildResult runChildProcess(const std::filesystem::path& executable, const std::vector<std::string>& arguments,
                            std::chrono::milliseconds limit, std::stop_token stop = {},
                            LimitRestarts restarts = LimitRestarts::Never);

// The folder of the running program (from /proc/self/exe).
std::filesystem::path runningProgramFolder();

} // namespace catnet
