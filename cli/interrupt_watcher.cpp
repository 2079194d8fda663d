#include "cli/interrupt_watcher.h"

#include <csignal>
#include <cstdlib>
#include <ctime>

namespace catnet::cli {

namespace {
sigset_t interruptSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        sigaddset(&signals, signal);
    return signals;
}
} // namespace

InterruptWatcher::InterruptWatcher() {
    const sigset_t signals = interruptSignals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    waiter_ = std::jthread([this, signals](std::stop_token done) {
        const timespec poll{0, 100'000'000}; // wake up to notice the end of the program
        while (!done.stop_requested()) {
            if (sigtimedwait(&signals, nullptr, &poll) > 0) {
                // The first signal asks for a clean stop; a second one means "now".
                if (source_.stop_requested())
                    std::_Exit(130);
                source_.request_stop();
            }
        }
    });
}

InterruptWatcher::~InterruptWatcher() {
    waiter_.request_stop();
    waiter_.join();
}

} // namespace catnet::cli
