#pragma once

#include <QList>
#include <QString>

namespace catnet::ui {

// Axis steps a reader can count in: 1, 2 or 5 times a power of ten, chosen so that
// `span` holds about `ticks` of them (0.18/0.36/0.55 becomes 0.2/0.4/0.6).
double niceStep(double span, int ticks = 5);
// The smallest multiple of `step` at or above `value`.
double niceCeil(double value, double step);
// The largest multiple of `step` at or below `value`.
double niceFloor(double value, double step);
// Decimals that show every multiple of `step` exactly (0.05 → 2, 500 → 0).
int decimalsFor(double step);
// The multiples of niceStep(high − low) from low to high.
QList<double> linearTicks(double low, double high);

// Log axes: the 1-2-5 value at or below / at or above a positive `value` (0.07 → 0.05 / 0.1).
double logFloor(double value);
double logCeil(double value);
// Ticks of a log axis from `low` to `high`: every decade, and 2 and 5 of each decade
// while the range spans at most three decades (0.05, 0.1, 0.2, 0.5, 1).
QList<double> logTicks(double low, double high);
// How every log axis labels a tick: 0.001, 0.5, 100, 1e-05, 1e+06.
QString logTickLabel(double value);

} // namespace catnet::ui
