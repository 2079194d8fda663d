#include "ui/widgets/parallel_coordinates_view.h"

#include "ui/widgets/colour_scales.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {

constexpr double kMargin = 16.0;
constexpr double kTitleHeight = 34.0;  // two lines of an axis title above it
constexpr double kLabelWidth = 64.0;   // value labels left of the first axis, right of the others
constexpr double kAxisGrabPixels = 14.0;
constexpr double kLinePickPixels = 5.0;

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
    const QPointF ab = b - a;
    const double length = QPointF::dotProduct(ab, ab);
    const double t = length > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

ParallelCoordinatesView::ParallelCoordinatesView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setToolTip(tr("Drag along an axis to keep only the runs in that range; click an axis to clear it. "
                  "Click a line to open that run."));
}

void ParallelCoordinatesView::setAxes(std::vector<Axis> axes) {
    axes_ = std::move(axes);
    brushes_.assign(axes_.size(), std::nullopt);
    lines_.clear();
    update();
}

void ParallelCoordinatesView::setLine(std::size_t index, std::vector<std::size_t> position, double shade, bool marked,
                                      const QString& toolTip) {
    if (index >= lines_.size())
        lines_.resize(index + 1);
    lines_[index] = {std::move(position), shade, marked, true, toolTip};
    update();
}

void ParallelCoordinatesView::setBrush(std::size_t axis, std::optional<Brush> brush) {
    if (axis >= brushes_.size())
        return;
    if (brush && brush->from > brush->to)
        std::swap(brush->from, brush->to);
    brushes_[axis] = brush;
    update();
    emit brushesChanged();
}

std::optional<ParallelCoordinatesView::Brush> ParallelCoordinatesView::brush(std::size_t axis) const {
    return axis < brushes_.size() ? brushes_[axis] : std::nullopt;
}

bool ParallelCoordinatesView::isSelected(std::size_t index) const {
    if (index >= lines_.size() || !lines_[index].set)
        return false;
    const Line& line = lines_[index];
    for (std::size_t a = 0; a < brushes_.size() && a < line.position.size(); ++a)
        if (brushes_[a] && (double(line.position[a]) < brushes_[a]->from || double(line.position[a]) > brushes_[a]->to))
            return false;
    return true;
}

QRectF ParallelCoordinatesView::plotArea() const {
    return QRectF(kMargin + kLabelWidth, kMargin + kTitleHeight, width() - 2 * (kMargin + kLabelWidth),
                  height() - 2 * kMargin - kTitleHeight);
}

double ParallelCoordinatesView::axisX(std::size_t axis) const {
    const QRectF area = plotArea();
    return axes_.size() < 2 ? area.center().x() : area.left() + area.width() * double(axis) / double(axes_.size() - 1);
}

double ParallelCoordinatesView::valueY(std::size_t axis, double position) const {
    const QRectF area = plotArea();
    const qsizetype values = axis < axes_.size() ? axes_[axis].labels.size() : 1;
    return values < 2 ? area.center().y() : area.bottom() - area.height() * position / double(values - 1);
}

double ParallelCoordinatesView::positionAt(std::size_t axis, double y) const {
    const QRectF area = plotArea();
    const qsizetype values = axes_[axis].labels.size();
    if (values < 2 || area.height() <= 0)
        return 0.0;
    return std::clamp((area.bottom() - y) / area.height() * double(values - 1), -0.5, double(values) - 0.5);
}

std::optional<std::size_t> ParallelCoordinatesView::axisNear(double x) const {
    for (std::size_t a = 0; a < axes_.size(); ++a)
        if (std::abs(x - axisX(a)) <= kAxisGrabPixels)
            return a;
    return std::nullopt;
}

QColor ParallelCoordinatesView::lineColour(std::size_t index) const {
    const Line& line = lines_[index];
    QColor colour = line.marked ? QColor(0x999999) : viridis(line.shade);
    if (!isSelected(index))
        colour = palette().color(QPalette::Mid);
    return colour;
}

std::optional<std::size_t> ParallelCoordinatesView::lineAt(const QPointF& point) const {
    std::optional<std::size_t> nearest;
    double best = kLinePickPixels;
    for (std::size_t k = 0; k < lines_.size(); ++k) {
        if (!lines_[k].set)
            continue;
        for (std::size_t a = 0; a + 1 < axes_.size() && a + 1 < lines_[k].position.size(); ++a) {
            const double d =
                distanceToSegment(point, {axisX(a), valueY(a, double(lines_[k].position[a]))},
                                  {axisX(a + 1), valueY(a + 1, double(lines_[k].position[a + 1]))});
            // A selected line wins a tie with a faded one under it.
            if (d < best || (d <= best && nearest && isSelected(k) && !isSelected(*nearest))) {
                best = d;
                nearest = k;
            }
        }
    }
    return nearest;
}

void ParallelCoordinatesView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette colours = palette();
    const auto drawLine = [&](std::size_t k) {
        const Line& line = lines_[k];
        QPainterPath path;
        for (std::size_t a = 0; a < axes_.size() && a < line.position.size(); ++a) {
            const QPointF point(axisX(a), valueY(a, double(line.position[a])));
            a == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        QPen pen(lineColour(k), isSelected(k) ? 2.0 : 1.0, line.marked ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawPath(path);
    };
    // Faded lines first, so the brushed ones lie on top.
    for (std::size_t k = 0; k < lines_.size(); ++k)
        if (lines_[k].set && !isSelected(k))
            drawLine(k);
    for (std::size_t k = 0; k < lines_.size(); ++k)
        if (isSelected(k))
            drawLine(k);

    const QFontMetrics metrics = fontMetrics();
    for (std::size_t a = 0; a < axes_.size(); ++a) {
        const double x = axisX(a);
        const QRectF area = plotArea();
        if (brushes_[a]) {
            const double top = valueY(a, brushes_[a]->to + 0.25), bottom = valueY(a, brushes_[a]->from - 0.25);
            QColor fill = colours.color(QPalette::Highlight);
            fill.setAlpha(70);
            painter.fillRect(QRectF(x - 7, top, 14, bottom - top), fill);
        }
        painter.setPen(QPen(colours.color(QPalette::WindowText), 1.5));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        const QRectF title(x - 90, kMargin, 180, kTitleHeight - 4);
        painter.drawText(title, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, axes_[a].title);
        const bool left = a == 0;
        for (qsizetype v = 0; v < axes_[a].labels.size(); ++v) {
            const double y = valueY(a, double(v));
            painter.drawLine(QPointF(x - 4, y), QPointF(x + 4, y));
            const QString label = metrics.elidedText(axes_[a].labels[v], Qt::ElideMiddle, int(kLabelWidth) - 8);
            const QRectF box = left ? QRectF(x - kLabelWidth, y - 10, kLabelWidth - 7, 20)
                                    : QRectF(x + 7, y - 10, kLabelWidth - 7, 20);
            painter.drawText(box, (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, label);
        }
    }
}

void ParallelCoordinatesView::mousePressEvent(QMouseEvent* event) {
    pressPoint_ = event->position();
    dragAxis_ = axisNear(event->position().x());
    if (dragAxis_)
        dragStart_ = positionAt(*dragAxis_, event->position().y());
}

void ParallelCoordinatesView::mouseMoveEvent(QMouseEvent* event) {
    if (dragAxis_ && (event->buttons() & Qt::LeftButton)) {
        const double now = positionAt(*dragAxis_, event->position().y());
        setBrush(*dragAxis_, Brush{std::min(dragStart_, now), std::max(dragStart_, now)});
    }
}

void ParallelCoordinatesView::mouseReleaseEvent(QMouseEvent* event) {
    const bool click = (event->position() - pressPoint_).manhattanLength() < 4;
    if (dragAxis_ && click)
        setBrush(*dragAxis_, std::nullopt); // a click on an axis clears its brush
    else if (!dragAxis_ && click)
        if (const auto line = lineAt(event->position()))
            emit lineActivated(*line);
    dragAxis_.reset();
}

bool ParallelCoordinatesView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const auto line = lineAt(help->pos()))
            QToolTip::showText(help->globalPos(), lines_[*line].toolTip, this);
        else
            QToolTip::showText(help->globalPos(), toolTip(), this);
        return true;
    }
    return QWidget::event(event);
}

QSize ParallelCoordinatesView::sizeHint() const {
    return {int(160 * std::max<std::size_t>(axes_.size(), 2)) + 2 * int(kMargin + kLabelWidth), 360};
}

QSize ParallelCoordinatesView::minimumSizeHint() const {
    return {int(90 * std::max<std::size_t>(axes_.size(), 2)) + 2 * int(kMargin + kLabelWidth), 200};
}

} // namespace catnet::ui
