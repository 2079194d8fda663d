#pragma once

#include "ui/core/trained_run.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineSeries;

namespace catnet::ui {

class ChartView;

// The "Signals" tab: one of the layer signals (layer_signals.h) of the current run over
// its iterations, one line per layer, so that vanishing or exploding gradients (log
// scale) and dying ReLUs become visible. Follows a running run as it records them.
class LayerSignalsChart : public QWidget {
    Q_OBJECT
public:
    enum class Measure { ActivationStd, DeadShare, GradientNorm, UpdateRatio };

    explicit LayerSignalsChart(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const TrainedRun> run);
    void setMeasure(Measure measure);
    // The plotted points of layer l (1-based), for tests.
    QList<QPointF> points(int layer) const;
    bool isLogScale() const;
    ChartView* chart() const { return chart_; }

private:
    void refresh();

    std::shared_ptr<const TrainedRun> run_;
    QComboBox* measure_;
    QLabel* note_;
    ChartView* chart_;
    std::vector<QLineSeries*> series_;
};

} // namespace catnet::ui
