#include "ui/learned/distributions_panel.h"

#include "ui/core/frame_replay.h"
#include "ui/core/trained_run.h"
#include "ui/learned/replay_stop_button.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/hover_image_box.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace catnet::ui {

namespace {

// Okabe–Ito colours, one per array.
const QColor kColours[DistributionsPanel::ArrayCount] = {QColor(0x0072B2), QColor(0xD55E00), QColor(0x009E73),
                                                         QColor(0xCC79A7)};
// The nested bands, outermost first: percentile indices into kDistributionPercentiles.
constexpr std::pair<int, int> kBands[] = {{0, 8}, {1, 7}, {2, 6}, {3, 5}};
constexpr int kMedian = 4;

const Percentiles& arrayOf(const LayerDistribution& layer, DistributionsPanel::Array array) {
    switch (array) {
    case DistributionsPanel::W: return layer.W;
    case DistributionsPanel::dW: return layer.dW;
    case DistributionsPanel::Z: return layer.Z;
    default: return layer.A;
    }
}

QString arrayName(DistributionsPanel::Array array) {
    static const char* names[] = {"W", "dW", "Z", "A"};
    return QString::fromLatin1(names[array]);
}

} // namespace

DistributionsPanel::DistributionsPanel(QWidget* parent)
    : QWidget(parent), replay_(new FrameReplay(FrameReplay::Taken::Distributions, this)), layer_(new QComboBox),
      caption_(new QLabel), status_(new QLabel) {
    layer_->setObjectName("distributionsLayer");
    layer_->setToolTip(tr("The layer whose weights, gradients and values are shown"));
    layer_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    caption_->setObjectName("distributionsCaption");
    caption_->setWordWrap(true);
    status_->setObjectName("distributionsStatus");
    status_->setWordWrap(true);

    grid_ = new QGridLayout;
    grid_->setSpacing(4);
    for (int a = 0; a < ArrayCount; ++a) {
        const auto array = Array(a);
        auto* chart = new ChartView(this);
        chart->setObjectName(QStringLiteral("distributionsChart%1").arg(arrayName(array)));
        // Four charts side by side at 800 × 600: Qt Charts' own margins would take a third.
        chart->setMinimumSize(170, 140);
        chart->chart()->legend()->hide();
        chart->chart()->setMargins(QMargins(2, 2, 2, 2));
        chart->chart()->layout()->setContentsMargins(0, 0, 0, 0);
        chart->chart()->setBackgroundRoundness(0);
        chart->setFit({/*xFromZero=*/true, /*yFromZero=*/false, std::nullopt});
        QColor band = kColours[a];
        band.setAlphaF(0.2);
        for (std::size_t b = 0; b < std::size(kBands); ++b) {
            QLineSeries* lower = chart->addLine({}, kColours[a]);
            QLineSeries* upper = chart->addLine({}, kColours[a]);
            for (QLineSeries* edge : {lower, upper})
                edge->setPen(QPen(band, 1.0));
            chart->addBand(lower, upper, band);
        }
        chart->addLine({}, kColours[a]); // the median, on top
        chart->setHoverText([this, array](const QLineSeries*, QPointF point) { return hoverText(array, point.x()); });
        charts_[a] = chart;
    }
    arrange(2);
    auto* top = new QHBoxLayout;
    top->addWidget(labelledField(new QLabel(tr("La&yer:")), layer_));
    top->addWidget(status_, 1);
    top->addWidget(new ReplayStopButton(replay_, "distributionsStop"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(caption_);
    layout->addLayout(grid_, 1);

    connect(layer_, &QComboBox::currentIndexChanged, this, [this] {
        plot();
        describe();
    });
    connect(replay_, &FrameReplay::framesAdded, this, [this] {
        if (layer_->count() == 0)
            fillLayers();
        plot();
        status_->setText(tr("Training the run again for its frames: %1 so far…").arg(replay_->distributions().size()));
    });
    connect(replay_, &FrameReplay::finished, this, [this](const QString& failure) {
        status_->setStyleSheet(replay_->endedBadly(failure) ? QString(kProblemStyle) : QString());
        status_->setText(replay_->endText(failure));
        describe();
    });
    describe();
}

// Two charts a row, or one below the other on a narrow window (the page then scrolls down),
// so that their axes keep readable labels.
void DistributionsPanel::arrange(int columns) {
    if (columns == columns_)
        return;
    columns_ = columns;
    for (int a = 0; a < ArrayCount; ++a) {
        grid_->removeWidget(charts_[a]);
        grid_->addWidget(charts_[a], a / columns, a % columns);
        charts_[a]->setMinimumHeight(columns == 1 ? 220 : 140);
    }
}

void DistributionsPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(width() < kTwoColumnsFrom ? 1 : 2);
}

void DistributionsPanel::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    stale_ = true;
    if (isVisible())
        startReplay();
}

void DistributionsPanel::setRun(std::shared_ptr<const TrainedRun> run) {
    const bool same = run && run_ && run->id == run_->id && !run->running && !run_->running &&
                      run->iterationsRun == run_->iterationsRun && run->parameters == run_->parameters;
    run_ = std::move(run);
    if (same)
        return;
    stale_ = true;
    if (isVisible())
        startReplay();
}

void DistributionsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        startReplay();
}

void DistributionsPanel::startReplay() {
    stale_ = false;
    layer_->clear();
    status_->setStyleSheet({});
    const QString why = replay_->start(run_, data_);
    status_->setText(why.isEmpty() ? tr("Training the run again for its frames…") : why);
    plot();
    describe();
}

void DistributionsPanel::fillLayers() {
    const QSignalBlocker quiet(layer_);
    layer_->clear();
    const auto& frames = replay_->distributions();
    if (frames.empty())
        return;
    const int L = int(frames.front().layers.size());
    for (int l = 1; l <= L; ++l)
        layer_->addItem(l == L ? tr("%1 (sigmoid)").arg(l) : tr("%1 (relu)").arg(l), l);
}

int DistributionsPanel::layer() const {
    return layer_->currentIndex() < 0 ? 0 : layer_->currentData().toInt();
}

void DistributionsPanel::setLayer(int layer) {
    layer_->setCurrentIndex(layer_->findData(layer));
}

const Percentiles& DistributionsPanel::percentiles(Array array, std::size_t frame) const {
    return arrayOf(replay_->distributions().at(frame).layers.at(std::size_t(layer() - 1)), array);
}

void DistributionsPanel::plot() {
    const auto& frames = replay_->distributions();
    const int l = layer();
    for (int a = 0; a < ArrayCount; ++a) {
        const auto array = Array(a);
        ChartView* chart = charts_[a];
        chart->setTitles(l > 0 ? QStringLiteral("%1[%2]").arg(arrayName(array)).arg(l) : arrayName(array),
                         tr("iteration"), {});
        std::array<QList<QPointF>, kDistributionPercentiles.size()> points;
        if (l > 0)
            for (std::size_t f = 0; f < frames.size(); ++f) {
                const Percentiles& p = percentiles(array, f);
                for (std::size_t k = 0; k < p.size(); ++k)
                    points[k].append(QPointF(frames[f].iteration, p[k]));
            }
        // The lines in the order they were added: each band's lower and upper edge, then the median.
        const QList<QAbstractSeries*> series = chart->chart()->series();
        QList<QLineSeries*> lines;
        for (QAbstractSeries* s : series)
            if (auto* line = qobject_cast<QLineSeries*>(s))
                lines << line;
        int next = 0;
        for (const auto& [low, high] : kBands) {
            chart->setPoints(lines[next++], points[std::size_t(low)]);
            chart->setPoints(lines[next++], points[std::size_t(high)]);
        }
        chart->setPoints(lines[next], points[kMedian]);
    }
}

QString DistributionsPanel::hoverText(Array array, double iteration) const {
    const auto& frames = replay_->distributions();
    for (std::size_t f = 0; f < frames.size(); ++f) {
        if (frames[f].iteration != int(std::lround(iteration)))
            continue;
        const Percentiles& p = percentiles(array, f);
        QStringList values;
        for (std::size_t k = 0; k < p.size(); ++k)
            values << QStringLiteral("%1 %: %2").arg(kDistributionPercentiles[k]).arg(p[k], 0, 'g', 4);
        return tr("%1[%2] at iteration %3<br>%4")
            .arg(arrayName(array))
            .arg(layer())
            .arg(QLocale().toString(frames[f].iteration))
            .arg(values.join(QStringLiteral("<br>")));
    }
    return {};
}

void DistributionsPanel::describe() {
    const auto& frames = replay_->distributions();
    const QString bands = tr("Each band holds a share of the values, from light to dark: all of them, the middle "
                             "87 %, 68 % and 38 %; the line is the median (TensorBoard's distributions). A layer "
                             "that dies shows A flat at 0; one that explodes, W and Z widening without end.");
    const int l = layer();
    if (frames.empty() || l <= 0) {
        caption_->setText(bands);
        return;
    }
    const int L = int(frames.front().layers.size());
    const Percentiles& first = percentiles(W, 0);
    const Percentiles& last = percentiles(W, frames.size() - 1);
    QString said = tr("W[%1]'s middle 68 % went from %2 … %3 at iteration %4 to %5 … %6 at iteration %7.")
                       .arg(l)
                       .arg(first[2], 0, 'g', 3)
                       .arg(first[6], 0, 'g', 3)
                       .arg(QLocale().toString(frames.front().iteration))
                       .arg(last[2], 0, 'g', 3)
                       .arg(last[6], 0, 'g', 3)
                       .arg(QLocale().toString(frames.back().iteration));
    if (l < L) { // a ReLU layer: how many of its outputs are exactly 0 at the end
        const Percentiles& a = percentiles(A, frames.size() - 1);
        if (a[8] == 0.0)
            said += tr(" <b>Layer %1 died:</b> every unit outputs 0 for every training image, so no gradient reaches "
                       "the layers below it.")
                        .arg(l);
        else if (a[kMedian] == 0.0)
            said += tr(" At the end at least half of A[%1]'s values are 0: for most images most units are off.").arg(l);
    }
    caption_->setText(said + QStringLiteral(" ") + bands);
}

} // namespace catnet::ui
