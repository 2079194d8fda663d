#pragma once

#include <QColor>

namespace catnet::ui {

// The two colour scales of catnet, each drawn by one function so that a picture and its
// ColourKey always agree.

// Viridis (perceptually even, colour-blind safe): `share` 0 is dark purple, 1 light
// yellow; clamped, NaN counts as 0.
QColor viridis(double share);

// Blue (−1) through white (0) to red (+1) for signed values scaled by their largest
// |value|; clamped; NaN is grey.
QRgb diverging(double value);

// Black (−1) through grey (0) to white (+1), the first layer's units drawn as images.
QRgb greyScale(double value);

} // namespace catnet::ui
