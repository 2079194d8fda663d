#pragma once

#include <QString>

namespace catnet::ui {

// P(cat) written with `decimals` decimals, or with as many more as it takes not to land
// on the threshold the verdict compares it with: 0.50004 beside "cat" reads "0.50004",
// never "0.5000" (which is not above 0.5).
QString probabilityText(double probability, int decimals = 4, double threshold = 0.5);

// The same as a percentage without the sign: 0.50004 → "50.004", 0.731 → "73.1".
QString percentText(double probability, int decimals = 1, double threshold = 0.5);

} // namespace catnet::ui
