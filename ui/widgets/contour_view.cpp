#include "ui/widgets/contour_view.h"

#include "ui/widgets/colour_scales.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {
constexpr int kAxisMargin = 28;
}

ContourView::ContourView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(200, 200);
    setToolTip(tr("The training cost around the trained weights (the cross) along two random directions, "
                  "scaled to each unit's weights: dark is low, light is high (valleys are dark); lines "
                  "separate equal steps of log(cost)"));
}

void ContourView::setValues(const Matrix& values, double extent) {
    values_ = values;
    extent_ = extent;
    low_ = std::numeric_limits<double>::infinity();
    high_ = -low_;
    for (Eigen::Index k = 0; k < values.size(); ++k)
        if (std::isfinite(values.data()[k]) && values.data()[k] > 0) {
            low_ = std::min(low_, std::log(values.data()[k]));
            high_ = std::max(high_, std::log(values.data()[k]));
        }
    if (!std::isfinite(low_)) {
        low_ = 0.0;
        high_ = 1.0;
    }
    update();
}

void ContourView::clear() {
    values_.resize(0, 0);
    update();
}

QColor ContourView::bandColour(int band) {
    return viridis((double(band) + 0.5) / kBands);
}

std::pair<double, double> ContourView::valueRange() const {
    return {std::exp(low_), std::exp(high_)};
}

int ContourView::bandOf(double value) const {
    if (!std::isfinite(value) || value <= 0)
        return kBands - 1;
    const double t = high_ > low_ ? (std::log(value) - low_) / (high_ - low_) : 0.0;
    return std::clamp(int(t * kBands), 0, kBands - 1);
}

QImage ContourView::render(int side) const {
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Base));
    const Eigen::Index n = values_.rows();
    if (n < 2 || values_.cols() != n)
        return image;
    // Bilinear interpolation of the grid at each pixel; rows of the grid go up the picture.
    std::vector<int> bands(std::size_t(side) * std::size_t(side));
    for (int y = 0; y < side; ++y) {
        const double gy = double(side - 1 - y) / double(side - 1) * double(n - 1);
        const Eigen::Index i = std::min<Eigen::Index>(Eigen::Index(gy), n - 2);
        const double fy = gy - double(i);
        for (int x = 0; x < side; ++x) {
            const double gx = double(x) / double(side - 1) * double(n - 1);
            const Eigen::Index j = std::min<Eigen::Index>(Eigen::Index(gx), n - 2);
            const double fx = gx - double(j);
            const double value = (1 - fy) * ((1 - fx) * values_(i, j) + fx * values_(i, j + 1)) +
                                 fy * ((1 - fx) * values_(i + 1, j) + fx * values_(i + 1, j + 1));
            bands[std::size_t(y) * std::size_t(side) + std::size_t(x)] = bandOf(value);
        }
    }
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int band = bands[std::size_t(y) * std::size_t(side) + std::size_t(x)];
            const bool edge = (x + 1 < side && bands[std::size_t(y) * std::size_t(side) + std::size_t(x + 1)] != band) ||
                              (y + 1 < side && bands[std::size_t(y + 1) * std::size_t(side) + std::size_t(x)] != band);
            const QColor colour = bandColour(band);
            image.setPixel(x, y, edge ? colour.darker(160).rgb() : colour.rgb());
        }
    return image;
}

void ContourView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const int side = std::max(0, std::min(width(), height()) - 2 * kAxisMargin);
    const QRect area(kAxisMargin, kAxisMargin / 2, side, side);
    if (!hasValues() || side < 10) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Compute the landscape to see it here."));
        return;
    }
    painter.drawImage(area, render(side));
    painter.setPen(QPen(Qt::white, 2));
    const QPoint centre = area.center();
    painter.drawLine(centre - QPoint(6, 0), centre + QPoint(6, 0));
    painter.drawLine(centre - QPoint(0, 6), centre + QPoint(0, 6));
    painter.setPen(palette().color(QPalette::WindowText));
    const QString low = QString::number(-extent_), high = QString::number(extent_);
    painter.drawText(QRect(area.left(), area.bottom() + 2, side, kAxisMargin), Qt::AlignLeft | Qt::AlignTop, low);
    painter.drawText(QRect(area.left(), area.bottom() + 2, side, kAxisMargin), Qt::AlignHCenter | Qt::AlignTop,
                     tr("direction η"));
    painter.drawText(QRect(area.left(), area.bottom() + 2, side, kAxisMargin), Qt::AlignRight | Qt::AlignTop, high);
    painter.save();
    painter.translate(area.left() - 4, area.bottom());
    painter.rotate(-90);
    painter.drawText(QRect(0, -kAxisMargin + 4, side, kAxisMargin - 4), Qt::AlignLeft | Qt::AlignBottom, low);
    painter.drawText(QRect(0, -kAxisMargin + 4, side, kAxisMargin - 4), Qt::AlignHCenter | Qt::AlignBottom,
                     tr("direction δ"));
    painter.drawText(QRect(0, -kAxisMargin + 4, side, kAxisMargin - 4), Qt::AlignRight | Qt::AlignBottom, high);
    painter.restore();
}

} // namespace catnet::ui
