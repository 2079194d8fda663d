#include "ui/core/frame_replay.h"

#include "engine/inspect/activation_tap.h"
#include "engine/io/split_features.h"
#include "engine/training/trainer.h"
#include "ui/core/trained_run.h"

#include <QLocale>

namespace catnet::ui {

FrameReplay::FrameReplay(Taken taken, QObject* parent)
    : QObject(parent), taken_(taken), job_(
                           [this](std::vector<Mail>& batch) {
                               for (Mail& mail : batch) {
                                   if (mail.frame)
                                       frames_.push_back(std::move(*mail.frame));
                                   if (mail.distribution)
                                       distributions_.push_back(std::move(*mail.distribution));
                                   notItsOwn_ = notItsOwn_ || mail.notItsOwn;
                               }
                               emit framesAdded();
                           },
                           [this](const std::string& failure) { emit finished(QString::fromStdString(failure)); }) {}

void FrameReplay::stop() {
    if (!job_.isRunning())
        return;
    stopped_ = true;
    job_.requestStop();
}

QString FrameReplay::endText(const QString& failure) const {
    if (stopped_)
        return frameCount() == 0 ? tr("Stopped before the first frame.")
                                 : tr("Stopped: the first %1 frames of the run are shown.").arg(frameCount());
    if (!failure.isEmpty())
        return tr("Could not train the run again: %1").arg(failure);
    if (notItsOwn_)
        return tr("Trained again with its settings, this run does not end at its own weights (a model made some "
                  "other way): the frames shown are not its own.");
    if (frameCount() == 0)
        return {};
    return tr("%1 frames: every %2 iterations, and the trained network last.")
        .arg(frameCount())
        .arg(QLocale().toString(every_));
}

QString FrameReplay::start(std::shared_ptr<const TrainedRun> run, std::shared_ptr<const Dataset> data) {
    job_.cancel();
    stopped_ = false;
    frames_.clear();
    distributions_.clear();
    notItsOwn_ = false;
    runId_ = 0;
    if (!run || !data)
        return tr("Train a run first.");
    if (run->running)
        return tr("The run is still training: its frames are shown once it ends.");
    if (run->measuredElsewhere())
        return tr("This run was trained on %1, not on the data set open now: open that data to see its frames.")
            .arg(run->measuredOnText());
    if (run->config.layerDims.size() < 3)
        return tr("This network has no hidden layer: there is nothing in between to look at.");
    runId_ = run->id;
    TrainConfig config = run->config;
    config.iterations = run->iterationsRun;
    iterations_ = run->iterationsRun;
    const std::size_t frameBytes =
        taken_ == Taken::Activations
            ? activationFrameBytes(config.layerDims, data->train.count(), data->test.count())
            : sizeof(DistributionFrame) + config.layerDims.size() * sizeof(LayerDistribution);
    every_ = frameInterval(iterations_, config.reportEvery, frameBytes);
    job_.start([config, data, every = every_, own = run->parameters, taken = taken_](std::stop_token stop,
                                                                                    const auto& post) {
        Matrix madeTrain, madeTest; // the window holds pixels only (split_features.h)
        const Matrix& X = featuresOf(data->train, madeTrain);
        const Matrix& testX = featuresOf(data->test, madeTest);
        IterationGate gate;
        ActivationTap frames(X, testX, [&post](ActivationFrame frame) { post({std::move(frame), {}, false}); });
        int lastMeasured = -1;
        const auto measure = [&](int iteration, const Parameters& parameters) {
            lastMeasured = iteration;
            for (const Matrix& W : parameters.W)
                if (!W.allFinite()) // a diverging run's last steps are not worth a frame
                    return;
            post({std::nullopt, measureDistributions(iteration, parameters, X, data->train.Y), false});
        };
        if (taken == Taken::Activations)
            frames.watch(gate, every);
        else
            gate.watchFrames(every, [&](const RunFrame& frame) { measure(frame.iteration(), frame.parameters()); });
        // Given as held-out images, the test set's frames come from the first layer's
        // kept products too.
        const HeldOut test{testX, data->test.Y};
        const bool hasTest = testX.cols() > 0 && testX.rows() == X.rows();
        const TrainResult result = train(config, X, data->train.Y, {}, stop, &gate, {}, hasTest ? &test : nullptr);
        if (stop.stop_requested())
            return;
        if (taken == Taken::Activations)
            frames.finish(result);
        else if (result.iterationsRun != lastMeasured)
            measure(result.iterationsRun, result.parameters);
        // A loaded model's settings may not be how its weights were made: then the frames
        // are another run's, and the learner is told so.
        if (own && result.outcome != Outcome::Diverged)
            for (std::size_t l = 0; l < own->W.size(); ++l)
                if ((own->W[l] - result.parameters.W[l]).cwiseAbs().maxCoeff() >
                    1e-6 * (1.0 + own->W[l].cwiseAbs().maxCoeff())) {
                    post({std::nullopt, std::nullopt, true});
                    return;
                }
    });
    emit started();
    return {};
}

} // namespace catnet::ui
