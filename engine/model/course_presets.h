#pragma once

#include "engine/training/training_types.h"

#include <array>
#include <string_view>

namespace catnet {

// The course's two models (SPEC §6): lr 0.0075, 2500 iterations, seed 1; and the L-layer
// model with the next course's tools as SPEC §8 checks them.
struct CoursePreset {
    std::string_view title; // "2-layer (course)"
    TrainConfig config;
};

inline TrainConfig twoLayerCourseConfig() {
    TrainConfig config;
    config.layerDims = {12288, 7, 1};
    config.init = InitScheme::Small;
    return config;
}

// TrainConfig's defaults are this run.
inline TrainConfig lLayerCourseConfig() {
    return TrainConfig{};
}

// SPEC §8's check runs: L2 λ = 0.7; dropout k = 0.86; Adam, lr 0.001, mini-batches of 64
// for 100 epochs (the cost of every epoch recorded).
inline TrainConfig lLayerWithL2Config() {
    TrainConfig config;
    config.options.l2 = 0.7;
    return config;
}
inline TrainConfig lLayerWithDropoutConfig() {
    TrainConfig config;
    config.options.keepProb = 0.86;
    return config;
}
inline TrainConfig lLayerWithAdamConfig() {
    TrainConfig config;
    config.learningRate = 0.001;
    config.iterations = 100;
    config.reportEvery = 1;
    config.options.batchSize = 64;
    config.options.optimizer = Optimizer::Adam;
    return config;
}

inline std::array<CoursePreset, 5> coursePresets() {
    return {{{"2-layer (course)", twoLayerCourseConfig()},
             {"L-layer (course)", lLayerCourseConfig()},
             {"course + L2", lLayerWithL2Config()},
             {"course + dropout", lLayerWithDropoutConfig()},
             {"course + Adam (mini-batch 64)", lLayerWithAdamConfig()}}};
}

} // namespace catnet
