#include "ui/tour/course_tour_panel.h"

#include "engine/model/course_presets.h"
#include "photo/qt_images.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace catnet::ui {

namespace {

constexpr Eigen::Index kExampleIndex = CourseTour::kExampleIndex;

QLabel* wrappedLabel(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// The course's numbers for the two training steps: the costs it prints after
// iterations 0 and 2400 (to six decimals) and the accuracies.
struct CourseFigures {
    TrainConfig config;
    double firstCost, cost2400;
    double trainAccuracy, testAccuracy;
};
std::optional<CourseFigures> figuresFor(TourAction action) {
    if (action == TourAction::TrainTwoLayer)
        return CourseFigures{twoLayerCourseConfig(), 0.693050, 0.048555, 1.0, 0.72};
    if (action == TourAction::TrainLLayer)
        return CourseFigures{lLayerCourseConfig(), 0.771749, 0.092878, 206.0 / 209.0, 0.8};
    return std::nullopt;
}

// The run's cost after `iteration`, as the course prints it (rounded to six decimals).
std::optional<double> printedCost(const TrainedRun& run, int iteration) {
    for (const CostPoint& point : run.costs)
        if (point.iteration == iteration)
            return std::round(point.cost * 1e6) / 1e6;
    return std::nullopt;
}

} // namespace

CourseTourPanel::CourseTourPanel(QWidget* parent) : QWidget(parent), steps_(CourseTour::steps()) {
    progress_ = new QLabel(this);
    progress_->setObjectName("tourProgress");
    title_ = new QLabel(this);
    title_->setObjectName("tourTitle");
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    body_ = wrappedLabel("tourBody", this);
    example_ = new QLabel(this);
    example_->setObjectName("tourExample");
    example_->setAlignment(Qt::AlignCenter);
    auto* expectedTitle = new QLabel(tr("<b>What you should see</b>"), this);
    expected_ = wrappedLabel("tourExpected", this);
    expected_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runCheck_ = wrappedLabel("tourRunCheck", this);
    action_ = new QPushButton(this);
    action_->setObjectName("tourActionButton");
    back_ = new QPushButton(tr("← &Back"), this);
    back_->setObjectName("tourBackButton");
    next_ = new QPushButton(tr("&Next →"), this);
    next_->setObjectName("tourNextButton");

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(back_);
    navigation->addStretch();
    navigation->addWidget(next_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress_);
    layout->addWidget(title_);
    layout->addWidget(body_);
    layout->addWidget(example_);
    layout->addWidget(action_);
    layout->addWidget(expectedTitle);
    layout->addWidget(expected_);
    layout->addWidget(runCheck_);
    layout->addStretch();
    layout->addLayout(navigation);

    connect(action_, &QPushButton::clicked, this, [this] {
        if (handler_)
            handler_(steps_[std::size_t(current_)].action);
    });
    connect(back_, &QPushButton::clicked, this, [this] { goToStep(current_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { goToStep(current_ + 1); });
    // One width for every step: the dock must not jump as the texts change.
    setFixedWidth(std::max(280, fontMetrics().averageCharWidth() * 44));
    showStep();
}

void CourseTourPanel::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    showStep();
}

void CourseTourPanel::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    showRunCheck();
}

void CourseTourPanel::goToStep(int step) {
    current_ = std::clamp(step, 0, stepCount() - 1);
    showStep();
}

void CourseTourPanel::showStep() {
    const TourStep& step = steps_[std::size_t(current_)];
    progress_->setText(tr("Course tour · step %1 of %2").arg(current_ + 1).arg(stepCount()));
    title_->setText(step.title);
    body_->setText(step.body);
    action_->setText(step.button);
    expected_->setText(step.expected);
    back_->setEnabled(current_ > 0);
    next_->setEnabled(current_ + 1 < stepCount());
    // The data step shows the course's example image from the data in use.
    const bool example = step.action == TourAction::ShowData && data_ && data_->train.count() > kExampleIndex;
    example_->setVisible(example);
    if (example) {
        const DataSplit& train = data_->train;
        example_->setPixmap(QPixmap::fromImage(imageFromNetworkInput(train.image(kExampleIndex)).scaled(128, 128)));
        const auto& classes = train.classes;
        const int label = train.label(kExampleIndex);
        example_->setToolTip(tr("Training image %1: y = %2, a %3 picture")
                                 .arg(kExampleIndex)
                                 .arg(label)
                                 .arg(QString::fromStdString(std::size_t(label) < classes.size() ? classes[std::size_t(label)] : "")));
    }
    showRunCheck();
}

QString CourseTourPanel::runCheckText() const {
    const auto figures = figuresFor(steps_[std::size_t(current_)].action);
    if (!figures || !run_ || run_->running || !run_->trainEvaluation || !run_->testEvaluation)
        return {};
    if (run_->config != figures->config)
        return tr("The selected run is not this step's model: press the button above to train it.");
    const double train = run_->trainEvaluation->accuracy, test = run_->testEvaluation->accuracy;
    const std::optional<double> first = printedCost(*run_, 0), at2400 = printedCost(*run_, 2400);
    const bool matches = first && at2400 && std::abs(*first - figures->firstCost) < 5e-7 &&
                         std::abs(*at2400 - figures->cost2400) < 5e-7 &&
                         std::abs(train - figures->trainAccuracy) < 1e-9 && std::abs(test - figures->testAccuracy) < 1e-9;
    const auto cost = [](std::optional<double> value) { return value ? QString::number(*value, 'f', 6) : QStringLiteral("—"); };
    return tr("Your run: cost %1 after iteration 0 and %2 after iteration 2400, train %3%, test %4% — %5")
        .arg(cost(first), cost(at2400))
        .arg(train * 100.0, 0, 'f', 1)
        .arg(test * 100.0, 0, 'f', 1)
        .arg(matches ? tr("as in the course ✓")
                     : tr("not the course's numbers: is the course's data set loaded (File → Open dataset folder…)?"));
}

void CourseTourPanel::showRunCheck() {
    const QString text = runCheckText();
    runCheck_->setText(text);
    runCheck_->setVisible(!text.isEmpty());
}

} // namespace catnet::ui
