#include "ui/inside/layer_signals_chart.h"
#include "ui/widgets/theme.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
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
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    xAxis_ = new QValueAxis(chart);
    xAxis_->setTitleText(tr("iteration"));
    xAxis_->setLabelFormat("%d");
    linearAxis_ = new QValueAxis(chart);
    logAxis_ = new QLogValueAxis(chart);
    logAxis_->setBase(10);
    logAxis_->setLabelFormat("%.0e");
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(linearAxis_, Qt::AlignLeft);
    chart->addAxis(logAxis_, Qt::AlignLeft);
    view_ = new QChartView(chart, this);
    view_->setObjectName("signalsChart");
    view_->setRenderHint(QPainter::Antialiasing);
    keepFollowingPalette(view_);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(measure_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note_);
    layout->addWidget(view_, 1);
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
    return series_[std::size_t(layer) - 1]->points();
}

void LayerSignalsChart::refresh() {
    const Measure measure = Measure(measure_->currentIndex());
    const bool log = logScaled(measure);
    QChart* chart = view_->chart();
    const std::size_t layers = run_ && !run_->layerSignals.empty() ? run_->layerSignals.front().layers.size() : 0;
    while (series_.size() > layers) {
        chart->removeSeries(series_.back());
        delete series_.back();
        series_.pop_back();
    }
    while (series_.size() < layers) {
        auto* series = new QLineSeries(chart);
        QPen pen(kLayerColours[series_.size() % std::size(kLayerColours)]);
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->setName(tr("layer %1").arg(series_.size() + 1));
        chart->addSeries(series);
        series_.push_back(series);
    }
    QValueAxis* shownLinear = log ? nullptr : linearAxis_;
    linearAxis_->setVisible(!log);
    logAxis_->setVisible(log);
    double low = std::numeric_limits<double>::infinity(), high = 0.0;
    int lastIteration = 1;
    for (std::size_t l = 0; l < series_.size(); ++l) {
        QList<QPointF> points;
        for (const SignalPoint& point : run_->layerSignals) {
            if (l >= point.layers.size())
                continue;
            const double value = valueOf(point.layers[l], measure);
            if (!std::isfinite(value) || (log && value <= 0))
                continue; // a log axis has no place for 0
            points.append(QPointF(point.iteration, value));
            low = std::min(low, value);
            high = std::max(high, value);
            lastIteration = std::max(lastIteration, point.iteration);
        }
        QLineSeries* series = series_[l];
        for (QAbstractAxis* axis : series->attachedAxes())
            series->detachAxis(axis);
        series->attachAxis(xAxis_);
        series->attachAxis(log ? static_cast<QAbstractAxis*>(logAxis_) : shownLinear);
        series->replace(points);
    }
    xAxis_->setRange(0, lastIteration);
    if (log && high > 0)
        logAxis_->setRange(std::pow(10, std::floor(std::log10(low))), std::pow(10, std::ceil(std::log10(high))));
    else
        linearAxis_->setRange(0, measure == Measure::DeadShare ? 1.0 : std::max(high * 1.1, 1e-12));
    chart->setTitle(measure_->currentText());
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
