#include "ui/widgets/cost_chart.h"

#include "engine/training/learning_check.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>
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

CostChart::CostChart(QWidget* parent) : ChartView(parent) {
    setHoverText([this](const QLineSeries* line, QPointF point) { return describe(line, point); });
    setMeasure(ChartMeasure::Cost);
}

void CostChart::setRun(int runId, const QString& name, const QColor& colour, const std::vector<CostPoint>& costs,
                       const std::vector<HeldOutPoint>& heldOut, const CostHistory& history,
                       const QString& legendName) {
    RunCurves& curves = runs_[runId];
    if (!curves.train) {
        curves.train = addLine(name, colour, Qt::SolidLine);
        curves.test = addLine(QString(), colour, Qt::DashLine);
        follow(curves.test, curves.train);
    }
    curves.costs = costs;
    curves.history = history;
    curves.heldOut = heldOut;
    setRunName(runId, name, legendName);
    plot(curves);
    plotBaseRate();
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
    // Thinning sees only what the axis can show, so a log axis keeps its full budget of points.
    const auto keep = [log = isLogScale()](double y) { return std::isfinite(y) && (!log || y > 0); };
    if (cost && !curves.history.values.empty()) {
        const CostHistory& h = curves.history;
        setPoints(curves.train, thinned(
            h.values.size(), [&h](std::size_t k) { return QPointF(h.iterationAt(k), h.values[k]); }, keep));
    } else if (cost) {
        const auto& c = curves.costs;
        setPoints(curves.train,
                  thinned(c.size(), [&c](std::size_t k) { return QPointF(c[k].iteration, c[k].cost); }, keep));
    } else {
        const auto& h = curves.heldOut;
        setPoints(curves.train, thinned(
            h.size(), [&h](std::size_t k) { return QPointF(h[k].iteration, 100.0 * h[k].trainAccuracy); }, keep));
    }
    const auto& h = curves.heldOut;
    setPoints(curves.test, thinned(
        h.size(),
        [&h, cost](std::size_t k) { return QPointF(h[k].iteration, cost ? h[k].testCost : 100.0 * h[k].testAccuracy); },
        keep));
}

void CostChart::setMeasure(ChartMeasure measure) {
    measure_ = measure;
    const bool cost = measure == ChartMeasure::Cost;
    setTitles(cost ? tr("Cost per iteration: training set (solid) and test set (dashed)")
                   : tr("Accuracy per iteration: training set (solid) and test set (dashed)"),
              tr("iteration"), cost ? tr("cost") : tr("accuracy (%)"));
    Fit fit;
    if (!cost)
        fit.fixedY = std::pair{0.0, 100.0};
    setFit(fit);
    // No tooltip of its own: hovering names the nearest point instead.
    setWhatsThis(cost ? tr("The cross-entropy cost J of each run at every iteration; the dashed line is the same "
                           "network's cost on the test set, which it never learns from. Drag to zoom, double-click "
                           "to see everything, click a legend entry to hide or show a curve.")
                      : tr("The share of images each run labels correctly (P(cat) > 0.5), on the training set "
                           "(solid) and the test set (dashed): a gap between them is overfitting"));
    setLogScale(logWanted_);
}

void CostChart::setLogScale(bool on) {
    logWanted_ = on;
    ChartView::setLogScale(on && measure_ == ChartMeasure::Cost);
    for (auto& [id, curves] : runs_)
        plot(curves);
    plotBaseRate();
    resetZoom();
}

void CostChart::removeRun(int runId) {
    const auto found = runs_.find(runId);
    if (found == runs_.end())
        return;
    removeLine(found->second.test);
    removeLine(found->second.train);
    runs_.erase(found);
    plotBaseRate();
}

void CostChart::setTrainingCatShare(std::optional<double> catShare) {
    catShare_ = catShare;
    if (catShare && !baseRate_)
        baseRate_ = addLine(tr("base rate"), palette().color(QPalette::Disabled, QPalette::WindowText), Qt::DashDotLine);
    plotBaseRate();
}

void CostChart::plotBaseRate() {
    if (!baseRate_)
        return;
    double last = 0.0; // across the runs' iterations: each curve's points run in iteration order
    for (const auto& [id, curves] : runs_)
        for (const QLineSeries* line : {curves.train, curves.test})
            if (const QList<QPointF> shown = points(line); !shown.isEmpty())
                last = std::max(last, shown.back().x());
    QList<QPointF> line;
    if (catShare_ && last > 0.0) {
        const double level = measure_ == ChartMeasure::Cost ? catnet::baseRateCost(*catShare_)
                                                            : 100.0 * std::max(*catShare_, 1.0 - *catShare_);
        // Points all along, not only its ends: hovering names the nearest point.
        constexpr int kSteps = 100;
        for (int k = 0; k <= kSteps; ++k)
            line.append(QPointF(last * k / kSteps, level));
    }
    setPoints(baseRate_, line);
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

void CostChart::setRunWidth(int runId, double width) {
    const auto found = runs_.find(runId);
    if (found == runs_.end())
        return;
    for (QLineSeries* series : {found->second.train, found->second.test}) {
        QPen pen = series->pen();
        pen.setWidthF(width);
        series->setPen(pen);
    }
}

bool CostChart::isRunVisible(int runId) const {
    const auto found = runs_.find(runId);
    return found != runs_.end() && isLineVisible(found->second.train);
}

void CostChart::setRunVisible(int runId, bool visible) {
    const auto found = runs_.find(runId);
    if (found != runs_.end() && isLineVisible(found->second.train) != visible)
        setLineVisible(found->second.train, visible);
}

QList<QLegendMarker*> CostChart::legendMarkers(int runId) const {
    const auto found = runs_.find(runId);
    return found == runs_.end() ? QList<QLegendMarker*>() : legendMarkers(found->second.train);
}

int CostChart::pointCount(int runId) const {
    return int(points(runId).size());
}

QList<QPointF> CostChart::points(int runId) const {
    const auto found = runs_.find(runId);
    return found == runs_.end() ? QList<QPointF>() : points(found->second.train);
}

QList<QPointF> CostChart::testPoints(int runId) const {
    const auto found = runs_.find(runId);
    return found == runs_.end() ? QList<QPointF>() : points(found->second.test);
}

QString CostChart::describe(const QLineSeries* line, QPointF point) const {
    if (line == baseRate_ && catShare_) {
        const QString share = QLocale().toString(100.0 * *catShare_, 'f', 1);
        return measure_ == ChartMeasure::Cost
                   ? tr("Base rate: cost %1, what answering P(cat) = %2% for every picture costs (the training "
                        "set's share of cats).\nA run whose cost settles here has learned that share and nothing "
                        "about the pictures: try a smaller learning rate.")
                         .arg(point.y(), 0, 'f', 3)
                         .arg(share)
                   : tr("Base rate: accuracy %1%, what always answering the larger class scores (%2% of the "
                        "training set are cats).")
                         .arg(point.y(), 0, 'f', 1)
                         .arg(share);
    }
    const auto run = std::find_if(runs_.begin(), runs_.end(), [line](const auto& entry) {
        return entry.second.train == line || entry.second.test == line;
    });
    if (run == runs_.end())
        return {};
    const bool test = line == run->second.test;
    const QString value = measure_ == ChartMeasure::Cost ? tr("cost %1").arg(point.y(), 0, 'f', 6)
                                                         : tr("accuracy %1%").arg(point.y(), 0, 'f', 1);
    return tr("%1%2\niteration %3 · %4")
        .arg(run->second.name, test ? tr(" (test)") : QString())
        .arg(QLocale().toString(qlonglong(point.x())))
        .arg(value);
}

} // namespace catnet::ui
