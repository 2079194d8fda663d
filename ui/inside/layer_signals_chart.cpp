#include "ui/inside/layer_signals_chart.h"
#include "ui/widgets/chart_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {

// Okabe–Ito: told apart with any colour vision; layer 1 first.
const QColor kLayerColours[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
                                QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x72, 0xB2),
                                QColor(0xF0, 0xE4, 0x42), QColor(0x88, 0x88, 0x88)}; // grey, not black: dark mode

double valueOf(const LayerSignals& s, LayerSignalsChart::Measure measure) {
    switch (measure) {
    case LayerSignalsChart::Measure::ActivationStd:
        return s.activationStd;
    case LayerSignalsChart::Measure::DeadShare:
        return s.deadShare;
    case LayerSignalsChart::Measure::GradientNorm:
        return s.gradientNorm;
    case LayerSignalsChart::Measure::UpdateRatio:
        return s.updateRatio;
    }
    return 0.0;
}

bool logScaled(LayerSignalsChart::Measure measure) {
    return measure == LayerSignalsChart::Measure::GradientNorm || measure == LayerSignalsChart::Measure::UpdateRatio;
}

} // namespace

LayerSignalsChart::LayerSignalsChart(QWidget* parent) : QWidget(parent) {
    measure_ = new QComboBox(this);
    measure_->setObjectName("signalMeasureCombo");
    measure_->addItems({tr("Spread of the activations: std of A[l]"), tr("Dead ReLU units: share that is 0 for every image"),
                        tr("Gradient norm ‖dW[l]‖ (log scale)"), tr("Update size ‖lr·dW[l]‖ / ‖W[l]‖ (log scale)")});
    note_ = new QLabel(this);
    note_->setObjectName("signalNote");
    note_->setWordWrap(true);
    chart_ = new ChartView(this);
    chart_->setObjectName("signalsChart");
    chart_->setHoverText([](const QLineSeries* line, QPointF point) {
        return tr("%1\niteration %2 · %3").arg(line->name()).arg(qlonglong(point.x())).arg(point.y(), 0, 'g', 4);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(measure_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note_);
    layout->addWidget(chart_, 1);
    connect(measure_, &QComboBox::currentIndexChanged, this, &LayerSignalsChart::refresh);
    refresh();
}

void LayerSignalsChart::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    refresh();
}

void LayerSignalsChart::setMeasure(Measure measure) {
    measure_->setCurrentIndex(int(measure));
}

bool LayerSignalsChart::isLogScale() const {
    return logScaled(Measure(measure_->currentIndex()));
}

QList<QPointF> LayerSignalsChart::points(int layer) const {
    if (layer < 1 || layer > int(series_.size()))
        return {};
    return chart_->points(series_[std::size_t(layer) - 1]);
}

void LayerSignalsChart::refresh() {
    const Measure measure = Measure(measure_->currentIndex());
    const std::size_t layers = run_ && !run_->layerSignals.empty() ? run_->layerSignals.front().layers.size() : 0;
    while (series_.size() > layers) {
        chart_->removeLine(series_.back());
        series_.pop_back();
    }
    while (series_.size() < layers)
        series_.push_back(chart_->addLine(tr("layer %1").arg(series_.size() + 1),
                                          kLayerColours[series_.size() % std::size(kLayerColours)]));
    chart_->setLogScale(logScaled(measure));
    ChartView::Fit fit;
    if (measure == Measure::DeadShare)
        fit.fixedY = std::pair{0.0, 1.0};
    chart_->setFit(fit);
    for (std::size_t l = 0; l < series_.size(); ++l) {
        QList<QPointF> points;
        for (const SignalPoint& point : run_->layerSignals)
            if (l < point.layers.size())
                points.append(QPointF(point.iteration, valueOf(point.layers[l], measure)));
        chart_->setPoints(series_[l], points); // a log axis leaves out the zeros
    }
    chart_->setTitles(measure_->currentText(), tr("iteration"), QString());
    if (!run_)
        note_->setText(tr("Train a model (or select a run) to see how each layer's signals change while it learns."));
    else if (layers == 0)
        note_->setText(tr("%1 has no recorded layer signals (it was saved before catnet recorded them).").arg(run_->name));
    else
        note_->setText(tr("%1: recorded at every report point. Falling gradient norms towards the first layer mean "
                          "vanishing gradients; dead ReLU units never turn on again.")
                           .arg(run_->name));
}

} // namespace catnet::ui
