#pragma once

#include "dataset.h"
#include "metrics.h"
#include "model_io.h"

#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace catnet::ui {

// Reads kept runs in the background, one file after another (through the reader
// program), evaluates each on the data it is given and then lets go of its weights,
// so that only what the runs table and the chart show stays in memory. The UI thread
// picks finished ones up with take(). Plain C++ only in the worker: every hand-over
// goes through one mutex. Destruction stops and joins the worker.
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
    // Jobs finished since the last call, in order.
    std::vector<Loaded> take();
    // Jobs queued or under way (results not yet taken count as done).
    std::size_t pending() const;

private:
    void work(std::stop_token stop);

    mutable std::mutex mutex_;
    std::vector<Job> queue_;
    std::vector<Loaded> done_;
    bool working_ = false;
    std::jthread worker_;
};

} // namespace catnet::ui
