#include "cost_chart.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {

// Every stride-th point and always the latest, so a long run shows its whole shape.
template <typename Point, typename Value>
QList<QPointF> thinned(const std::vector<Point>& points, Value value) {
    const std::size_t stride =
        std::max<std::size_t>(1, (points.size() + CostChart::kMaxPointsPerSeries - 1) / CostChart::kMaxPointsPerSeries);
    QList<QPointF> list;
    list.reserve(qsizetype(points.size() / stride + 2));
    for (std::size_t i = 0; i < points.size(); i += stride)
        list.append(QPointF(points[i].iteration, value(points[i])));
    if (!points.empty() && (points.size() - 1) % stride != 0)
        list.append(QPointF(points.back().iteration, value(points.back())));
    return list;
}

} // namespace

CostChart::CostChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    xAxis_ = new QValueAxis(chart);
    xAxis_->setTitleText(tr("iteration"));
    xAxis_->setLabelFormat("%d");
    xAxis_->setRange(0, 2500);
    yAxis_ = new QValueAxis(chart);
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMeasure(ChartMeasure::Cost);
}

QLineSeries* CostChart::addSeries(const QColor& colour, Qt::PenStyle style) {
    auto* series = new QLineSeries(chart());
    chart()->addSeries(series);
    series->attachAxis(xAxis_);
    series->attachAxis(yAxis_);
    QPen pen(colour);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

void CostChart::setRun(int runId, const QString& name, const QColor& colour, const std::vector<CostPoint>& costs,
                       const std::vector<HeldOutPoint>& heldOut) {
    RunCurves& curves = runs_[runId];
    if (!curves.train) {
        curves.train = addSeries(colour, Qt::SolidLine);
        curves.test = addSeries(colour, Qt::DashLine);
    }
    curves.train->setName(name);
    curves.test->setName(tr("%1 (test)").arg(name));
    curves.costs = costs;
    curves.heldOut = heldOut;
    plot(curves);
    fitAxes();
}

void CostChart::plot(RunCurves& curves) {
    const bool cost = measure_ == ChartMeasure::Cost;
    if (cost)
        curves.train->replace(thinned(curves.costs, [](const CostPoint& p) { return p.cost; }));
    else
        curves.train->replace(
            thinned(curves.heldOut, [](const HeldOutPoint& p) { return 100.0 * p.trainAccuracy; }));
    curves.test->replace(thinned(curves.heldOut, [cost](const HeldOutPoint& p) {
        return cost ? p.testCost : 100.0 * p.testAccuracy;
    }));
    // A run without test figures (a model saved before they were recorded) has no dashed entry.
    const auto markers = chart()->legend()->markers(curves.test);
    for (QLegendMarker* marker : markers)
        marker->setVisible(!curves.heldOut.empty());
}

void CostChart::setMeasure(ChartMeasure measure) {
    measure_ = measure;
    const bool cost = measure == ChartMeasure::Cost;
    chart()->setTitle(cost ? tr("Cost per iteration: training set (solid) and test set (dashed)")
                           : tr("Accuracy per iteration: training set (solid) and test set (dashed)"));
    yAxis_->setTitleText(cost ? tr("cost") : tr("accuracy (%)"));
    yAxis_->setLabelFormat(cost ? "%.2f" : "%d");
    setToolTip(cost ? tr("The cross-entropy cost J of each run, recorded every report interval; the dashed "
                         "line is the same network's cost on the test set, which it never learns from")
                    : tr("The share of images each run labels correctly (P(cat) > 0.5), on the training set "
                         "(solid) and the test set (dashed): a gap between them is overfitting"));
    for (auto& [id, curves] : runs_)
        plot(curves);
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

void CostChart::fitAxes() {
    double maxIteration = 1.0;
    double maxValue = 0.0;
    for (const auto& [id, curves] : runs_) {
        for (const QLineSeries* series : {curves.train, curves.test}) {
            for (const QPointF& point : series->points()) {
                maxIteration = std::max(maxIteration, point.x());
                if (std::isfinite(point.y()))
                    maxValue = std::max(maxValue, point.y());
            }
        }
    }
    xAxis_->setRange(0, maxIteration);
    if (measure_ == ChartMeasure::Accuracy)
        yAxis_->setRange(0, 100);
    else
        yAxis_->setRange(0, maxValue > 0 ? maxValue * 1.05 : 1.0);
}

} // namespace catnet::ui
