#include "ui/core/landscape_worker.h"

#include "engine/io/split_features.h"

namespace catnet::ui {

namespace {
constexpr int kSurfaceGrid = 31;
constexpr double kSurfaceSpan = 1.0;
} // namespace

LandscapeWorker::LandscapeWorker(QObject* parent)
    : QObject(parent),
      lineJob_(decltype(lineJob_)::oneByOne([this](LossLine& line) { emit lineReady(line); }),
               [this](const std::string& failure) {
                   if (!failure.empty())
                       emit failed(QString::fromStdString(failure));
               }),
      surfaceJob_(
          decltype(surfaceJob_)::oneByOne([this](SurfaceMail& mail) {
              if (!mail.surface) {
                  emit surfaceProgress(mail.share);
                  return;
              }
              surfaceDelivered_ = true;
              emit surfaceReady(*mail.surface);
          }),
          [this](const std::string& failure) {
              if (!surfaceDelivered_)
                  emit surfaceReady(LossSurface{{}, {}, true}); // ends the job for the view
              if (!failure.empty())
                  emit failed(QString::fromStdString(failure));
          }) {}

void LandscapeWorker::computeLine(std::shared_ptr<const Parameters> initial, std::shared_ptr<const Parameters> trained,
                                  std::shared_ptr<const Dataset> data) {
    lineJob_.start([initial = std::move(initial), trained = std::move(trained), data = std::move(data)](
                       std::stop_token, const auto& post) {
        // Short (two products with X per set, then small work): not stopped midway.
        Matrix madeTrain, madeTest; // the window holds pixels only (split_features.h)
        post(lossAlongLine(*initial, *trained, featuresOf(data->train, madeTrain), data->train.Y,
                           featuresOf(data->test, madeTest), data->test.Y));
    });
}

void LandscapeWorker::computeSurface(std::shared_ptr<const Parameters> at, std::shared_ptr<const Dataset> data,
                                     std::uint32_t seed) {
    surfaceDelivered_ = false;
    surfaceJob_.start([at = std::move(at), data = std::move(data), seed](std::stop_token stop, const auto& post) {
        const auto progress = [&post](double share) { post({share, std::nullopt}); };
        Matrix made;
        post({1.0, lossSurface(*at, featuresOf(data->train, made), data->train.Y, seed, kSurfaceGrid, kSurfaceSpan,
                               progress, stop)});
    });
}

void LandscapeWorker::finishNow() {
    lineJob_.finishNow();
    surfaceJob_.finishNow();
}

} // namespace catnet::ui
