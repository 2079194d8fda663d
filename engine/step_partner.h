#pragma once

#include <atomic>
#include <exception>
#include <functional>
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
    // is reported done: work that may overlap with the caller's next steps.
    explicit StepPartner(std::function<void()> job, std::function<void()> afterwards = {});
    ~StepPartner();
    StepPartner(const StepPartner&) = delete;
    StepPartner& operator=(const StepPartner&) = delete;

    // Starts the job once on the partner's thread.
    void start();
    // Returns once that job has finished; rethrows what it threw. False when it was not
    // done within the spin, so that the caller slept (the machine is busy).
    bool wait();

private:
    void serve();

    const std::function<void()> job_, afterwards_;
    int started_ = 0;
    alignas(64) std::atomic<int> go_{0};  // the job to run next; kStop ends the thread
    alignas(64) std::atomic<int> done_{0}; // the last job finished
    std::exception_ptr failure_;           // written before done_, read after it
    std::jthread thread_;                  // last: started once the rest exists
};

} // namespace catnet
