#include "ui/core/frame_replay.h"

#include "engine/io/split_features.h"
#include "engine/training/trainer.h"
#include "ui/core/trained_run.h"

namespace catnet::ui {

namespace {

bool finite(const ActivationFrame& frame) {
    return frame.trainP.allFinite() && frame.testP.allFinite();
}

} // namespace

FrameReplay::FrameReplay(QObject* parent)
    : QObject(parent), job_(
                           [this](std::vector<Mail>& batch) {
                               for (Mail& mail : batch) {
                                   if (mail.frame)
                                       frames_.push_back(std::move(*mail.frame));
                                   notItsOwn_ = notItsOwn_ || mail.notItsOwn;
                               }
                               emit framesAdded();
                           },
                           [this](const std::string& failure) { emit finished(QString::fromStdString(failure)); }) {}

QString FrameReplay::start(std::shared_ptr<const TrainedRun> run, std::shared_ptr<const Dataset> data) {
    job_.cancel();
    frames_.clear();
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
    every_ = frameInterval(iterations_, config.reportEvery,
                           activationFrameBytes(config.layerDims, data->train.count(), data->test.count()));
    job_.start([config, data, every = every_, own = run->parameters](std::stop_token stop, const auto& post) {
        Matrix madeTrain, madeTest; // the window holds pixels only (split_features.h)
        const Matrix& X = featuresOf(data->train, madeTrain);
        const Matrix& testX = featuresOf(data->test, madeTest);
        IterationGate gate;
        int lastPosted = -1;
        const auto capture = [&](int iteration, const Parameters& parameters) {
            ActivationFrame frame = captureActivations(iteration, parameters, X, testX);
            if (finite(frame)) // a diverging run's last steps are not worth a frame
                post({std::move(frame), false});
            lastPosted = iteration;
        };
        gate.watchFrames(every, capture);
        const TrainResult result = train(config, X, data->train.Y, {}, stop, &gate);
        if (stop.stop_requested())
            return;
        if (result.iterationsRun != lastPosted) // the trained parameters, the last frame
            capture(result.iterationsRun, result.parameters);
        // A loaded model's settings may not be how its weights were made: then the frames
        // are another run's, and the learner is told so.
        if (own && result.outcome != Outcome::Diverged)
            for (std::size_t l = 0; l < own->W.size(); ++l)
                if ((own->W[l] - result.parameters.W[l]).cwiseAbs().maxCoeff() >
                    1e-6 * (1.0 + own->W[l].cwiseAbs().maxCoeff())) {
                    post({std::nullopt, true});
                    return;
                }
    });
    return {};
}

} // namespace catnet::ui
