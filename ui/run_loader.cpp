#include "run_loader.h"

#include "isolated_reader.h"

namespace catnet::ui {

RunLoader::~RunLoader() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
}

void RunLoader::add(std::vector<Job> jobs) {
    const std::lock_guard lock(mutex_);
    for (Job& job : jobs)
        queue_.push_back(std::move(job));
    if (working_ || queue_.empty())
        return;
    working_ = true;
    if (worker_.joinable())
        worker_.join(); // the previous worker has finished its queue; reap it
    worker_ = std::jthread([this](std::stop_token stop) { work(stop); });
}

std::vector<RunLoader::Loaded> RunLoader::take() {
    const std::lock_guard lock(mutex_);
    std::vector<Loaded> loaded;
    loaded.swap(done_);
    return loaded;
}

std::size_t RunLoader::pending() const {
    const std::lock_guard lock(mutex_);
    return queue_.size() + (working_ ? 1 : 0);
}

void RunLoader::work(std::stop_token stop) {
    for (;;) {
        Job job;
        {
            const std::lock_guard lock(mutex_);
            if (queue_.empty() || stop.stop_requested()) {
                working_ = false;
                return;
            }
            job = std::move(queue_.front());
            queue_.erase(queue_.begin());
        }
        Loaded loaded;
        loaded.runId = job.runId;
        loaded.file = job.file;
        try {
            // Diverged runs may hold non-finite weights; they are still part of the record.
            SavedModel model = loadModelIsolated(job.file, true, stop);
            const Parameters& p = model.parameters;
            if (job.data && p.W.front().cols() == job.data->train.X.rows()) {
                loaded.train = evaluate(p, job.data->train.X, job.data->train.Y);
                loaded.test = evaluate(p, job.data->test.X, job.data->test.Y);
            }
            model.parameters = {}; // read again when the run is opened
            loaded.model = std::move(model);
        } catch (const std::exception& e) {
            loaded.error = e.what();
        }
        const std::lock_guard lock(mutex_);
        done_.push_back(std::move(loaded));
        if (queue_.empty())
            working_ = false; // set under the same lock as the last result, so pending() never misses one
        if (!working_)
            return;
    }
}

} // namespace catnet::ui
