#include "ui/widgets/cost_chart.h"

#include "ui/widgets/nice_scale.h"
#include "ui/widgets/theme.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace catnet::ui {

namespace {

// At most kMaxPointsPerSeries points: for each stretch of the curve its lowest and its
// highest point, in order, so a long run keeps its shape and its spikes. `pointAt(k)`
// gives point k of `count`; points that `keep` refuses (NaN, ≤ 0 on a log axis) are left out.
template <typename PointAt, typename Keep>
QList<QPointF> thinned(std::size_t count, PointAt pointAt, Keep keep) {
    const std::size_t buckets = CostChart::kMaxPointsPerSeries / 2;
    const std::size_t stride = std::max<std::size_t>(1, (count + buckets - 1) / buckets);
    QList<QPointF> list;
    list.reserve(qsizetype(std::min(count, std::size_t(CostChart::kMaxPointsPerSeries)) + 1));
    for (std::size_t start = 0; start < count; start += stride) {
        const std::size_t end = std::min(count, start + stride);
        std::optional<QPointF> low, high;
        for (std::size_t k = start; k < end; ++k) {
            const QPointF point = pointAt(k);
            if (!keep(point.y()))
                continue;
            if (!low || point.y() < low->y())
                low = point;
            if (!high || point.y() > high->y())
                high = point;
        }
        if (!low)
            continue;
        if (low->x() > high->x())
            std::swap(low, high);
        list.append(*low);
        if (high->x() != low->x())
            list.append(*high);
    }
    // The latest point always shows, so a live curve ends where the run stands.
    if (count > 0 && keep(pointAt(count - 1).y()) && (list.isEmpty() || list.back().x() != pointAt(count - 1).x()))
        list.append(pointAt(count - 1));
    return list;
}

} // namespace

CostChart::CostChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    xAxis_ = new QValueAxis(chart);
    xAxis_->setTitleText(tr("iteration"));
    xAxis_->setLabelFormat("%.0f");
    yAxis_ = new QValueAxis(chart);
    for (QValueAxis* axis : {xAxis_, yAxis_}) {
        axis->setTickInterval(niceStep(axis->max() - axis->min())); // before dynamic ticks: 0 would be endless
        axis->setTickAnchor(0);
        axis->setTickType(QValueAxis::TicksDynamic);
    }
    logAxis_ = new QLogValueAxis(chart);
    logAxis_->setBase(10);
    logAxis_->setMinorTickCount(8);
    logAxis_->setLabelFormat("%g");
    logAxis_->setVisible(false);
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    chart->addAxis(logAxis_, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    for (QValueAxis* axis : {xAxis_, yAxis_})
        connect(axis, &QValueAxis::rangeChanged, this, [this] {
            if (!fitting_)
                zoomed_ = true; // the rubber band or the wheel
            updateTicks();
        });
    connect(logAxis_, &QLogValueAxis::rangeChanged, this, [this] {
        if (!fitting_)
            zoomed_ = true;
    });
    setMeasure(ChartMeasure::Cost);
    setRanges(0, 2500, 0, 1);
    keepFollowingPalette(this);
}

QLineSeries* CostChart::addSeries(const QColor& colour, Qt::PenStyle style) {
    auto* series = new QLineSeries(chart());
    chart()->addSeries(series);
    series->attachAxis(xAxis_);
    attachY(series);
    QPen pen(colour);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

void CostChart::toggleRun(RunCurves& curves) {
    const bool visible = !curves.train->isVisible();
    curves.train->setVisible(visible);
    curves.test->setVisible(visible);
    // The entry stays, faded; the test curve has no entry of its own (same colour, dashed).
    for (QLegendMarker* marker : chart()->legend()->markers(curves.train)) {
        QColor label = palette().color(QPalette::WindowText);
        label.setAlphaF(visible ? 1.0 : 0.4);
        marker->setLabelBrush(label);
    }
    if (!zoomed_)
        fitAxes();
}

void CostChart::attachY(QLineSeries* series) {
    for (QAbstractAxis* axis : series->attachedAxes())
        if (axis != xAxis_)
            series->detachAxis(axis);
    series->attachAxis(logScale_ && measure_ == ChartMeasure::Cost ? static_cast<QAbstractAxis*>(logAxis_) : yAxis_);
}

void CostChart::setRun(int runId, const QString& name, const QColor& colour, const std::vector<CostPoint>& costs,
                       const std::vector<HeldOutPoint>& heldOut, const CostHistory& history,
                       const QString& legendName) {
    RunCurves& curves = runs_[runId];
    if (!curves.train) {
        curves.train = addSeries(colour, Qt::SolidLine);
        curves.test = addSeries(colour, Qt::DashLine);
        for (QLegendMarker* marker : chart()->legend()->markers(curves.train))
            connect(marker, &QLegendMarker::clicked, this, [this, runId] {
                if (const auto found = runs_.find(runId); found != runs_.end())
                    toggleRun(found->second);
            });
    }
    curves.costs = costs;
    curves.history = history;
    curves.heldOut = heldOut;
    setRunName(runId, name, legendName);
    plot(curves);
    if (!zoomed_)
        fitAxes();
}

void CostChart::setRunName(int runId, const QString& name, const QString& legendName) {
    const auto found = runs_.find(runId);
    if (found == runs_.end())
        return;
    found->second.name = name;
    found->second.train->setName(legendName.isEmpty() ? name : legendName);
    found->second.test->setName(tr("%1 (test)").arg(name));
}

void CostChart::plot(RunCurves& curves) {
    const bool cost = measure_ == ChartMeasure::Cost;
    const bool log = logScale_ && cost;
    const auto keep = [log](double y) { return std::isfinite(y) && (!log || y > 0); };
    if (cost && !curves.history.values.empty()) {
        const CostHistory& h = curves.history;
        curves.train->replace(thinned(
            h.values.size(), [&h](std::size_t k) { return QPointF(h.iterationAt(k), h.values[k]); }, keep));
    } else if (cost) {
        const auto& c = curves.costs;
        curves.train->replace(
            thinned(c.size(), [&c](std::size_t k) { return QPointF(c[k].iteration, c[k].cost); }, keep));
    } else {
        const auto& h = curves.heldOut;
        curves.train->replace(thinned(
            h.size(), [&h](std::size_t k) { return QPointF(h[k].iteration, 100.0 * h[k].trainAccuracy); }, keep));
    }
    const auto& h = curves.heldOut;
    curves.test->replace(thinned(
        h.size(),
        [&h, cost](std::size_t k) { return QPointF(h[k].iteration, cost ? h[k].testCost : 100.0 * h[k].testAccuracy); },
        keep));
    // A curve of one or two points (a run that diverged at once) shows as dots, not as nothing.
    for (QLineSeries* series : {curves.train, curves.test})
        series->setPointsVisible(series->count() < 3);
    // One legend entry per run: the dashed test curve shares its colour.
    for (QLegendMarker* marker : chart()->legend()->markers(curves.test))
        marker->setVisible(false);
}

void CostChart::setMeasure(ChartMeasure measure) {
    measure_ = measure;
    const bool cost = measure == ChartMeasure::Cost;
    chart()->setTitle(cost ? tr("Cost per iteration: training set (solid) and test set (dashed)")
                           : tr("Accuracy per iteration: training set (solid) and test set (dashed)"));
    yAxis_->setTitleText(cost ? tr("cost") : tr("accuracy (%)"));
    logAxis_->setTitleText(tr("cost (log scale)"));
    // No tooltip of its own: hovering names the nearest point instead (mouseMoveEvent).
    setWhatsThis(cost ? tr("The cross-entropy cost J of each run at every iteration; the dashed line is the same "
                           "network's cost on the test set, which it never learns from. Drag to zoom, double-click "
                           "to see everything, click a legend entry to hide or show a curve.")
                      : tr("The share of images each run labels correctly (P(cat) > 0.5), on the training set "
                           "(solid) and the test set (dashed): a gap between them is overfitting"));
    setLogScale(logScale_);
}

void CostChart::setLogScale(bool on) {
    logScale_ = on;
    const bool log = on && measure_ == ChartMeasure::Cost;
    yAxis_->setVisible(!log);
    logAxis_->setVisible(log);
    for (auto& [id, curves] : runs_) {
        attachY(curves.train);
        attachY(curves.test);
        plot(curves);
    }
    zoomed_ = false;
    fitAxes();
}

void CostChart::removeRun(int runId) {
    const auto found = runs_.find(runId);
    if (found == runs_.end())
        return;
    for (QLineSeries* series : {found->second.train, found->second.test}) {
        chart()->removeSeries(series);
        delete series;
    }
    runs_.erase(found);
    if (!zoomed_)
        fitAxes();
}

void CostChart::highlight(int runId) {
    for (auto& [id, curves] : runs_) {
        for (QLineSeries* series : {curves.train, curves.test}) {
            QPen pen = series->pen();
            pen.setWidthF(id == runId ? 3.0 : 1.5);
            series->setPen(pen);
        }
    }
}

bool CostChart::isRunVisible(int runId) const {
    const auto found = runs_.find(runId);
    return found != runs_.end() && found->second.train->isVisible();
}

QList<QLegendMarker*> CostChart::legendMarkers(int runId) const {
    const auto found = runs_.find(runId);
    if (found == runs_.end())
        return {};
    return chart()->legend()->markers(found->second.train);
}

int CostChart::pointCount(int runId) const {
    const auto found = runs_.find(runId);
    return found == runs_.end() ? 0 : int(found->second.train->count());
}

QList<QPointF> CostChart::points(int runId) const {
    const auto found = runs_.find(runId);
    return found == runs_.end() ? QList<QPointF>() : found->second.train->points();
}

QList<QPointF> CostChart::testPoints(int runId) const {
    const auto found = runs_.find(runId);
    return found == runs_.end() ? QList<QPointF>() : found->second.test->points();
}

void CostChart::resetZoom() {
    zoomed_ = false;
    fitAxes();
}

void CostChart::fitAxes() {
    double maxIteration = 1.0;
    double low = std::numeric_limits<double>::infinity(), high = 0.0;
    for (const auto& [id, curves] : runs_) {
        for (const QLineSeries* series : {curves.train, curves.test}) {
            if (!series->isVisible())
                continue; // the axes follow the curves shown
            for (const QPointF& point : series->points()) {
                maxIteration = std::max(maxIteration, point.x());
                low = std::min(low, point.y());
                high = std::max(high, point.y());
            }
        }
    }
    const double xMax = niceCeil(maxIteration, niceStep(maxIteration));
    if (measure_ == ChartMeasure::Accuracy)
        setRanges(0, xMax, 0, 100);
    else if (logScale_)
        setRanges(0, xMax, high > 0 ? std::pow(10, std::floor(std::log10(low))) : 0.01,
                  high > 0 ? std::pow(10, std::ceil(std::log10(high))) : 1.0);
    else
        setRanges(0, xMax, 0, high > 0 ? niceCeil(high, niceStep(high)) : 1.0);
}

void CostChart::setRanges(double xMin, double xMax, double yMin, double yMax) {
    fitting_ = true;
    // Ticks first: a wide range with the last narrow range's step would lay out
    // thousands of tick items.
    xAxis_->setTickInterval(niceStep(xMax - xMin));
    xAxis_->setRange(xMin, xMax);
    if (logScale_ && measure_ == ChartMeasure::Cost) {
        logAxis_->setRange(yMin, yMax);
    } else {
        yAxis_->setTickInterval(niceStep(yMax - yMin));
        yAxis_->setRange(yMin, yMax);
    }
    fitting_ = false;
    updateTicks();
}

void CostChart::updateTicks() {
    for (QValueAxis* axis : {xAxis_, yAxis_}) {
        const double step = niceStep(axis->max() - axis->min());
        axis->setTickInterval(step);
        if (axis == yAxis_)
            axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsFor(step)));
    }
}

void CostChart::wheelEvent(QWheelEvent* event) {
    // Zooms about the point under the mouse: 1.25× per notch in, 0.8× out.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    const double factor = std::pow(1.25, notches);
    const QPointF at = chart()->mapToValue(chart()->mapFromScene(mapToScene(event->position().toPoint())));
    const auto scaled = [factor](double centre, double low, double high) {
        return std::pair{centre - (centre - low) / factor, centre + (high - centre) / factor};
    };
    const auto [x0, x1] = scaled(at.x(), xAxis_->min(), xAxis_->max());
    xAxis_->setRange(std::max(0.0, x0), x1);
    if (!logScale_ || measure_ != ChartMeasure::Cost) {
        const auto [y0, y1] = scaled(at.y(), yAxis_->min(), yAxis_->max());
        yAxis_->setRange(y0, y1);
    }
    zoomed_ = true;
    event->accept();
}

void CostChart::mouseDoubleClickEvent(QMouseEvent* event) {
    resetZoom();
    event->accept();
}

QString CostChart::hoverTextAt(const QPoint& viewPosition) const {
    const QPointF scene = mapToScene(viewPosition);
    const RunCurves* nearest = nullptr;
    const QLineSeries* nearestSeries = nullptr;
    QPointF nearestPoint;
    double best = 30.0; // pixels: farther than that, nothing is named
    for (const auto& [id, curves] : runs_) {
        for (const QLineSeries* series : {curves.train, curves.test}) {
            if (!series->isVisible() || series->count() == 0)
                continue;
            const QList<QPointF> points = series->points();
            const double x = chart()->mapToValue(chart()->mapFromScene(scene), const_cast<QLineSeries*>(series)).x();
            auto after = std::lower_bound(points.begin(), points.end(), x,
                                          [](const QPointF& p, double value) { return p.x() < value; });
            for (auto it = after == points.begin() ? after : after - 1; it != points.end() && it <= after; ++it) {
                const QPointF pixel =
                    chart()->mapToScene(chart()->mapToPosition(*it, const_cast<QLineSeries*>(series)));
                const double distance = std::hypot(pixel.x() - scene.x(), pixel.y() - scene.y());
                if (distance < best) {
                    best = distance;
                    nearest = &curves;
                    nearestSeries = series;
                    nearestPoint = *it;
                }
            }
        }
    }
    if (!nearest)
        return {};
    const bool test = nearestSeries == nearest->test;
    const QString value = measure_ == ChartMeasure::Cost ? tr("cost %1").arg(nearestPoint.y(), 0, 'f', 6)
                                                         : tr("accuracy %1%").arg(nearestPoint.y(), 0, 'f', 1);
    return tr("%1%2\niteration %3 · %4")
        .arg(nearest->name, test ? tr(" (test)") : QString())
        .arg(QLocale().toString(qlonglong(nearestPoint.x())))
        .arg(value);
}

void CostChart::mouseMoveEvent(QMouseEvent* event) {
    const QString text = hoverTextAt(event->position().toPoint());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    QChartView::mouseMoveEvent(event);
}

} // namespace catnet::ui
