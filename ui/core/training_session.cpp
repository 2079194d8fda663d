#include "ui/core/training_session.h"

#include "engine/inspect/activation_tap.h"
#include "engine/io/split_features.h"
#include "engine/training/trainer.h"

#include <optional>

namespace catnet::ui {

TrainingSession::TrainingSession(QObject* parent)
    : QObject(parent), job_([this](std::vector<Mail>& batch) { deliver(batch); },
                            [this](const std::string&) {
                                // The job catches everything itself: its result is always there.
                                if (std::optional<SessionResult> result = std::exchange(result_, std::nullopt))
                                    emit finished(*result);
                            }) {}

bool TrainingSession::start(int runId, const TrainConfig& config, std::shared_ptr<const Dataset> data, bool paused) {
    if (job_.isRunning() || !data)
        return false;
    points_.clear();
    signals_.clear();
    heldOut_.clear();
    frames_.clear();
    result_.reset();
    if (paused)
        gate_.pause();
    else
        gate_.resume();
    job_.start([this, runId, config, data = std::move(data), withFrames = framesWanted_](std::stop_token stop,
                                                                                       const auto& post) {
        SessionResult outcome;
        outcome.runId = runId;
        outcome.data = data;
        try {
            const ProgressCallback record = [&post](int iteration, double cost) { post(CostPoint{iteration, cost}); };
            const SignalCallback recordSignals = [&post](const SignalPoint& point) { post(point); };
            const HeldOutCallback recordHeldOut = [&post](const HeldOutPoint& point) { post(point); };
            // The window holds pixels only: the features live as long as the run trains.
            Matrix madeTrain, madeTest;
            const Matrix& X = featuresOf(data->train, madeTrain);
            // The test set is never learned from; its cost and accuracy are recorded beside.
            const HeldOut test{featuresOf(data->test, madeTest), data->test.Y};
            const bool hasTest = data->test.count() > 0 && test.X.rows() == X.rows();
            // The gate's frames are this thread's alone (Pause and Step touch the rest).
            std::optional<ActivationTap> frames;
            gate_.watchFrames(0, nullptr);
            if (withFrames && hasTest && config.layerDims.size() > 2) {
                frames.emplace(X, test.X, [&post](ActivationFrame frame) { post(std::move(frame)); });
                frames->watch(gate_, frameInterval(config.iterations, config.reportEvery,
                                                   activationFrameBytes(config.layerDims, X.cols(), test.X.cols())));
            }
            outcome.result = train(config, X, data->train.Y, record, stop, &gate_, recordSignals,
                                   hasTest ? &test : nullptr, recordHeldOut);
            gate_.watchFrames(0, nullptr);
            if (frames)
                frames->finish(*outcome.result);
            outcome.train = evaluate(outcome.result->parameters, X, data->train.Y);
            outcome.test = evaluate(outcome.result->parameters, test.X, data->test.Y);
        } catch (const std::bad_alloc&) {
            outcome.result.reset();
            outcome.error = "ran out of memory; use fewer images or smaller layers";
        } catch (const std::exception& e) {
            outcome.result.reset();
            outcome.error = e.what();
        }
        post(std::move(outcome));
    });
    return true;
}

void TrainingSession::deliver(std::vector<Mail>& batch) {
    for (Mail& mail : batch) {
        if (auto* point = std::get_if<CostPoint>(&mail))
            points_.push_back(*point);
        else if (auto* signal = std::get_if<SignalPoint>(&mail))
            signals_.push_back(std::move(*signal));
        else if (auto* heldOut = std::get_if<HeldOutPoint>(&mail))
            heldOut_.push_back(*heldOut);
        else if (auto* frame = std::get_if<ActivationFrame>(&mail))
            frames_.push_back(std::move(*frame));
        else
            result_ = std::move(std::get<SessionResult>(mail));
    }
}

} // namespace catnet::ui
