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

int decimalsFor(double step) {
    if (!(step > 0) || step >= 1.0)
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 12);
}

} // namespace catnet::ui
