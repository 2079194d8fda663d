#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>

namespace catnet {

// A second thread kept for a run's many short parallel steps. Starting a thread per
// step costs tens of microseconds, more than the step it would share; this one waits
// for work spinning briefly (the next step comes within microseconds), then sleeping.
class HelperThread {
public:
    HelperThread();
    ~HelperThread();
    HelperThread(const HelperThread&) = delete;
    HelperThread& operator=(const HelperThread&) = delete;

    // Runs `helperPart` on the helper and `callerPart` on the calling thread, and
    // returns when both have finished.
    void runTogether(const std::function<void()>& helperPart, const std::function<void()>& callerPart);

private:
    void serve(std::stop_token stop);

    std::atomic<std::uint64_t> posted_{0};   // steps handed to the helper
    std::atomic<std::uint64_t> finished_{0}; // steps the helper has finished
    const std::function<void()>* task_ = nullptr; // published by posted_ (release/acquire)
    std::jthread thread_;
};

} // namespace catnet
