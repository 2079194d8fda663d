#include "engine/training/step_partner.h"

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

} // namespace

// Setting and waiting pair up like Dekker's flags: the setter stores the value, then
// reads whether anyone sleeps; a waiter counts itself as sleeping, then reads the value.
// Both pairs are sequentially consistent, so at least one side sees the other: either
// the waiter sees the new value, or the setter sees the sleeper and notifies under the
// mutex, which the waiter holds from its last look until it is asleep.
void StepPartner::Signal::set(int value) {
    value_.store(value, std::memory_order_seq_cst);
    if (sleepers_.load(std::memory_order_seq_cst) != 0) {
        const std::lock_guard lock(mutex_);
        changed_.notify_one();
    }
}

int StepPartner::Signal::awaitChange(int old, bool* slept) {
    for (int spin = 0; spin < kSpins; ++spin) {
        const int now = value_.load(std::memory_order_acquire);
        if (now != old)
            return now;
        pause();
    }
    if (slept)
        *slept = true;
    std::unique_lock lock(mutex_);
    sleepers_.fetch_add(1, std::memory_order_seq_cst);
    int now;
    while ((now = value_.load(std::memory_order_seq_cst)) == old)
        changed_.wait(lock);
    sleepers_.fetch_sub(1, std::memory_order_relaxed);
    return now;
}

StepPartner::StepPartner(std::function<void()> job, std::function<void()> afterwards)
    : job_(std::move(job)), afterwards_(std::move(afterwards)), thread_([this] { serve(); }) {}

StepPartner::~StepPartner() {
    go_.set(kStop);
    released_.set(kStop);
}

void StepPartner::start() {
    go_.set(++started_);
}

void StepPartner::release() {
    released_.set(started_);
}

bool StepPartner::wait() {
    bool slept = false;
    int finished = done_.load();
    while (finished != started_)
        finished = done_.awaitChange(finished, &slept);
    if (failure_)
        std::rethrow_exception(std::exchange(failure_, nullptr));
    return !slept;
}

void StepPartner::serve() {
    int job = 0, released = 0;
    std::exception_ptr afterwardsFailure; // reported with the next job
    for (;;) {
        job = go_.awaitChange(job);
        if (job == kStop)
            return;
        try {
            job_();
        } catch (...) {
            failure_ = std::current_exception();
        }
        if (!failure_)
            failure_ = std::exchange(afterwardsFailure, nullptr);
        done_.set(job);
        if (!afterwards_)
            continue;
        // The caller may be steps ahead by now (it needs only done_ to go on): any
        // release from this job on counts.
        while (released != kStop && released < job)
            released = released_.awaitChange(released);
        if (released == kStop)
            return;
        try {
            afterwards_();
        } catch (...) {
            afterwardsFailure = std::current_exception();
        }
    }
}

} // namespace catnet
