#pragma once

#include "trainer.h"

#include <QChartView>

#include <map>

class QLineSeries;
class QValueAxis;

namespace catnet::ui {

// What the run chart plots against the iteration.
enum class ChartMeasure { Cost, Accuracy };

// The training curves of every run, so runs can be compared: for each run the training
// set (solid) and the test set (dashed, same colour), as cost or as accuracy.
// Points are replaced in bulk (QLineSeries::replace), never appended one by one,
// and long histories are thinned to at most kMaxPointsPerSeries on screen.
class CostChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxPointsPerSeries = 2000;

    explicit CostChart(QWidget* parent = nullptr);

    void setRun(int runId, const QString& name, const QColor& colour, const std::vector<CostPoint>& costs,
                const std::vector<HeldOutPoint>& heldOut = {});
    void removeRun(int runId);
    void highlight(int runId);
    void setMeasure(ChartMeasure measure);
    ChartMeasure measure() const { return measure_; }

    // Points currently plotted for a run's training (or test) curve, after thinning, for tests.
    int pointCount(int runId) const;
    QList<QPointF> points(int runId) const;
    QList<QPointF> testPoints(int runId) const;

private:
    struct RunCurves {
        QLineSeries* train = nullptr;
        QLineSeries* test = nullptr;
        std::vector<CostPoint> costs;
        std::vector<HeldOutPoint> heldOut;
    };
    QLineSeries* addSeries(const QColor& colour, Qt::PenStyle style);
    void plot(RunCurves& curves);
    void fitAxes();

    std::map<int, RunCurves> runs_;
    ChartMeasure measure_ = ChartMeasure::Cost;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
};

} // namespace catnet::ui
