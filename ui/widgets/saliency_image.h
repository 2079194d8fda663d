#pragma once

#include "engine/model/parameters.h"

#include <QImage>

class QWidget;

namespace catnet::ui {

class ColourKey;

// Saliency (inspection.h) as pictures: which pixels move P(cat), and which way.

// A 64×64 heat map of one image's 12288 saliency values (the dataset's pixel order):
// each pixel's three channel values summed; red where brightening it raises P(cat),
// blue where it lowers it, white at zero, the largest |value| at full colour.
QImage saliencyHeatMap(const Eigen::Ref<const Eigen::VectorXd>& saliency);

// `photo` with `heat` laid over it: `share` 0 shows the photo, 1 the heat map.
QImage blendOver(const QImage& photo, const QImage& heat, double share);

// A key for saliency pictures (every view that shows one has it beside the picture).
ColourKey* newSaliencyKey(QWidget* parent);

} // namespace catnet::ui
