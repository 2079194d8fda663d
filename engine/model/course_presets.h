#pragma once

#include "engine/training/training_types.h"

#include <array>
#include <string_view>

namespace catnet {

// The course's two models (SPEC §6): lr 0.0075, 2500 iterations, seed 1.
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

inline std::array<CoursePreset, 2> coursePresets() {
    return {{{"2-layer (course)", twoLayerCourseConfig()}, {"L-layer (course)", lLayerCourseConfig()}}};
}

} // namespace catnet
