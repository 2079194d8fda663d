#include "ui/widgets/chart_view.h"

#include "ui/widgets/nice_scale.h"
#include "ui/widgets/theme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

ChartView::ChartView(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    xAxis_ = new QValueAxis(chart);
    yAxis_ = new QValueAxis(chart);
    for (QValueAxis* axis : {xAxis_, yAxis_}) {
        axis->setTickInterval(niceStep(axis->max() - axis->min())); // before dynamic ticks: 0 would be endless
        axis->setTickAnchor(0);
        axis->setTickType(QValueAxis::TicksDynamic);
    }
    logAxis_ = new QCategoryAxis(chart);
    logAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    logAxis_->setVisible(false);
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    chart->addAxis(logAxis_, Qt::AlignLeft);
    setChart(chart);
    // A chart gives way to the views beside it (a page must fit 1280×800 without scrolling).
    setMinimumSize(240, 200);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    for (QValueAxis* axis : {xAxis_, yAxis_, static_cast<QValueAxis*>(logAxis_)})
        connect(axis, &QValueAxis::rangeChanged, this, [this] {
            if (!fitting_)
                setZoomed(true); // the rubber band or the wheel
            updateTicks();
        });
    hoverText_ = [](const QLineSeries* line, QPointF point) {
        return QStringLiteral("%1\n%2, %3").arg(line->name()).arg(point.x()).arg(point.y());
    };
    setRanges(0, 1, 0, 1);
    keepFollowingPalette(this);
}

QLineSeries* ChartView::addLine(const QString& name, const QColor& colour, Qt::PenStyle style) {
    auto* series = new QLineSeries(chart());
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(xAxis_);
    attachY(series);
    lines_[series] = {};
    for (QLegendMarker* marker : chart()->legend()->markers(series)) {
        marker->setVisible(!name.isEmpty());
        connect(marker, &QLegendMarker::clicked, this, [this, series] { setLineVisible(series, !isLineVisible(series)); });
    }
    return series;
}

QAreaSeries* ChartView::addBand(QLineSeries* lower, QLineSeries* upper, const QColor& colour) {
    auto* band = new QAreaSeries(upper, lower);
    band->setParent(chart());
    band->setBrush(colour);
    band->setPen(Qt::NoPen);
    chart()->addSeries(band);
    band->attachAxis(xAxis_);
    band->attachAxis(yAxis_);
    for (QLegendMarker* marker : chart()->legend()->markers(band))
        marker->setVisible(false);
    return band;
}

void ChartView::follow(QLineSeries* follower, QLineSeries* leader) {
    lines_.at(follower).leader = leader;
    lines_.at(follower).hidden = lines_.at(leader).hidden;
    follower->setOpacity(leader->opacity());
    for (QLegendMarker* marker : chart()->legend()->markers(follower))
        marker->setVisible(false);
}

void ChartView::removeLine(QLineSeries* line) {
    if (!lines_.erase(line))
        return;
    for (auto& [series, other] : lines_)
        if (other.leader == line)
            other.leader = nullptr;
    chart()->removeSeries(line);
    delete line;
    fitAxes();
}

void ChartView::setPoints(QLineSeries* line, const QList<QPointF>& points) {
    QList<QPointF>& kept = lines_.at(line).points;
    kept.clear();
    kept.reserve(points.size());
    for (const QPointF& point : points)
        if (std::isfinite(point.x()) && std::isfinite(point.y()))
            kept.append(point);
    plot(line);
    fitAxes();
}

QList<QPointF> ChartView::points(const QLineSeries* line) const {
    const auto found = lines_.find(const_cast<QLineSeries*>(line));
    if (found == lines_.end())
        return {};
    if (!logScale_)
        return found->second.points;
    QList<QPointF> shown;
    for (const QPointF& point : found->second.points)
        if (point.y() > 0)
            shown.append(point);
    return shown;
}

void ChartView::plot(QLineSeries* series) {
    QList<QPointF> plotted = points(series);
    if (logScale_)
        for (QPointF& point : plotted)
            point.setY(std::log10(point.y()));
    series->replace(plotted);
    // A line of one or two points (a run that diverged at once) shows as dots, not as nothing.
    series->setPointsVisible(plotted.size() < 3);
}

void ChartView::attachY(QLineSeries* series) {
    for (QAbstractAxis* axis : series->attachedAxes())
        if (axis != xAxis_)
            series->detachAxis(axis);
    series->attachAxis(shownY());
}

QAbstractAxis* ChartView::shownY() const {
    return logScale_ ? static_cast<QAbstractAxis*>(logAxis_) : yAxis_;
}

void ChartView::setLineVisible(QLineSeries* line, bool visible) {
    if (!lines_.count(line))
        return;
    // Transparent rather than hidden: Qt drops a hidden series' legend entry, and the
    // entry has to stay (faded) to bring the line back.
    for (auto& [series, other] : lines_) {
        if (series == line || other.leader == line) {
            other.hidden = !visible;
            series->setOpacity(visible ? 1.0 : 0.0);
        }
    }
    for (QLegendMarker* marker : chart()->legend()->markers(line)) {
        QColor label = palette().color(QPalette::WindowText);
        label.setAlphaF(visible ? 1.0 : 0.4);
        marker->setLabelBrush(label);
    }
    emit lineVisibilityChanged(line, visible);
    fitAxes(); // the axes follow the lines shown
}

bool ChartView::isLineVisible(const QLineSeries* line) const {
    const auto found = lines_.find(const_cast<QLineSeries*>(line));
    return found != lines_.end() && !found->second.hidden;
}

QList<QLegendMarker*> ChartView::legendMarkers(const QLineSeries* line) const {
    return chart()->legend()->markers(const_cast<QLineSeries*>(line));
}

void ChartView::setTitles(const QString& title, const QString& xTitle, const QString& yTitle) {
    chart()->setTitle(title);
    xAxis_->setTitleText(xTitle);
    yAxis_->setTitleText(yTitle);
    logAxis_->setTitleText(yTitle.isEmpty() ? QString() : tr("%1 (log scale)").arg(yTitle));
}

void ChartView::setLogScale(bool on) {
    logScale_ = on;
    yAxis_->setVisible(!on);
    logAxis_->setVisible(on);
    for (auto& [series, line] : lines_) {
        attachY(series);
        plot(series);
    }
    resetZoom();
}

void ChartView::setFit(const Fit& fit) {
    fit_ = fit;
    fitAxes();
}

void ChartView::resetZoom() {
    setZoomed(false);
    fitAxes();
}

void ChartView::showEverything() {
    for (auto& [series, line] : lines_)
        if (line.hidden && !line.leader)
            setLineVisible(series, true);
    resetZoom();
}

bool ChartView::hasHiddenLines() const {
    return std::any_of(lines_.begin(), lines_.end(), [](const auto& entry) { return entry.second.hidden; });
}

void ChartView::setZoomed(bool zoomed) {
    if (zoomed_ == zoomed)
        return;
    zoomed_ = zoomed;
    emit zoomChanged(zoomed);
}

void ChartView::fitAxes() {
    if (zoomed_)
        return;
    double xLow = std::numeric_limits<double>::infinity(), xHigh = -xLow;
    double yLow = xLow, yHigh = -xLow;
    for (const auto& [series, line] : lines_) {
        if (line.hidden)
            continue;
        for (const QPointF& point : points(series)) {
            xLow = std::min(xLow, point.x());
            xHigh = std::max(xHigh, point.x());
            if (point.y() <= fit_.yCeiling) {
                yLow = std::min(yLow, point.y());
                yHigh = std::max(yHigh, point.y());
            }
        }
    }
    if (!(xHigh >= xLow)) // nothing shown
        xLow = 0.0, xHigh = 1.0;
    if (fit_.xFromZero)
        xLow = 0.0;
    if (!(xHigh > xLow))
        xHigh = xLow + 1.0;
    const double xStep = niceStep(xHigh - xLow);
    const double xMin = fit_.xFromZero ? 0.0 : niceFloor(xLow, xStep);
    const double xMax = niceCeil(xHigh, xStep);
    if (fit_.fixedY) {
        setRanges(xMin, xMax, fit_.fixedY->first, fit_.fixedY->second);
    } else if (logScale_) {
        const bool any = yHigh > 0;
        const double low = any ? logFloor(yLow) : 0.1, high = any ? logCeil(yHigh) : 1.0;
        setRanges(xMin, xMax, low, high > low ? high : logCeil(low * 1.01));
    } else {
        if (!(yHigh >= yLow)) // nothing shown
            yLow = 0.0, yHigh = 1.0;
        if (fit_.yFromZero)
            yLow = std::min(0.0, yLow);
        if (!(yHigh > yLow))
            yHigh = yLow + (yLow == 0.0 ? 1.0 : std::abs(yLow) * 0.1);
        const double yStep = niceStep(yHigh - yLow);
        setRanges(xMin, xMax, fit_.yFromZero && yLow >= 0 ? 0.0 : niceFloor(yLow, yStep), niceCeil(yHigh, yStep));
    }
}

void ChartView::setRanges(double xMin, double xMax, double yMin, double yMax) {
    fitting_ = true;
    // Ticks first: a wide range with the last narrow range's step would lay out
    // thousands of tick items.
    xAxis_->setTickInterval(niceStep(xMax - xMin));
    xAxis_->setRange(xMin, xMax);
    if (logScale_) {
        logAxis_->setRange(std::log10(yMin), std::log10(yMax));
    } else {
        yAxis_->setTickInterval(niceStep(yMax - yMin));
        yAxis_->setRange(yMin, yMax);
    }
    fitting_ = false;
    updateTicks();
}

void ChartView::updateTicks() {
    for (QValueAxis* axis : {xAxis_, yAxis_}) {
        const double step = niceStep(axis->max() - axis->min());
        axis->setTickInterval(step);
        axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsFor(step)));
    }
    for (const QString& label : logAxis_->categoriesLabels())
        logAxis_->remove(label);
    logAxis_->setStartValue(logAxis_->min());
    for (double tick : logTicks(std::pow(10.0, logAxis_->min()), std::pow(10.0, logAxis_->max())))
        logAxis_->append(logTickLabel(tick), std::log10(tick));
}

std::pair<double, double> ChartView::yRange() const {
    if (logScale_)
        return {std::pow(10.0, logAxis_->min()), std::pow(10.0, logAxis_->max())};
    return {yAxis_->min(), yAxis_->max()};
}

QList<double> ChartView::xTicks() const {
    return linearTicks(xAxis_->min(), xAxis_->max());
}

QList<double> ChartView::yTicks() const {
    const auto [low, high] = yRange();
    return logScale_ ? logTicks(low, high) : linearTicks(low, high);
}

QStringList ChartView::yTickLabels() const {
    if (logScale_)
        return logAxis_->categoriesLabels();
    QStringList labels;
    for (double tick : yTicks())
        labels.append(QString::asprintf(qPrintable(yAxis_->labelFormat()), tick));
    return labels;
}

void ChartView::wheelEvent(QWheelEvent* event) {
    // Zooms about the point under the mouse: 1.25× per notch in, 0.8× out.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    const double factor = std::pow(1.25, notches);
    auto* y = static_cast<QValueAxis*>(shownY());
    const QPointF at = chart()->mapToValue(chart()->mapFromScene(mapToScene(event->position().toPoint())));
    const auto scaled = [factor](double centre, double low, double high) {
        return std::pair{centre - (centre - low) / factor, centre + (high - centre) / factor};
    };
    const auto [x0, x1] = scaled(at.x(), xAxis_->min(), xAxis_->max());
    const auto [y0, y1] = scaled(at.y(), y->min(), y->max());
    setZoomed(true);
    xAxis_->setRange(fit_.xFromZero ? std::max(0.0, x0) : x0, x1);
    y->setRange(y0, y1);
    event->accept();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    showEverything();
    event->accept();
}

void ChartView::mouseReleaseEvent(QMouseEvent* event) {
    // QChartView zooms out by a factor of two on a right click, to ranges like
    // iterations −1000…3000 and negative costs; here it shows everything instead.
    if (event->button() == Qt::RightButton) {
        showEverything();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

QString ChartView::hoverTextAt(const QPoint& viewPosition) const {
    const QPointF scene = mapToScene(viewPosition);
    const QLineSeries* nearest = nullptr;
    QPointF nearestPoint;
    double best = 30.0; // pixels: farther than that, nothing is named
    for (const auto& [series, line] : lines_) {
        if (line.hidden || series->count() == 0)
            continue;
        const QList<QPointF> plotted = series->points();
        const double x = chart()->mapToValue(chart()->mapFromScene(scene), series).x();
        const auto after = std::lower_bound(plotted.begin(), plotted.end(), x,
                                            [](const QPointF& p, double value) { return p.x() < value; });
        for (auto it = after == plotted.begin() ? after : after - 1; it != plotted.end() && it <= after; ++it) {
            const QPointF pixel = chart()->mapToScene(chart()->mapToPosition(*it, series));
            const double distance = std::hypot(pixel.x() - scene.x(), pixel.y() - scene.y());
            if (distance < best) {
                best = distance;
                nearest = series;
                nearestPoint = points(series)[it - plotted.begin()]; // as given, not its log
            }
        }
    }
    return nearest ? hoverText_(nearest, nearestPoint) : QString();
}

void ChartView::mouseMoveEvent(QMouseEvent* event) {
    const QString text = hoverTextAt(event->position().toPoint());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    QChartView::mouseMoveEvent(event);
}

} // namespace catnet::ui
