#pragma once

#include "engine/inspect/distributions.h"
#include "engine/inspect/projection.h"
#include "engine/io/dataset.h"
#include "ui/core/background_job.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace catnet::ui {

struct TrainedRun;

// A run's frames (SPEC §9: the parameters at every report point, the trained ones last)
// for the views of what it learned: the run is trained again in the background with its
// own settings (runs are exact, so it takes the same steps) and each frame is handed over
// as it comes, so that the picture builds up while it replays: its activations (the
// projector), or its distributions (W, dW, Z, A of every layer). A long run is sampled at
// most 250 times, and 256 MB in all (frameInterval).
class FrameReplay : public QObject {
    Q_OBJECT
public:
    enum class Taken { Activations, Distributions };
    explicit FrameReplay(Taken taken = Taken::Activations, QObject* parent = nullptr);

    // Replays `run` on `data`; a replay under way is dropped. Empty when it started, else
    // why it cannot (for the learner: a run trained on other data, one still training).
    QString start(std::shared_ptr<const TrainedRun> run, std::shared_ptr<const Dataset> data);
    // Ends the replay where it is; the frames so far stay (endText says it was stopped).
    void stop();
    bool isRunning() const { return job_.isRunning(); }
    // The run whose frames these are (0: none).
    int runId() const { return runId_; }
    // The frames handed over so far, in order (of the kind taken).
    const std::vector<ActivationFrame>& frames() const { return frames_; }
    const std::vector<DistributionFrame>& distributions() const { return distributions_; }
    // How many frames are in.
    std::size_t frameCount() const { return taken_ == Taken::Activations ? frames_.size() : distributions_.size(); }
    // The iterations the replayed run trains (its last frame's iteration).
    int iterations() const { return iterations_; }
    // Frames come every this many iterations.
    int frameEvery() const { return every_; }
    // Trained again with its settings, the run did not end at its own weights: a loaded
    // model made some other way. Its frames are then another run's.
    bool notItsOwn() const { return notItsOwn_; }

    // What the learner is told once the replay has ended with `failure` (empty: none): it
    // failed, the frames are not the run's own, or how many came and how far apart.
    QString endText(const QString& failure) const;
    bool endedBadly(const QString& failure) const { return !failure.isEmpty() || notItsOwn_; }

signals:
    void started();
    void framesAdded();
    // The replay ended: complete, stopped, or with `failure` (empty when none).
    void finished(const QString& failure);

private:
    struct Mail {
        std::optional<ActivationFrame> frame;
        std::optional<DistributionFrame> distribution;
        bool notItsOwn = false;
    };

    const Taken taken_;
    std::vector<ActivationFrame> frames_;
    std::vector<DistributionFrame> distributions_;
    bool notItsOwn_ = false;
    bool stopped_ = false; // by stop(), not by a new start()
    int runId_ = 0;
    int iterations_ = 0;
    int every_ = 1;
    BackgroundJob<Mail> job_;
};

} // namespace catnet::ui
