#pragma once

#include "trainer.h"

#include <QChartView>

#include <map>

class QLineSeries;
class QValueAxis;

namespace catnet::ui {

// The cost curves of every run, one named series each, so runs can be compared.
// Points are replaced in bulk (QLineSeries::replace), never appended one by one,
// and long histories are thinned to at most kMaxPointsPerSeries on screen.
class CostChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxPointsPerSeries = 2000;

    explicit CostChart(QWidget* parent = nullptr);

    void setCosts(int runId, const QString& name, const QColor& colour, const std::vector<CostPoint>& costs);
    void removeRun(int runId);
    void highlight(int runId);
    // Points currently plotted for a run (after thinning), for tests.
    int pointCount(int runId) const;
    QList<QPointF> points(int runId) const;

private:
    void fitAxes();

    std::map<int, QLineSeries*> series_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
};

} // namespace catnet::ui
