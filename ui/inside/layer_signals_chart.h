#pragma once

#include "ui/core/trained_run.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace catnet::ui {

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

private:
    void refresh();

    std::shared_ptr<const TrainedRun> run_;
    QComboBox* measure_;
    QLabel* note_;
    QChartView* view_;
    QValueAxis* xAxis_;
    QValueAxis* linearAxis_;
    QLogValueAxis* logAxis_;
    std::vector<QLineSeries*> series_;
};

} // namespace catnet::ui
