#include "ui/core/run_loader.h"

#include "engine/io/isolated_reader.h"
#include "engine/io/split_features.h"

namespace catnet::ui {

RunLoader::RunLoader(std::function<void()> arrived) : arrived_(std::move(arrived)) {
    for (auto& worker : workers_)
        worker = std::make_unique<BackgroundJob<Placed>>(
            [this](std::vector<Placed>& batch) {
                for (Placed& placed : batch)
                    finished_.emplace(placed.first, std::move(placed.second));
                if (arrived_)
                    arrived_();
            },
            // A worker that found the queue empty just before add() filled it again.
            [this](const std::string&) { startIdleWorkers(); });
}

void RunLoader::add(std::vector<Job> jobs) {
    {
        const std::lock_guard lock(queue_->mutex);
        for (Job& job : jobs)
            queue_->jobs.emplace_back(nextPlace_++, std::move(job));
    }
    startIdleWorkers();
}

void RunLoader::startIdleWorkers() {
    {
        const std::lock_guard lock(queue_->mutex);
        if (queue_->jobs.empty())
            return;
    }
    for (auto& worker : workers_) {
        if (worker->isRunning())
            continue;
        worker->start([queue = queue_](std::stop_token stop, const auto& post) {
            while (!stop.stop_requested()) {
                std::pair<std::uint64_t, Job> job;
                {
                    const std::lock_guard lock(queue->mutex);
                    if (queue->jobs.empty())
                        return;
                    job = std::move(queue->jobs.front());
                    queue->jobs.pop_front();
                }
                post({job.first, load(job.second, stop)});
            }
        });
    }
}

std::vector<RunLoader::Loaded> RunLoader::take() {
    std::vector<Loaded> loaded;
    for (auto next = finished_.begin(); next != finished_.end() && next->first == nextToHand_;
         next = finished_.erase(next), ++nextToHand_)
        loaded.push_back(std::move(next->second));
    return loaded;
}

RunLoader::Loaded RunLoader::load(const Job& job, std::stop_token stop) {
    Loaded loaded;
    loaded.runId = job.runId;
    loaded.file = job.file;
    loaded.data = job.data;
    try {
        // Diverged runs may hold non-finite weights; they are still part of the record.
        SavedModel model = loadModelIsolated(job.file, true, stop);
        const Parameters& p = model.parameters;
        // A kept run measured on other data keeps its numbers: no need to evaluate it,
        // unless it is asked again (runId set).
        const bool measuredElsewhere =
            job.runId == 0 && model.measured && model.measured->data.fingerprint != job.fingerprint;
        if (job.data && p.W.front().cols() == featureCount(job.data->train) && !measuredElsewhere) {
            loaded.train = evaluateSplit(p, job.data->train);
            loaded.test = evaluateSplit(p, job.data->test);
        }
        model.parameters = {}; // read again when the run is opened
        loaded.model = std::move(model);
    } catch (const std::exception& e) {
        loaded.error = e.what();
    }
    return loaded;
}

} // namespace catnet::ui
