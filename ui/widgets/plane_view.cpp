#include "ui/widgets/plane_view.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {
const QColor kNonCat(0x0072B2), kCat(0xE69F00); // the Projector's colours

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

PlaneView::PlaneView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QColor PlaneView::colourOf(double probability) {
    const double p = std::clamp(probability, 0.0, 1.0);
    return p < 0.5 ? mix(kNonCat, Qt::white, p / 0.5) : mix(Qt::white, kCat, (p - 0.5) / 0.5);
}

void PlaneView::setPlane(const Matrix& pCat, std::vector<double> alphas, std::vector<double> betas,
                         const std::array<QImage, 3>& corners, const std::array<QString, 3>& names) {
    pCat_ = pCat;
    alphas_ = std::move(alphas);
    betas_ = std::move(betas);
    corners_ = corners;
    names_ = names;
    // α runs right, β up: row a of the grid is column a of the picture, from the bottom.
    map_ = QImage(int(pCat.rows()), int(pCat.cols()), QImage::Format_RGB32);
    for (Eigen::Index a = 0; a < pCat.rows(); ++a)
        for (Eigen::Index b = 0; b < pCat.cols(); ++b)
            map_.setPixelColor(int(a), int(pCat.cols() - 1 - b), colourOf(pCat(a, b)));
    update();
}

void PlaneView::clear() {
    pCat_ = Matrix();
    map_ = QImage();
    update();
}

void PlaneView::setPlaceholder(const QString& text) {
    placeholder_ = text;
    update();
}

QRectF PlaneView::mapArea() const {
    const int text = fontMetrics().height();
    const double side = std::max(10.0, std::min(width() - 3.0 * text - 8, height() - 2.5 * text - 8));
    return QRectF(2.5 * text + 4, text / 2.0, side, side);
}

QPointF PlaneView::pixelOf(double alpha, double beta) const {
    const QRectF area = mapArea();
    if (alphas_.empty())
        return area.center();
    const double a0 = alphas_.front(), a1 = alphas_.back(), b0 = betas_.front(), b1 = betas_.back();
    return {area.left() + (alpha - a0) / (a1 - a0) * area.width(), area.bottom() - (beta - b0) / (b1 - b0) * area.height()};
}

std::vector<std::pair<QPointF, QPointF>> PlaneView::halfLine() const {
    std::vector<std::pair<QPointF, QPointF>> segments;
    const auto G = pCat_.rows();
    // Where the 0.5 crossing lies on the edge between two grid points.
    const auto cross = [&](QPointF p, double vp, QPointF q, double vq) {
        const double t = (0.5 - vp) / (vq - vp);
        return p + t * (q - p);
    };
    for (Eigen::Index a = 0; a + 1 < G; ++a)
        for (Eigen::Index b = 0; b + 1 < pCat_.cols(); ++b) {
            const QPointF corner[4] = {QPointF(double(a), double(b)), QPointF(double(a + 1), double(b)),
                                       QPointF(double(a + 1), double(b + 1)), QPointF(double(a), double(b + 1))};
            const double value[4] = {pCat_(a, b), pCat_(a + 1, b), pCat_(a + 1, b + 1), pCat_(a, b + 1)};
            std::vector<QPointF> crossings;
            for (int e = 0; e < 4; ++e) {
                const int f = (e + 1) % 4;
                if ((value[e] > 0.5) != (value[f] > 0.5))
                    crossings.push_back(cross(corner[e], value[e], corner[f], value[f]));
            }
            for (std::size_t c = 0; c + 1 < crossings.size(); c += 2)
                segments.emplace_back(crossings[c], crossings[c + 1]);
        }
    return segments;
}

void PlaneView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = mapArea();
    const QColor text = palette().color(QPalette::WindowText);
    if (map_.isNull()) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // Grid points at the centres of the map's pixels: the picture reaches half a step past them.
    const double step = area.width() / double(map_.width() - 1);
    painter.drawImage(area.adjusted(-step / 2, -step / 2, step / 2, step / 2), map_);
    painter.setClipRect(area);
    painter.setPen(QPen(text, 2.0));
    const auto toPixel = [&](QPointF grid) {
        return QPointF(area.left() + grid.x() * step, area.bottom() - grid.y() * step);
    };
    for (const auto& [from, to] : halfLine())
        painter.drawLine(toPixel(from), toPixel(to));
    painter.setClipping(false);
    painter.setPen(text);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    // Ticks at −0.5, 0, 0.5, 1, 1.5 on both axes.
    for (double value = alphas_.front(); value <= alphas_.back() + 1e-9; value += 0.5) {
        const QPointF x = pixelOf(value, betas_.front()), y = pixelOf(alphas_.front(), value);
        painter.drawText(QRectF(x.x() - 30, area.bottom() + 2, 60, fontMetrics().height()), Qt::AlignCenter,
                         QString::number(value));
        painter.drawText(QRectF(0, y.y() - fontMetrics().height() / 2.0, area.left() - 4, fontMetrics().height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    painter.drawText(QRectF(area.left(), area.bottom() + fontMetrics().height() + 2, area.width(), fontMetrics().height() + 2),
                     Qt::AlignCenter, QStringLiteral("α → %1").arg(names_[1]));
    painter.save();
    painter.translate(fontMetrics().height() / 2.0, area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-area.height() / 2, -fontMetrics().height() / 2.0, area.height(), fontMetrics().height() + 2),
                     Qt::AlignCenter, QStringLiteral("β → %1").arg(names_[2]));
    painter.restore();
    // The three images at their corners of the plane.
    const QPointF at[3] = {pixelOf(0, 0), pixelOf(1, 0), pixelOf(0, 1)};
    for (int c = 0; c < 3; ++c) {
        const QRectF box(at[c].x() - 16, at[c].y() - 16, 32, 32);
        painter.drawImage(box, corners_[std::size_t(c)]);
        painter.setPen(QPen(text, 2.0));
        painter.drawRect(box);
        painter.drawText(QRectF(box.right() + 2, box.top() - 2, 120, fontMetrics().height()), Qt::AlignLeft,
                         fontMetrics().elidedText(names_[std::size_t(c)], Qt::ElideMiddle, 118));
    }
}

void PlaneView::mouseMoveEvent(QMouseEvent* event) {
    const QRectF area = mapArea();
    if (alphas_.empty() || !area.contains(event->position()))
        return emit pointHovered(0, 0, false);
    const double alpha = alphas_.front() + (event->position().x() - area.left()) / area.width() * (alphas_.back() - alphas_.front());
    const double beta = betas_.front() + (area.bottom() - event->position().y()) / area.height() * (betas_.back() - betas_.front());
    emit pointHovered(alpha, beta, true);
}

void PlaneView::leaveEvent(QEvent*) {
    emit pointHovered(0, 0, false);
}

} // namespace catnet::ui
