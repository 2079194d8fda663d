#pragma once

#include <QChartView>

#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <utility>

class QAreaSeries;
class QCategoryAxis;
class QLegendMarker;
class QLineSeries;
class QValueAxis;

namespace catnet::ui {

// The one chart of catnet: lines over a linear x axis and a linear or logarithmic y
// axis, for every view that plots values (the runs' costs, the layer signals, the loss
// along a line, the init lab). It gives every chart the same behaviour:
// - ticks on 1-2-5 steps on linear axes; on a log axis every decade (and 2 and 5 of
//   each while the range spans at most three), all labelled the same way (logTickLabel);
// - the axes fitted to the lines shown (fitAxes, with the rules of setFit);
// - a rubber band or the wheel zooms; a double click, a right click or showEverything()
//   shows every line, hidden ones too, over all their points (never QChartView's zoom
//   out past the data);
// - a click on a legend entry hides its line (the entry stays, faded) and a second
//   click brings it back;
// - hovering names the nearest point of the nearest line shown (setHoverText);
// - colours that follow the system's light or dark palette.
// Points are given and read back as they are; on a log axis the chart plots log10(y)
// against labels at the 1-2-5 values, and leaves out values ≤ 0.
class ChartView : public QChartView {
    Q_OBJECT
public:
    struct Fit {
        bool xFromZero = true; // else from the lowest x shown, rounded down to a tick
        bool yFromZero = true; // linear y only
        std::optional<std::pair<double, double>> fixedY; // e.g. 0…100 for accuracy
        double yCeiling = std::numeric_limits<double>::infinity(); // a blow-up stays off the chart
    };
    // What hovering says about a point of a line.
    using HoverText = std::function<QString(const QLineSeries* line, QPointF point)>;

    explicit ChartView(QWidget* parent = nullptr);

    // A line in the legend under `name` (empty: no entry of its own).
    QLineSeries* addLine(const QString& name, const QColor& colour, Qt::PenStyle style = Qt::SolidLine);
    // A shaded band between two of this chart's lines (from addLine), drawn over the lines
    // added before it and under those added after: a distribution's percentile range. On
    // the linear y axis; no legend entry.
    QAreaSeries* addBand(QLineSeries* lower, QLineSeries* upper, const QColor& colour);
    // `follower` has no legend entry and is hidden and shown with `leader` (a run's test curve).
    void follow(QLineSeries* follower, QLineSeries* leader);
    void removeLine(QLineSeries* line);
    // Replaces a line's points; NaN and ±∞ are left out. Refits the axes unless zoomed.
    void setPoints(QLineSeries* line, const QList<QPointF>& points);
    // The points a line shows, as given (without those a log axis cannot show).
    QList<QPointF> points(const QLineSeries* line) const;
    void setLineVisible(QLineSeries* line, bool visible);
    bool isLineVisible(const QLineSeries* line) const;
    QList<QLegendMarker*> legendMarkers(const QLineSeries* line) const;

    void setTitles(const QString& title, const QString& xTitle, const QString& yTitle);
    // Virtual: a chart may keep the wish for a measure that has no log scale.
    virtual void setLogScale(bool on);
    bool isLogScale() const { return logScale_; }
    void setFit(const Fit& fit);
    void setHoverText(HoverText text) { hoverText_ = std::move(text); }

    // Fits the axes to the lines shown unless the learner zoomed.
    void fitAxes();
    void resetZoom();
    bool isZoomed() const { return zoomed_; }
    // Every line shown again and the zoom reset: the "Show all" button, a double or a
    // right click.
    void showEverything();
    bool hasHiddenLines() const;

    // The axes: x, the linear y and the log y (whose values are log10 of the data).
    QValueAxis* xAxis() const { return xAxis_; }
    QValueAxis* yAxis() const { return yAxis_; }
    QCategoryAxis* logAxis() const { return logAxis_; }
    // The y range and ticks as data values, on whichever y axis is shown.
    std::pair<double, double> yRange() const;
    QList<double> xTicks() const;
    QList<double> yTicks() const;
    QStringList yTickLabels() const;
    // What hovering shows at a point of the view (empty: nothing near).
    QString hoverTextAt(const QPoint& viewPosition) const;

signals:
    void zoomChanged(bool zoomed);
    void lineVisibilityChanged(QLineSeries* line, bool visible);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Line {
        QList<QPointF> points; // as given, finite, and > 0 on a log axis
        QLineSeries* leader = nullptr;
        bool hidden = false;
    };
    void plot(QLineSeries* series);
    void attachY(QLineSeries* series);
    void setRanges(double xMin, double xMax, double yMin, double yMax);
    void updateTicks();
    void setZoomed(bool zoomed);
    QAbstractAxis* shownY() const;

    std::map<QLineSeries*, Line> lines_;
    Fit fit_;
    HoverText hoverText_;
    bool logScale_ = false;
    bool zoomed_ = false;
    bool fitting_ = false;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    QCategoryAxis* logAxis_;
};

} // namespace catnet::ui
