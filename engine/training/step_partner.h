#pragma once

#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace catnet {

// A second thread that runs the same job once per step of a loop, while the loop's own
// thread does its share of the step. A step lasts tens of microseconds and waking a
// sleeping thread takes about as long, so each side spins a while (about 0.1 ms) for
// the other before it sleeps; a paused loop (the GUI's step-by-step mode) costs nothing.
class StepPartner {
public:
    // `afterwards` (optional) runs on the partner's thread after each job, once the job
    // is reported done and the caller has called release() for that step: work that
    // overlaps with the end of the caller's step and the start of the next.
    explicit StepPartner(std::function<void()> job, std::function<void()> afterwards = {});
    ~StepPartner();
    StepPartner(const StepPartner&) = delete;
    StepPartner& operator=(const StepPartner&) = delete;

    // Starts the job once on the partner's thread.
    void start();
    // After start(): what `afterwards` reads is ready (it runs once the job is done too).
    void release();
    // Returns once that job has finished; rethrows what it threw (or what the previous
    // step's `afterwards` threw). False when it was not done within the spin, so that
    // the caller slept (the machine is busy).
    bool wait();

private:
    // A number one thread sets and the other waits to see change: spin first, then sleep.
    // The sleep is a condition variable behind a sleeper count checked here, a protocol
    // small enough to check line by line. With std::atomic::wait / notify_one (libstdc++
    // 12) both threads were found asleep for good: every run under perf, now and then
    // without; libstdc++ skips the wake when its own waiter count reads 0.
    class Signal {
    public:
        void set(int value);
        // Returns the new value once it differs from `old`; `slept` is set if the spin
        // did not see it change.
        int awaitChange(int old, bool* slept = nullptr);
        int load() const { return value_.load(std::memory_order_acquire); }

    private:
        std::atomic<int> value_{0};
        std::atomic<int> sleepers_{0};
        std::mutex mutex_;
        std::condition_variable changed_;
    };

    void serve();

    const std::function<void()> job_, afterwards_;
    int started_ = 0;
    alignas(64) Signal go_;   // the job to run next; kStop ends the thread
    alignas(64) Signal done_; // the last job finished
    alignas(64) Signal released_; // the last step whose `afterwards` may run; kStop ends
    std::exception_ptr failure_; // written before done_, read after it
    std::jthread thread_;        // last: started once the rest exists
};

} // namespace catnet
