#include "helper_thread.h"

#include <immintrin.h>

namespace catnet {

namespace {

// About 50 µs of spinning before sleeping: longer than the gap between two steps of
// a training run, short enough not to hold a core when no step follows.
constexpr int kSpins = 20000;

// Waits until `counter` differs from `seen`; returns its new value.
std::uint64_t awaitChange(const std::atomic<std::uint64_t>& counter, std::uint64_t seen) {
    for (int spin = 0; spin < kSpins; ++spin) {
        const std::uint64_t now = counter.load(std::memory_order_acquire);
        if (now != seen)
            return now;
        _mm_pause();
    }
    counter.wait(seen, std::memory_order_acquire);
    return counter.load(std::memory_order_acquire);
}

} // namespace

HelperThread::HelperThread() : thread_([this](std::stop_token stop) { serve(stop); }) {}

HelperThread::~HelperThread() {
    thread_.request_stop();
    posted_.fetch_add(1, std::memory_order_release); // wakes the helper to see the stop
    posted_.notify_one();
}

void HelperThread::serve(std::stop_token stop) {
    std::uint64_t seen = 0;
    while (true) {
        seen = awaitChange(posted_, seen);
        if (stop.stop_requested())
            return;
        (*task_)();
        finished_.store(seen, std::memory_order_release);
        finished_.notify_one();
    }
}

void HelperThread::runTogether(const std::function<void()>& helperPart, const std::function<void()>& callerPart) {
    task_ = &helperPart;
    const std::uint64_t step = posted_.fetch_add(1, std::memory_order_release) + 1;
    posted_.notify_one();
    callerPart();
    std::uint64_t done = finished_.load(std::memory_order_acquire);
    while (done != step)
        done = awaitChange(finished_, done);
}

} // namespace catnet
