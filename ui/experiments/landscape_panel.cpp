#include "ui/experiments/landscape_panel.h"

#include "engine/io/split_features.h"
#include "engine/model/initialization.h"
#include "ui/core/landscape_worker.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/contour_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace catnet::ui {

LandscapePanel::LandscapePanel(QWidget* parent) : QWidget(parent), worker_(new LandscapeWorker(this)) {
    lineChart_ = new ChartView;
    lineChart_->setObjectName("landscapeLineChart");
    lineChart_->setTitles(tr("J((1−α)·θ0 + α·θ1): initial weights at α = 0, trained at α = 1"), tr("α"), tr("cost"));
    ChartView::Fit fit;
    fit.xFromZero = false;     // α runs from before the start to past the end
    fit.yCeiling = 5.0;        // far beyond the trained weights the cost explodes
    lineChart_->setFit(fit);
    lineChart_->setHoverText([](const QLineSeries* line, QPointF point) {
        return tr("%1\nα = %2 · cost %3").arg(line->name()).arg(point.x(), 0, 'f', 2).arg(point.y(), 0, 'f', 4);
    });
    train_ = lineChart_->addLine(tr("training set"), QColor(0x0072B2));
    test_ = lineChart_->addLine(tr("test set"), QColor(0xD55E00), Qt::DashLine);
    lineCaption_ = new QLabel;
    lineCaption_->setObjectName("landscapeLineCaption");
    lineCaption_->setWordWrap(true);

    surfaceButton_ = new QPushButton(tr("&Compute the landscape"));
    surfaceButton_->setObjectName("landscapeSurfaceButton");
    surfaceButton_->setToolTip(tr("Around the trained weights: the training cost on a 31 × 31 grid along two random "
                                  "directions, each unit's part scaled to that unit's weights (Li et al., 2018)"));
    stopButton_ = new QPushButton(tr("Stop"));
    stopButton_->setObjectName("landscapeStopButton");
    stopButton_->setEnabled(false);
    progress_ = new QProgressBar;
    progress_->setObjectName("landscapeProgress");
    progress_->setRange(0, 100);
    surfaceCaption_ = new QLabel;
    surfaceCaption_->setObjectName("landscapeSurfaceCaption");
    surfaceCaption_->setWordWrap(true);
    contour_ = new ContourView;
    contour_->setObjectName("landscapeContour");
    contourKey_ = new ColourKey;
    contourKey_->setObjectName("landscapeContourKey");
    contourKey_->setScale([](double share) { return ContourView::bandColour(int(share * ContourView::kBands)); },
                          ContourView::kBands);
    contourKey_->setCaption(tr("Training cost (log scale): dark is low, light is high; not a number counts as highest"));
    contourKey_->hide();

    auto* surfaceArea = new QWidget;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(surfaceButton_);
    buttons->addWidget(stopButton_);
    buttons->addWidget(progress_, 1);
    auto* surfaceLayout = new QVBoxLayout(surfaceArea);
    surfaceLayout->setContentsMargins(0, 0, 0, 0);
    surfaceLayout->addLayout(buttons);
    surfaceLayout->addWidget(surfaceCaption_);
    surfaceLayout->addWidget(contour_, 1);
    surfaceLayout->addWidget(contourKey_);
    auto* lineArea = new QWidget;
    auto* lineLayout = new QVBoxLayout(lineArea);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    lineLayout->addWidget(lineChart_, 1);
    lineLayout->addWidget(lineCaption_);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(lineArea);
    splitter->addWidget(surfaceArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(surfaceButton_, &QPushButton::clicked, this, &LandscapePanel::computeSurface);
    connect(stopButton_, &QPushButton::clicked, worker_, &LandscapeWorker::stopSurface);
    connect(worker_, &LandscapeWorker::lineReady, this, &LandscapePanel::showLine);
    connect(worker_, &LandscapeWorker::surfaceProgress, this,
            [this](double share) { progress_->setValue(int(std::lround(share * 100))); });
    connect(worker_, &LandscapeWorker::surfaceReady, this, &LandscapePanel::showSurface);
    connect(worker_, &LandscapeWorker::failed, this, [this](const QString& message) {
        surfaceCaption_->setText(tr("Could not compute it: %1").arg(message));
    });
    refresh();
}

void LandscapePanel::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    refresh();
}

void LandscapePanel::setRun(std::shared_ptr<const TrainedRun> run) {
    // The run object changes in place as it trains; what is shown follows its weights.
    if (run && run == run_ && run->parameters == shownParameters_ && !run->running)
        return; // the same weights: nothing to redo
    run_ = std::move(run);
    refresh();
}

void LandscapePanel::refresh() {
    line_.reset();
    lineChart_->setPoints(train_, {});
    lineChart_->setPoints(test_, {});
    contour_->clear();
    contourKey_->hide();
    worker_->stopSurface();
    const bool usable = run_ && run_->parameters && !run_->running && data_ &&
                        run_->parameters->W.front().cols() == featureCount(data_->train);
    shownParameters_ = usable ? run_->parameters : nullptr;
    surfaceButton_->setEnabled(usable);
    surfaceCaption_->setText(usable ? tr("The cross is the trained network; 1 on an axis is a step as large as "
                                         "the weights themselves.")
                                    : QString());
    if (!usable) {
        lineCaption_->setText(tr("Train a model (or select a run) to see the ground gradient descent walked on."));
        return;
    }
    lineCaption_->setText(tr("Working out the costs along the line…"));
    const TrainConfig& config = run_->config;
    auto initial = std::make_shared<const Parameters>(initializeParameters(config.layerDims, config.init, config.seed));
    worker_->computeLine(std::move(initial), run_->parameters, data_);
}

void LandscapePanel::showLine(const LossLine& line) {
    line_ = line;
    QList<QPointF> trainPoints, testPoints;
    for (std::size_t k = 0; k < line.alphas.size(); ++k) {
        // A cost can overflow far beyond the trained weights; the chart leaves out what is not finite.
        trainPoints.append({line.alphas[k], line.trainCosts[k]});
        testPoints.append({line.alphas[k], line.testCosts[k]});
    }
    lineChart_->resetZoom();
    lineChart_->setPoints(train_, trainPoints);
    lineChart_->setPoints(test_, testPoints);
    // Does the training cost ever rise between α = 0 and α = 1? Then the walk crossed a barrier.
    double barrier = 0.0;
    double lowestSoFar = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < line.alphas.size(); ++k) {
        if (line.alphas[k] < 0.0 || line.alphas[k] > 1.0)
            continue;
        lowestSoFar = std::min(lowestSoFar, line.trainCosts[k]);
        barrier = std::max(barrier, line.trainCosts[k] - lowestSoFar);
    }
    // Past the trained weights, and where the test set would have liked to stop.
    const auto at = [&](double alpha) {
        std::size_t best = 0;
        for (std::size_t k = 0; k < line.alphas.size(); ++k)
            if (std::abs(line.alphas[k] - alpha) < std::abs(line.alphas[best] - alpha))
                best = k;
        return best;
    };
    const std::size_t end = at(1.0);
    const bool risesBeyond = line.trainCosts.back() > line.trainCosts[end];
    std::size_t testBest = 0;
    for (std::size_t k = 1; k < line.testCosts.size(); ++k)
        if (line.testCosts[k] < line.testCosts[testBest])
            testBest = k;
    QString text = barrier > 1e-3 ? tr("Between α = 0 and 1 the training cost rises by up to %1 on the way: the "
                                       "straight path crosses a bump that gradient descent went around.")
                                        .arg(barrier, 0, 'f', 3)
                                  : tr("From α = 0 to 1 the training cost only falls: a smooth valley.");
    text += QLatin1Char(' ') + (risesBeyond ? tr("Past α = 1 it rises again.")
                                            : tr("Past α = 1 it keeps falling: training had not reached the bottom."));
    if (std::isfinite(line.testCosts[testBest]))
        text += QLatin1Char(' ') + tr("The test cost is lowest at α = %1 (%2; %3 at α = 1).")
                                       .arg(line.alphas[testBest], 0, 'f', 2)
                                       .arg(line.testCosts[testBest], 0, 'f', 3)
                                       .arg(line.testCosts[end], 0, 'f', 3);
    lineCaption_->setText(text);
}

bool LandscapePanel::computeSurface() {
    if (!surfaceButton_->isEnabled() || !run_ || !run_->parameters)
        return false;
    progress_->setValue(0);
    stopButton_->setEnabled(true);
    surfaceButton_->setEnabled(false);
    surfaceCaption_->setText(tr("Computing 961 costs around the trained weights…"));
    worker_->computeSurface(run_->parameters, data_, run_->config.seed);
    return true;
}

void LandscapePanel::showSurface(const LossSurface& surface) {
    stopButton_->setEnabled(false);
    surfaceButton_->setEnabled(run_ && run_->parameters);
    if (surface.stopped || surface.costs.size() == 0) {
        surfaceCaption_->setText(tr("Stopped."));
        return;
    }
    contour_->setValues(surface.costs, surface.coordinates.back());
    const auto [low, high] = contour_->valueRange();
    contourKey_->setMarks(ColourKey::logMarks(low, high));
    contourKey_->show();
    progress_->setValue(100);
    const Eigen::Index centre = surface.costs.rows() / 2;
    double lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
    int saturated = 0;
    for (Eigen::Index k = 0; k < surface.costs.size(); ++k) {
        const double cost = surface.costs.data()[k];
        if (!std::isfinite(cost)) {
            ++saturated;
            continue;
        }
        lowest = std::min(lowest, cost);
        highest = std::max(highest, cost);
    }
    QString text = tr("Training cost %1 at the trained weights (the cross), from %2 to %3 around them.")
                       .arg(surface.costs(centre, centre), 0, 'f', 4)
                       .arg(lowest, 0, 'f', 4)
                       .arg(highest, 0, 'g', 4);
    if (saturated > 0)
        text += QLatin1Char(' ') + tr("At %1 of the points the output saturates and the cost is not a number "
                                      "(drawn lightest, as the highest).")
                                       .arg(saturated);
    surfaceCaption_->setText(text);
}

} // namespace catnet::ui
