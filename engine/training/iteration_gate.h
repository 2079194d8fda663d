#pragma once

#include "engine/model/parameters.h"
#include "engine/training/run_frame.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

namespace catnet {

// Pause and Step for a training run: another thread can hold the run between two
// iterations and release it one iteration at a time. The training loop itself is
// unchanged, so a run paused and stepped ends with the same parameters, bit for bit, as
// the same run never paused. Standard synchronisation only (no Qt in the engine). It is
// also where a run's parameters can be watched between iterations (watchFrames).
class IterationGate {
public:
    // Where a paused run waits: before `iteration` (that many updates applied), with
    // the parameters at that point.
    struct Pause {
        int iteration = 0;
        std::shared_ptr<const Parameters> parameters;
    };

    // The run waits before its next iteration.
    void pause();
    // The run goes on freely.
    void resume();
    // A paused run does one more iteration and waits again; a running one pauses at its
    // next iteration. (pause() then step() before the run starts: it runs iteration 0.)
    void step();
    bool isPausing() const;
    // Set once the run is waiting; empty while it runs.
    std::optional<Pause> pausedAt() const;

    // Frames (SPEC §9): before every iteration that is a multiple of `every`, `onFrame`
    // sees the run at that point, on the training thread. Set before the run.
    using FrameCallback = std::function<void(const RunFrame& frame)>;
    void watchFrames(int every, FrameCallback onFrame);

    // The training thread's side, called before iteration `iteration`: hands a frame over
    // when one is due (`frame`, or the parameters `current()` gives); returns at once
    // unless paused; else publishes `current()` and waits for step, resume or `stop`.
    void waitBefore(int iteration, const std::function<Parameters()>& current, std::stop_token stop,
                    const RunFrame* frame = nullptr);

private:
    mutable std::mutex mutex_;
    std::condition_variable_any changed_;
    bool pausing_ = false;
    int steps_ = 0;                // iterations released while pausing
    std::optional<Pause> waiting_; // where the run waits now
    int frameEvery_ = 0;           // written before the run, then read by its thread only
    FrameCallback onFrame_;
};

} // namespace catnet
