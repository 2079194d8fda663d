#include "ui/core/run_bundler.h"

#include "engine/io/atomic_file.h"
#include "engine/io/isolated_reader.h"
#include "ui/core/runs_model.h"

namespace catnet::ui {

RunBundler::RunBundler(QObject* parent)
    : QObject(parent), job_(
                           [this](std::vector<int>& done) {
                               if (!done.empty())
                                   emit progress(done.back(), total_);
                           },
                           [this](const std::string& failure) {
                               emit finished(path_, total_, QString::fromUtf8(failure.c_str()));
                           }) {}

void RunBundler::start(const RunsModel& runs, const std::vector<int>& ids, const QString& path) {
    std::vector<Job> jobs;
    for (const int id : ids) {
        const auto run = runs.find(id);
        if (run && run->hasModel() && !run->running)
            jobs.push_back({{run->parameters, describeRun(*run)}, run->parameters ? QString() : run->storeFile});
    }
    if (jobs.empty())
        throw std::runtime_error(tr("Choose at least one finished run to export.").toStdString());
    checkWritable(path.toStdString()); // now, so that what is wrong shows at once
    job_.cancel();
    path_ = path;
    total_ = int(jobs.size());
    job_.start([jobs = std::move(jobs), file = path.toStdString()](std::stop_token stop, const auto& post) mutable {
        std::vector<BundledRun> bundle;
        for (Job& job : jobs) {
            if (!job.run.parameters) // a kept run: its weights are read here, not in the window
                job.run.parameters = std::make_shared<const Parameters>(
                    loadModelIsolated(job.readFrom.toStdString(), true, stop).parameters);
            bundle.push_back(std::move(job.run));
            post(int(bundle.size()));
        }
        if (stop.stop_requested())
            return;
        saveRunBundle(file, bundle);
    });
}

} // namespace catnet::ui
