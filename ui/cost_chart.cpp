#include "cost_chart.h"

#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

CostChart::CostChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart;
    chart->setTitle(tr("Cost per iteration"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    xAxis_ = new QValueAxis(chart);
    xAxis_->setTitleText(tr("iteration"));
    xAxis_->setLabelFormat("%d");
    xAxis_->setRange(0, 2500);
    yAxis_ = new QValueAxis(chart);
    yAxis_->setTitleText(tr("cost"));
    yAxis_->setRange(0, 1);
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setToolTip(tr("The cross-entropy cost J of each run, recorded every report interval"));
}

void CostChart::setCosts(int runId, const QString& name, const QColor& colour,
                         const std::vector<CostPoint>& costs) {
    QLineSeries*& series = series_[runId];
    if (!series) {
        series = new QLineSeries(chart());
        chart()->addSeries(series);
        series->attachAxis(xAxis_);
        series->attachAxis(yAxis_);
        QPen pen(colour);
        pen.setWidthF(2.0);
        series->setPen(pen);
    }
    series->setName(name);
    const std::size_t stride = std::max<std::size_t>(1, (costs.size() + kMaxPointsPerSeries - 1) / kMaxPointsPerSeries);
    QList<QPointF> points;
    points.reserve(qsizetype(costs.size() / stride + 2));
    for (std::size_t i = 0; i < costs.size(); i += stride)
        points.append(QPointF(costs[i].iteration, costs[i].cost));
    if (!costs.empty() && (costs.size() - 1) % stride != 0)
        points.append(QPointF(costs.back().iteration, costs.back().cost)); // always show the latest
    series->replace(points);
    fitAxes();
}

void CostChart::removeRun(int runId) {
    const auto found = series_.find(runId);
    if (found == series_.end())
        return;
    chart()->removeSeries(found->second);
    delete found->second;
    series_.erase(found);
    fitAxes();
}

void CostChart::highlight(int runId) {
    for (auto& [id, series] : series_) {
        QPen pen = series->pen();
        pen.setWidthF(id == runId ? 3.0 : 1.5);
        series->setPen(pen);
    }
}

int CostChart::pointCount(int runId) const {
    const auto found = series_.find(runId);
    return found == series_.end() ? 0 : int(found->second->count());
}

QList<QPointF> CostChart::points(int runId) const {
    const auto found = series_.find(runId);
    return found == series_.end() ? QList<QPointF>() : found->second->points();
}

void CostChart::fitAxes() {
    double maxIteration = 1.0;
    double maxCost = 0.0;
    for (const auto& [id, series] : series_) {
        for (const QPointF& point : series->points()) {
            maxIteration = std::max(maxIteration, point.x());
            if (std::isfinite(point.y()))
                maxCost = std::max(maxCost, point.y());
        }
    }
    xAxis_->setRange(0, maxIteration);
    yAxis_->setRange(0, maxCost > 0 ? maxCost * 1.05 : 1.0);
}

} // namespace catnet::ui
