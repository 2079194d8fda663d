#pragma once

#include "engine/training/trainer.h"

#include <QChartView>

#include <map>

class QLegendMarker;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace catnet::ui {

// What the run chart plots against the iteration.
enum class ChartMeasure { Cost, Accuracy };

// The training curves of every run, so runs can be compared: for each run the training
// set (solid) and the test set (dashed, same colour), as cost or as accuracy.
// The training cost is drawn from every iteration's cost when the run has it; long
// histories are thinned for drawing only (kMaxPointsPerSeries, keeping each stretch's
// lowest and highest point so spikes stay visible). Ticks fall on 1-2-5 steps; the cost
// can be shown on a log scale; a rubber band or the wheel zooms, a double click or
// resetZoom() goes back; a click on a legend entry hides or shows that curve and the
// axes follow the curves shown; hovering names the nearest point of the nearest run.
class CostChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxPointsPerSeries = 2000;

    explicit CostChart(QWidget* parent = nullptr);

    // `history`, when it holds values, replaces `costs` for the training cost curve;
    // `legendName` as in setRunName.
    void setRun(int runId, const QString& name, const QColor& colour, const std::vector<CostPoint>& costs,
                const std::vector<HeldOutPoint>& heldOut = {}, const CostHistory& history = {},
                const QString& legendName = {});
    // `name` is what hovering shows; the legend shows `legendName` when one is given
    // (a short "#3" keeps many runs readable; the runs table carries the full names).
    void setRunName(int runId, const QString& name, const QString& legendName = {});
    void removeRun(int runId);
    void highlight(int runId);
    void setMeasure(ChartMeasure measure);
    ChartMeasure measure() const { return measure_; }
    void setLogScale(bool on);
    bool isLogScale() const { return logScale_; }
    bool isRunVisible(int runId) const;
    void resetZoom();
    bool isZoomed() const { return zoomed_; }

    // For tests: points currently plotted for a run's training (or test) curve, after
    // thinning; the axes; the text the hover shows at a point of the view.
    int pointCount(int runId) const;
    QList<QPointF> points(int runId) const;
    QList<QPointF> testPoints(int runId) const;
    QValueAxis* xAxis() const { return xAxis_; }
    QValueAxis* yAxis() const { return yAxis_; }
    QList<QLegendMarker*> legendMarkers(int runId) const;
    QString hoverTextAt(const QPoint& viewPosition) const;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct RunCurves {
        QLineSeries* train = nullptr;
        QLineSeries* test = nullptr;
        QString name;
        std::vector<CostPoint> costs;
        CostHistory history;
        std::vector<HeldOutPoint> heldOut;
    };
    QLineSeries* addSeries(const QColor& colour, Qt::PenStyle style);
    void toggleRun(RunCurves& curves);
    void plot(RunCurves& curves);
    void fitAxes();
    void updateTicks();
    // Sets axis ranges without counting it as the learner's zoom.
    void setRanges(double xMin, double xMax, double yMin, double yMax);
    void attachY(QLineSeries* series);

    std::map<int, RunCurves> runs_;
    ChartMeasure measure_ = ChartMeasure::Cost;
    bool logScale_ = false;
    bool zoomed_ = false;
    bool fitting_ = false;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    QLogValueAxis* logAxis_;
};

} // namespace catnet::ui
