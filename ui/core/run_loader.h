#pragma once

#include "engine/io/dataset.h"
#include "engine/io/model_io.h"
#include "engine/model/metrics.h"

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace catnet::ui {

// Reads kept runs in the background (through the reader program), evaluates each on
// the data it is given and then lets go of its weights, so that only what the runs
// table and the chart show stays in memory. Two workers share the queue, as most of a
// read is waiting for the reader process; take() still hands results over in the order
// the jobs were added. Plain C++ only in the workers: every hand-over goes through one
// mutex. Destruction stops and joins them.
class RunLoader {
public:
    struct Job {
        int runId = 0;     // 0: a kept run to restore; else a run to evaluate again
        std::string file;  // its model file
        std::shared_ptr<const Dataset> data;
    };
    struct Loaded {
        int runId = 0;
        std::string file;
        std::optional<SavedModel> model; // without parameters; empty when it could not be read
        std::optional<Evaluation> train, test;
        std::string error;
    };

    RunLoader() = default;
    ~RunLoader();
    RunLoader(const RunLoader&) = delete;
    RunLoader& operator=(const RunLoader&) = delete;

    // Queues jobs; the worker starts if it is idle.
    void add(std::vector<Job> jobs);
    // Jobs finished since the last call, in the order they were added (a finished job
    // waits for those added before it).
    std::vector<Loaded> take();
    // Jobs queued or under way (results not yet taken count as done).
    std::size_t pending() const;

    static constexpr int kWorkers = 2;

private:
    void work(int slot, std::stop_token stop);
    static Loaded load(const Job& job, std::stop_token stop);

    mutable std::mutex mutex_;
    std::deque<std::pair<std::uint64_t, Job>> queue_; // with its place in the order
    std::map<std::uint64_t, Loaded> finished_;
    std::uint64_t nextPlace_ = 0;  // given to the next job added
    std::uint64_t nextToHand_ = 0; // the next result take() may hand over
    std::array<bool, kWorkers> busy_{};
    std::array<std::jthread, kWorkers> workers_;
};

} // namespace catnet::ui
