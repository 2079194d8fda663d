#include "ui/core/run_loader.h"

#include "engine/io/isolated_reader.h"

namespace catnet::ui {

RunLoader::~RunLoader() {
    for (std::jthread& worker : workers_)
        worker.request_stop();
    for (std::jthread& worker : workers_)
        if (worker.joinable())
            worker.join();
}

void RunLoader::add(std::vector<Job> jobs) {
    const std::lock_guard lock(mutex_);
    for (Job& job : jobs)
        queue_.emplace_back(nextPlace_++, std::move(job));
    std::size_t unclaimed = queue_.size();
    for (int slot = 0; slot < kWorkers && unclaimed > 0; ++slot) {
        if (busy_[slot]) {
            --unclaimed; // a running worker takes one of them
            continue;
        }
        busy_[slot] = true;
        --unclaimed;
        if (workers_[slot].joinable())
            workers_[slot].join(); // it has finished its last queue; reap it
        workers_[slot] = std::jthread([this, slot](std::stop_token stop) { work(slot, stop); });
    }
}

std::vector<RunLoader::Loaded> RunLoader::take() {
    const std::lock_guard lock(mutex_);
    std::vector<Loaded> loaded;
    for (auto next = finished_.begin(); next != finished_.end() && next->first == nextToHand_;
         next = finished_.erase(next), ++nextToHand_)
        loaded.push_back(std::move(next->second));
    return loaded;
}

std::size_t RunLoader::pending() const {
    const std::lock_guard lock(mutex_);
    return std::size_t(nextPlace_ - nextToHand_) - finished_.size();
}

void RunLoader::work(int slot, std::stop_token stop) {
    for (;;) {
        std::pair<std::uint64_t, Job> job;
        {
            const std::lock_guard lock(mutex_);
            if (queue_.empty() || stop.stop_requested()) {
                busy_[slot] = false;
                return;
            }
            job = std::move(queue_.front());
            queue_.pop_front();
        }
        Loaded loaded = load(job.second, stop);
        // Under the same lock as the queue: pending() never misses a job between the two.
        const std::lock_guard lock(mutex_);
        finished_.emplace(job.first, std::move(loaded));
    }
}

RunLoader::Loaded RunLoader::load(const Job& job, std::stop_token stop) {
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
    return loaded;
}

} // namespace catnet::ui
