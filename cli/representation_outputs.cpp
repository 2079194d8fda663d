#include "cli/representation_outputs.h"

#include "cli/inspection_outputs.h"
#include "engine/inspect/decision_plane.h"

#include <stdexcept>
#include <string>

namespace catnet::cli {

RepresentationOutputs::RepresentationOutputs(const TrainOptions& options, const Dataset& data)
    : options_(options), data_(data) {
    if (options.projectionFile) {
        const int hiddenLayers = int(options.config.layerDims.size()) - 2;
        if (hiddenLayers < 1)
            throw std::invalid_argument("--projection: the network has no hidden layer to look at");
        const int layer = options.projectionLayer.value_or(hiddenLayers);
        if (layer > hiddenLayers)
            throw std::invalid_argument("--projection-layer: the network's hidden layers are 1 to " +
                                        std::to_string(hiddenLayers) + ", not " + std::to_string(layer));
        projection_.emplace(layer, data.train.X, &data.test.X);
    }
    if (options.planeFile) {
        const long long images = options.planeOnTestSet ? data.test.X.cols() : data.train.X.cols();
        for (const long long image : options.planeImages)
            if (image >= images)
                throw std::invalid_argument("--plane: the " + std::string(options.planeOnTestSet ? "test" : "training") +
                                            " set has " + std::to_string(images) + " images, numbered from 0; " +
                                            std::to_string(image) + " is not one of them");
    }
    watching_ = projection_ || options.distributionsFile;
    if (watching_)
        gate_.watchFrames(options.config.reportEvery,
                          [this](const RunFrame& frame) { addFrame(frame.iteration(), frame.parameters()); });
}

void RepresentationOutputs::addFrame(int iteration, const Parameters& parameters) {
    if (projection_)
        projection_->addFrame(iteration, parameters);
    if (options_.distributionsFile)
        distributions_.push_back(measureDistributions(iteration, parameters, data_.train.X, data_.train.Y));
}

void RepresentationOutputs::write(const TrainResult& run,
                                  const std::function<void(const std::function<void()>&)>& attempt) {
    // The trained parameters are the last frame (a run stopped before an iteration has
    // already handed that iteration's over).
    const bool lastFrameTaken = projection_ ? !projection_->empty() && projection_->lastIteration() == run.iterationsRun
                                            : !distributions_.empty() && distributions_.back().iteration == run.iterationsRun;
    if (watching_ && !lastFrameTaken)
        addFrame(run.iterationsRun, run.parameters);
    if (projection_)
        attempt([&] { writeProjection(*options_.projectionFile, projection_->project()); });
    if (options_.distributionsFile)
        attempt([&] { writeDistributions(*options_.distributionsFile, distributions_); });
    if (options_.planeFile)
        attempt([&] {
            const Matrix& X = options_.planeOnTestSet ? data_.test.X : data_.train.X;
            const auto& [i, j, k] = options_.planeImages;
            writePlane(*options_.planeFile, decisionPlane(run.parameters, X, i, j, k, options_.planeGrid),
                       options_.planeImages);
        });
}

} // namespace catnet::cli
