#pragma once

#include "engine/model/parameters.h"

#include <QImage>
#include <QString>

#include <optional>

namespace catnet::ui {

// A camera frame through the same path as a dropped photo (photoFromImage: the
// Pillow-compatible resize to 64 × 64), then the network.
struct FramePrediction {
    QImage networkImage;                // what the network sees, 64 × 64
    std::optional<double> probability;  // P(cat); none without a model for 64×64×3 input
};

FramePrediction predictFrame(const QImage& frame, const Parameters* parameters);

// Saves `frame` as a PNG named after the time into `folder` (made if missing) and
// returns its path. Throws std::runtime_error with a message for the learner.
QString saveCapturedFrame(const QImage& frame, const QString& folder);

} // namespace catnet::ui
