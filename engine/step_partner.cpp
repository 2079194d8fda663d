#include "step_partner.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace catnet {

namespace {

constexpr int kStop = -1;
constexpr int kSpins = 2000; // × a pause of ~50 ns

void pause() {
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#endif
}

// Waits until `value` no longer holds `old`; returns what it holds then. `slept` is set
// when the spin did not see it change.
int awaitChange(const std::atomic<int>& value, int old, bool* slept = nullptr) {
    for (int spin = 0; spin < kSpins; ++spin) {
        const int now = value.load(std::memory_order_acquire);
        if (now != old)
            return now;
        pause();
    }
    if (slept)
        *slept = true;
    for (;;) {
        value.wait(old, std::memory_order_acquire);
        const int now = value.load(std::memory_order_acquire);
        if (now != old)
            return now;
    }
}

} // namespace

StepPartner::StepPartner(std::function<void()> job, std::function<void()> afterwards)
    : job_(std::move(job)), afterwards_(std::move(afterwards)), thread_([this] { serve(); }) {}

StepPartner::~StepPartner() {
    go_.store(kStop, std::memory_order_release);
    go_.notify_one();
}

void StepPartner::start() {
    go_.store(++started_, std::memory_order_release);
    go_.notify_one();
}

bool StepPartner::wait() {
    bool slept = false;
    int finished = done_.load(std::memory_order_acquire);
    while (finished != started_)
        finished = awaitChange(done_, finished, &slept);
    if (failure_)
        std::rethrow_exception(std::exchange(failure_, nullptr));
    return !slept;
}

void StepPartner::serve() {
    int job = 0;
    for (;;) {
        job = awaitChange(go_, job);
        if (job == kStop)
            return;
        try {
            job_();
        } catch (...) {
            failure_ = std::current_exception();
        }
        done_.store(job, std::memory_order_release);
        done_.notify_one();
        if (afterwards_)
            afterwards_();
    }
}

} // namespace catnet
