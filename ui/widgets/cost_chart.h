#pragma once

#include "engine/training/trainer.h"
#include "ui/widgets/chart_view.h"

#include <map>
#include <optional>

class QLineSeries;

namespace catnet::ui {

// What the run chart plots against the iteration.
enum class ChartMeasure { Cost, Accuracy };

// The training curves of every run, so runs can be compared: for each run the training
// set (solid) and the test set (dashed, same colour, hidden and shown with it), as cost
// or as accuracy. The training cost is drawn from every iteration's cost when the run
// has it; long histories are thinned for drawing only (kMaxPointsPerSeries, keeping each
// stretch's lowest and highest point so spikes stay visible). Ticks, log scale, zoom,
// legend and hover are the ChartView's; hovering names the run, the iteration and the value.
class CostChart : public ChartView {
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
    // A wider line, for a curve others may lie exactly on top of: it stays visible as a
    // band around them.
    void setRunWidth(int runId, double width);
    void setMeasure(ChartMeasure measure);
    ChartMeasure measure() const { return measure_; }
    // The cost can be shown on a log scale; accuracy cannot, but the wish is kept for
    // when the cost comes back.
    void setLogScale(bool on) override;
    bool isRunVisible(int runId) const;
    void setRunVisible(int runId, bool visible);

    // The base rate: a dashed grey line at the cost of always answering P(cat) = the
    // training set's share of cats, −(p ln p + (1 − p) ln(1 − p)) (0.644 for the course's
    // 72 cats in 209), across the runs' iterations. A run whose cost settles there has
    // learned that share and nothing about the pictures. On accuracy, the accuracy of
    // always answering the larger class (65.6 %). nullopt: no line.
    void setTrainingCatShare(std::optional<double> catShare);
    QLineSeries* baseRateLine() const { return baseRate_; }

    // For tests: points currently plotted for a run's training (or test) curve, after
    // thinning; its legend entry.
    using ChartView::legendMarkers;
    using ChartView::points;
    int pointCount(int runId) const;
    QList<QPointF> points(int runId) const;
    QList<QPointF> testPoints(int runId) const;
    QList<QLegendMarker*> legendMarkers(int runId) const;

private:
    struct RunCurves {
        QLineSeries* train = nullptr;
        QLineSeries* test = nullptr;
        QString name;
        std::vector<CostPoint> costs;
        CostHistory history;
        std::vector<HeldOutPoint> heldOut;
    };
    void plot(RunCurves& curves);
    void plotBaseRate();
    QString describe(const QLineSeries* line, QPointF point) const;

    std::map<int, RunCurves> runs_;
    ChartMeasure measure_ = ChartMeasure::Cost;
    bool logWanted_ = false;
    std::optional<double> catShare_;
    QLineSeries* baseRate_ = nullptr;
};

} // namespace catnet::ui
