#include "ui/widgets/scatter_view.h"

#include "ui/widgets/nice_scale.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {
constexpr int kPictureSize = 20; // a 64×64 image drawn as a point
}

ScatterView::ScatterView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ScatterView::setTitles(const QString& horizontal, const QString& vertical) {
    horizontal_ = horizontal;
    vertical_ = vertical;
    update();
}

void ScatterView::setRange(const QRectF& range) {
    // Round ticks at both ends, and never an empty span.
    const double width = std::max(range.width(), 1e-9), height = std::max(range.height(), 1e-9);
    const double xStep = niceStep(width), yStep = niceStep(height);
    const double left = niceFloor(range.left(), xStep), right = niceCeil(range.left() + width, xStep);
    const double bottom = niceFloor(range.top(), yStep), top = niceCeil(range.top() + height, yStep);
    range_ = QRectF(left, bottom, right - left, top - bottom);
    update();
}

void ScatterView::setPoints(QList<Point> points) {
    points_ = std::move(points);
    hovered_ = -1;
    update();
}

void ScatterView::setShowPictures(bool show) {
    showPictures_ = show;
    update();
}

void ScatterView::setTip(std::function<QString(int id)> tip) {
    tip_ = std::move(tip);
}

void ScatterView::setPlaceholder(const QString& text) {
    placeholder_ = text;
    update();
}

QRectF ScatterView::plotArea() const {
    const int text = fontMetrics().height();
    const double left = 3.2 * text + 8, bottom = 2.6 * text + 6;
    return QRectF(left, text, std::max(10.0, width() - left - text), std::max(10.0, height() - bottom - text));
}

QPointF ScatterView::toPixel(QPointF value) const {
    const QRectF area = plotArea();
    return {area.left() + (value.x() - range_.left()) / range_.width() * area.width(),
            area.bottom() - (value.y() - range_.top()) / range_.height() * area.height()};
}

double ScatterView::markerRadius() const {
    return showPictures_ ? kPictureSize / 2.0 : 4.0;
}

QPointF ScatterView::pixelOf(int id) const {
    for (const Point& point : points_)
        if (point.id == id)
            return toPixel(point.position);
    return {};
}

int ScatterView::idAt(QPointF pixel) const {
    const double reach = markerRadius() + 2.0;
    for (auto point = points_.crbegin(); point != points_.crend(); ++point) { // the topmost is drawn last
        const QPointF offset = toPixel(point->position) - pixel;
        if (std::abs(offset.x()) <= reach && std::abs(offset.y()) <= reach)
            return point->id;
    }
    return -1;
}

void ScatterView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = plotArea();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    painter.fillRect(area, palette().color(QPalette::Base));
    // Ticks and their grid lines.
    const int decimalsX = decimalsFor(niceStep(range_.width())), decimalsY = decimalsFor(niceStep(range_.height()));
    for (const double x : linearTicks(range_.left(), range_.right())) {
        const double px = toPixel({x, range_.top()}).x();
        painter.setPen(grid);
        painter.drawLine(QPointF(px, area.top()), QPointF(px, area.bottom()));
        painter.setPen(text);
        painter.drawText(QRectF(px - 40, area.bottom() + 2, 80, fontMetrics().height()), Qt::AlignCenter,
                         QString::number(x, 'f', decimalsX));
    }
    for (const double y : linearTicks(range_.top(), range_.bottom())) {
        const double py = toPixel({range_.left(), y}).y();
        painter.setPen(grid);
        painter.drawLine(QPointF(area.left(), py), QPointF(area.right(), py));
        painter.setPen(text);
        painter.drawText(QRectF(0, py - fontMetrics().height() / 2.0, area.left() - 4, fontMetrics().height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(y, 'f', decimalsY));
    }
    painter.setPen(text);
    painter.drawRect(area);
    painter.drawText(QRectF(area.left(), area.bottom() + fontMetrics().height() + 2, area.width(), fontMetrics().height() + 2),
                     Qt::AlignCenter, horizontal_);
    painter.save();
    painter.translate(fontMetrics().height() / 2.0 + 1, area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-area.height() / 2, -fontMetrics().height() / 2.0, area.height(), fontMetrics().height() + 2),
                     Qt::AlignCenter, vertical_);
    painter.restore();
    if (points_.isEmpty()) {
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    painter.setClipRect(area);
    const double radius = markerRadius();
    for (const Point& point : points_) {
        const QPointF at = toPixel(point.position);
        if (showPictures_ && !point.picture.isNull()) {
            const QRectF box(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius);
            painter.drawImage(box, point.picture);
            painter.setPen(QPen(point.colour, point.marked ? 3.0 : 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
        } else {
            painter.setPen(point.marked ? QPen(text, 2.0) : QPen(point.colour.darker(130), 0.8));
            painter.setBrush(point.colour);
            painter.drawEllipse(at, point.marked ? radius + 1.5 : radius, point.marked ? radius + 1.5 : radius);
        }
        if (point.id == hovered_) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, radius + 5, radius + 5);
        }
    }
}

void ScatterView::mouseMoveEvent(QMouseEvent* event) {
    const int id = idAt(event->position());
    if (id != hovered_) {
        hovered_ = id;
        update();
        emit pointHovered(id);
    }
    if (id >= 0 && tip_)
        QToolTip::showText(event->globalPosition().toPoint(), tip_(id), this);
    else
        QToolTip::hideText();
}

void ScatterView::leaveEvent(QEvent*) {
    if (hovered_ >= 0) {
        hovered_ = -1;
        update();
        emit pointHovered(-1);
    }
}

void ScatterView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (const int id = idAt(event->position()); id >= 0)
        emit pointActivated(id);
}

} // namespace catnet::ui
