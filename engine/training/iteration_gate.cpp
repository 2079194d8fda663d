#include "engine/training/iteration_gate.h"

namespace catnet {

void IterationGate::pause() {
    const std::lock_guard lock(mutex_);
    pausing_ = true;
}

void IterationGate::resume() {
    {
        const std::lock_guard lock(mutex_);
        pausing_ = false;
        steps_ = 0;
    }
    changed_.notify_all();
}

void IterationGate::step() {
    {
        const std::lock_guard lock(mutex_);
        if (pausing_)
            ++steps_; // one iteration past where it waits (or is about to wait)
        pausing_ = true; // a running run stops at its next iteration
    }
    changed_.notify_all();
}

bool IterationGate::isPausing() const {
    const std::lock_guard lock(mutex_);
    return pausing_;
}

std::optional<IterationGate::Pause> IterationGate::pausedAt() const {
    const std::lock_guard lock(mutex_);
    return waiting_;
}

void IterationGate::watchFrames(int every, FrameCallback onFrame) {
    frameEvery_ = every;
    onFrame_ = std::move(onFrame);
}

void IterationGate::waitBefore(int iteration, const std::function<Parameters()>& current, std::stop_token stop,
                               const RunFrame* frame) {
    if (onFrame_ && frameEvery_ > 0 && iteration % frameEvery_ == 0) {
        if (frame)
            onFrame_(*frame);
        else
            onFrame_(ParametersFrame(iteration, current));
    }
    std::unique_lock lock(mutex_);
    if (!pausing_)
        return;
    if (steps_ > 0) {
        --steps_;
        return;
    }
    lock.unlock();
    auto parameters = std::make_shared<const Parameters>(current()); // outside the lock: a copy of every weight
    lock.lock();
    waiting_ = Pause{iteration, std::move(parameters)};
    changed_.wait(lock, stop, [this] { return !pausing_ || steps_ > 0; });
    if (steps_ > 0)
        --steps_;
    waiting_.reset();
}

} // namespace catnet
