#include "ui/widgets/nice_scale.h"

#include <algorithm>
#include <cmath>

namespace catnet::ui {

double niceStep(double span, int ticks) {
    if (!(span > 0) || !std::isfinite(span) || ticks < 1)
        return 1.0;
    const double rough = span / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / power; // in [1, 10)
    const double nice = fraction < 1.5 ? 1.0 : fraction < 3.5 ? 2.0 : fraction < 7.5 ? 5.0 : 10.0;
    return nice * power;
}

double niceCeil(double value, double step) {
    // A hair of slack so that 0.6000000001 stays 0.6, not 0.8.
    return std::ceil(value / step - 1e-9) * step;
}

double niceFloor(double value, double step) {
    return std::floor(value / step + 1e-9) * step;
}

int decimalsFor(double step) {
    if (!(step > 0) || step >= 1.0)
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 12);
}

QList<double> linearTicks(double low, double high) {
    QList<double> ticks;
    const double step = niceStep(high - low);
    if (!(high > low) || !std::isfinite(high - low))
        return ticks;
    // Counted from a whole multiple so that each tick is k·step, not a sum of rounding errors.
    for (double k = std::ceil(low / step - 1e-9); k * step <= high + step * 1e-9 && ticks.size() < 100; ++k)
        ticks.append(k * step == 0.0 ? 0.0 : k * step); // no "-0"
    return ticks;
}

namespace {

constexpr double kMantissas[] = {1.0, 2.0, 5.0};

// m · 10^exponent written exactly (5 · 10^-2 is 0.05, not 0.05000000000000001).
double scaled(double m, int exponent) {
    return exponent < 0 ? m / std::pow(10.0, -exponent) : m * std::pow(10.0, exponent);
}

int exponentOf(double value) {
    return int(std::floor(std::log10(value)));
}

} // namespace

double logFloor(double value) {
    const int exponent = exponentOf(value);
    double best = scaled(1.0, exponent);
    for (double m : kMantissas)
        if (scaled(m, exponent) <= value * (1 + 1e-12))
            best = scaled(m, exponent);
    return best;
}

double logCeil(double value) {
    const int exponent = exponentOf(value);
    for (double m : kMantissas)
        if (scaled(m, exponent) >= value * (1 - 1e-12))
            return scaled(m, exponent);
    return scaled(1.0, exponent + 1);
}

QList<double> logTicks(double low, double high) {
    QList<double> ticks;
    if (!(low > 0) || !(high > low) || !std::isfinite(high))
        return ticks;
    const bool fine = high / low <= 1000.0 * (1 + 1e-9);
    for (int exponent = exponentOf(low); exponent <= exponentOf(high); ++exponent) {
        for (double m : kMantissas) {
            if (!fine && m != 1.0)
                continue;
            const double value = scaled(m, exponent);
            if (value >= low * (1 - 1e-9) && value <= high * (1 + 1e-9))
                ticks.append(value);
        }
    }
    return ticks;
}

QString logTickLabel(double value) {
    return QString::number(value, 'g', 6);
}

} // namespace catnet::ui
