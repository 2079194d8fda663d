#pragma once

namespace catnet::ui {

// Axis steps a reader can count in: 1, 2 or 5 times a power of ten, chosen so that
// `span` holds about `ticks` of them (0.18/0.36/0.55 becomes 0.2/0.4/0.6).
double niceStep(double span, int ticks = 5);
// The smallest multiple of `step` at or above `value`.
double niceCeil(double value, double step);
// Decimals that show every multiple of `step` exactly (0.05 → 2, 500 → 0).
int decimalsFor(double step);

} // namespace catnet::ui
