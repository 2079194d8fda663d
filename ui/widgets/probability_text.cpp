#include "ui/widgets/probability_text.h"

#include <cmath>

namespace catnet::ui {

namespace {

QString withoutLandingOn(double value, int decimals, double threshold) {
    QString text = QString::number(value, 'f', decimals);
    if (!std::isfinite(value) || value == threshold)
        return text;
    for (int more = decimals + 1; more <= 15 && text.toDouble() == threshold; ++more)
        text = QString::number(value, 'f', more);
    return text;
}

} // namespace

QString probabilityText(double probability, int decimals, double threshold) {
    return withoutLandingOn(probability, decimals, threshold);
}

QString percentText(double probability, int decimals, double threshold) {
    return withoutLandingOn(100.0 * probability, decimals, 100.0 * threshold);
}

} // namespace catnet::ui
