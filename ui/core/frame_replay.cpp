#include "ui/core/frame_replay.h"

#include "engine/inspect/activation_tap.h"
#include "engine/io/split_features.h"
#include "engine/training/trainer.h"
#include "ui/core/trained_run.h"

namespace catnet::ui {

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
        ActivationTap frames(X, testX, [&post](ActivationFrame frame) { post({std::move(frame), false}); });
        frames.watch(gate, every);
        // Given as held-out images, the test set's frames come from the first layer's
        // kept products too.
        const HeldOut test{testX, data->test.Y};
        const bool hasTest = testX.cols() > 0 && testX.rows() == X.rows();
        const TrainResult result = train(config, X, data->train.Y, {}, stop, &gate, {}, hasTest ? &test : nullptr);
        if (stop.stop_requested())
            return;
        frames.finish(result);
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
