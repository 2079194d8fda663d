#include "ui/experiments/learning_rate_panel.h"

#include "engine/io/split_features.h"
#include "ui/core/run_controller.h"
#include "ui/core/trained_run.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

LearningRatePanel::LearningRatePanel(RunController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller),
      job_(BackgroundJob<LearningRateSearch>::oneByOne([this](LearningRateSearch& search) { show(search); }),
           [this](const std::string& failure) { onEnded(failure); }) {
    findButton_ = new QPushButton(tr("&Find a learning rate"));
    findButton_->setObjectName("learningRateFindButton");
    findButton_->setToolTip(tr("%1 steps of the network on the left, the learning rate growing from 1e-6 to 10")
                                .arg(kFinderSteps));
    useButton_ = new QPushButton(tr("Use it"));
    useButton_->setObjectName("learningRateUseButton");
    useButton_->setToolTip(tr("Put the suggested learning rate in the form"));
    useButton_->setEnabled(false);
    status_ = new QLabel(tr("Too small a rate crawls, too large a one blows up. A short run whose rate grows step by "
                            "step shows where the cost falls fastest."));
    status_->setObjectName("learningRateStatus");
    status_->setWordWrap(true);
    chart_ = new ChartView;
    chart_->setObjectName("learningRateChart");
    chart_->setTitles(tr("Cost as the learning rate grows"), tr("log₁₀ learning rate"), tr("cost"));
    ChartView::Fit fit;
    fit.xFromZero = false;
    fit.yFromZero = false; // the cost moves by hundredths before it blows up
    chart_->setFit(fit);
    costs_ = chart_->addLine(tr("cost of each step"), QColor(0x0072B2));
    marker_ = chart_->addLine(tr("suggested"), QColor(0xD55E00), Qt::DashLine);
    chart_->setHoverText([](const QLineSeries*, QPointF point) {
        return tr("learning rate %1: cost %2").arg(std::pow(10.0, point.x()), 0, 'g', 3).arg(point.y(), 0, 'f', 4);
    });

    auto* controls = new QHBoxLayout;
    controls->addWidget(findButton_);
    controls->addWidget(useButton_);
    controls->addWidget(status_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(chart_, 1);
    connect(findButton_, &QPushButton::clicked, this, &LearningRatePanel::start);
    connect(useButton_, &QPushButton::clicked, this, [this] {
        if (search_ && search_->suggested && rateTarget_) {
            rateTarget_(*search_->suggested);
            status_->setText(tr("The form's learning rate is now %1.").arg(*search_->suggested, 0, 'g', 3));
        }
    });
}

void LearningRatePanel::setBaseConfigSource(std::function<std::optional<TrainConfig>()> source) {
    baseConfig_ = std::move(source);
}

void LearningRatePanel::setRateTarget(std::function<void(double)> target) {
    rateTarget_ = std::move(target);
}

bool LearningRatePanel::start() {
    const auto fail = [this](const QString& message) {
        status_->setText(message);
        status_->setStyleSheet(kProblemStyle);
        return false;
    };
    if (job_.isRunning())
        return fail(tr("The finder is already running."));
    const std::optional<TrainConfig> base = baseConfig_ ? baseConfig_() : std::nullopt;
    if (!base)
        return fail(tr("The settings on the left are not valid; fix them first."));
    const auto data = controller_->dataset();
    if (!data)
        return fail(tr("Open a dataset first."));
    if (auto problem = checkTrainConfig(*base, featureCount(data->train)))
        return fail(QString::fromStdString(problem->message));
    status_->setStyleSheet({});
    status_->setText(tr("Finding a learning rate for %1…").arg(runName(*base)));
    findButton_->setEnabled(false);
    useButton_->setEnabled(false);
    job_.start([config = *base, data](std::stop_token stop, const auto& post) {
        Matrix made; // the window holds pixels only (split_features.h)
        post(findLearningRate(config, featuresOf(data->train, made), data->train.Y, kFinderSteps, stop));
    });
    return true;
}

void LearningRatePanel::show(LearningRateSearch& search) {
    QList<QPointF> points;
    for (const LearningRatePoint& point : search.points)
        points << QPointF(std::log10(point.learningRate), point.cost);
    chart_->setPoints(costs_, points);
    QList<QPointF> marker;
    if (search.suggested && !points.isEmpty()) {
        const auto [low, high] = std::minmax_element(points.begin(), points.end(),
                                                     [](QPointF a, QPointF b) { return a.y() < b.y(); });
        marker << QPointF(std::log10(*search.suggested), low->y()) << QPointF(std::log10(*search.suggested), high->y());
    }
    chart_->setPoints(marker_, marker);
    search_ = std::move(search);
}

void LearningRatePanel::onEnded(const std::string& failure) {
    findButton_->setEnabled(true);
    if (!failure.empty()) {
        status_->setText(tr("The finder failed: %1").arg(QString::fromStdString(failure)));
        status_->setStyleSheet(kProblemStyle);
        return;
    }
    if (!search_ || search_->stopped) {
        status_->setText(tr("Stopped."));
        return;
    }
    useButton_->setEnabled(search_->suggested.has_value());
    status_->setText(search_->suggested
                         ? tr("Suggested learning rate: %1, where the cost falls fastest (%2 steps, the rate from 1e-6 "
                              "up to %3). Train with it, or a little below.")
                               .arg(*search_->suggested, 0, 'g', 3)
                               .arg(search_->points.size())
                               .arg(search_->points.empty() ? 0.0 : search_->points.back().learningRate, 0, 'g', 3)
                         : tr("No suggestion: the cost blew up within the first steps."));
}

} // namespace catnet::ui
