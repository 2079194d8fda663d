#include "ui/widgets/colour_scales.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace catnet::ui {

namespace {

// Viridis at nine stops (matplotlib's values), interpolated linearly.
constexpr std::array<std::array<int, 3>, 9> kViridis{{{68, 1, 84},
                                                       {71, 44, 122},
                                                       {59, 81, 139},
                                                       {44, 113, 142},
                                                       {33, 144, 141},
                                                       {39, 173, 129},
                                                       {92, 200, 99},
                                                       {170, 220, 50},
                                                       {253, 231, 37}}};

} // namespace

QColor viridis(double share) {
    const double t = std::clamp(std::isfinite(share) ? share : 0.0, 0.0, 1.0) * double(kViridis.size() - 1);
    const std::size_t low = std::min(std::size_t(t), kViridis.size() - 2);
    const double f = t - double(low);
    const auto mix = [&](int channel) {
        return int(std::lround(kViridis[low][channel] * (1 - f) + kViridis[low + 1][channel] * f));
    };
    return QColor(mix(0), mix(1), mix(2));
}

QRgb diverging(double value) {
    if (!std::isfinite(value))
        return qRgb(128, 128, 128);
    const double v = std::clamp(value, -1.0, 1.0);
    const int fade = int(std::lround(255 * (1.0 - std::abs(v))));
    return v >= 0 ? qRgb(255, fade, fade) : qRgb(fade, fade, 255);
}

QRgb greyScale(double value) {
    const int level = std::isfinite(value) ? int(std::lround(127.5 + 127.5 * std::clamp(value, -1.0, 1.0))) : 128;
    return qRgb(level, level, level);
}

} // namespace catnet::ui
