#pragma once

#include "engine/io/dataset.h"
#include "engine/io/model_io.h"
#include "engine/model/metrics.h"
#include "ui/core/background_job.h"

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace catnet::ui {

// Reads kept runs in the background (through the reader program), evaluates each on
// the data it is given and then lets go of its weights, so that only what the runs
// table and the chart show stays in memory. Two background jobs (background_job.h) take
// files from one queue, as most of a read is waiting for the reader process; take()
// still hands results over in the order the files were added.
class RunLoader {
public:
    struct Job {
        int runId = 0;     // 0: a kept run to restore; else a run to evaluate again
        std::string file;  // its model file
        std::shared_ptr<const Dataset> data;
        std::string fingerprint; // data's (DataIdentity): a file measured on other data is not evaluated
    };
    struct Loaded {
        int runId = 0;
        std::string file;
        std::optional<SavedModel> model; // without parameters; empty when it could not be read
        std::optional<Evaluation> train, test; // on `data`
        std::shared_ptr<const Dataset> data;
        std::string error;
    };

    // `arrived` runs on the UI thread whenever take() has something new.
    explicit RunLoader(std::function<void()> arrived = {});

    // Queues jobs; idle workers start.
    void add(std::vector<Job> jobs);
    // Jobs finished since the last call, in the order they were added (a finished job
    // waits for those added before it).
    std::vector<Loaded> take();
    // Jobs queued or under way (results not yet taken count as done).
    std::size_t pending() const { return std::size_t(nextPlace_ - nextToHand_) - finished_.size(); }

    static constexpr int kWorkers = 2;

private:
    using Placed = std::pair<std::uint64_t, Loaded>; // with its place in the order
    // What is left to read, shared by the workers (the only thing they share).
    struct Queue {
        std::mutex mutex;
        std::deque<std::pair<std::uint64_t, Job>> jobs;
    };
    void startIdleWorkers();
    static Loaded load(const Job& job, std::stop_token stop);

    std::function<void()> arrived_;
    std::shared_ptr<Queue> queue_ = std::make_shared<Queue>();
    std::map<std::uint64_t, Loaded> finished_;
    std::uint64_t nextPlace_ = 0;  // given to the next job added
    std::uint64_t nextToHand_ = 0; // the next result take() may hand over
    std::array<std::unique_ptr<BackgroundJob<Placed>>, kWorkers> workers_;
};

} // namespace catnet::ui
