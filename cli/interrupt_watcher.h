#pragma once

#include <stop_token>
#include <thread>

namespace catnet::cli {

// Turns Ctrl-C (SIGINT), SIGTERM, SIGHUP (a closed terminal) and SIGQUIT (Ctrl-\) into
// a stop request, so training ends cleanly after the current iteration and its files and
// report are written. Blocks them in every thread created after it, and waits for them
// on a thread of its own; a second signal exits at once.
class InterruptWatcher {
public:
    InterruptWatcher();
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

    std::stop_token token() const { return source_.get_token(); }

private:
    std::stop_source source_;
    std::jthread waiter_;
};

} // namespace catnet::cli
