#include "ui/training/training_column.h"

#include "engine/io/split_features.h"
#include "ui/core/run_controller.h"
#include "ui/training/network_panel.h"
#include "ui/widgets/page_scroll_area.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace catnet::ui {

namespace {
// The column is as wide as the form asks, as without a scroll area (a QScrollArea would
// ask for the size its page was last given); it scrolls only when too low for the form.
class FormScrollArea : public PageScrollArea {
public:
    using PageScrollArea::PageScrollArea;
    QSize sizeHint() const override { return widget()->sizeHint(); }
    QSize minimumSizeHint() const override {
        return {widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(), 0};
    }
};
} // namespace

namespace {

// A button that shows and triggers `action`, and follows its text and enabled state.
QPushButton* buttonFor(QAction* action, const char* objectName, QWidget* parent) {
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setText(action->text());
    });
    return button;
}

QString accuracyText(const QString& label, const std::optional<Evaluation>& e) {
    if (!e)
        return QStringLiteral("%1: –").arg(label);
    const auto total = e->predictions.size();
    if (total == 0) // read back from a file: the accuracy alone
        return QStringLiteral("%1: %2%").arg(label).arg(e->accuracy * 100.0, 0, 'f', 1);
    return QStringLiteral("%1: %2% (%3/%4)")
        .arg(label)
        .arg(e->accuracy * 100.0, 0, 'f', 1)
        .arg(total - Eigen::Index(e->mislabeled.size()))
        .arg(total);
}

} // namespace

TrainingColumn::TrainingColumn(RunController* controller, const RunActions& actions, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    network_ = new NetworkPanel(this);
    network_->setObjectName("networkPanel");
    progress_ = new QProgressBar(this);
    progress_->setObjectName("trainingProgress");
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setToolTip(tr("Iterations done of the run"));
    progressLabel_ = new QLabel(this);
    progressLabel_->setObjectName("progressLabel");
    progressLabel_->setWordWrap(true);
    trainAccuracy_ = new QLabel(this);
    trainAccuracy_->setObjectName("trainAccuracyLabel");
    trainAccuracy_->setToolTip(tr("Share of training images the selected run classifies correctly"));
    testAccuracy_ = new QLabel(this);
    testAccuracy_->setObjectName("testAccuracyLabel");
    testAccuracy_->setToolTip(tr("Share of test images (never trained on) the selected run classifies correctly"));
    measuredOn_ = new QLabel(this);
    measuredOn_->setObjectName("measuredOnLabel");
    measuredOn_->setWordWrap(true);
    measuredOn_->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(actions.train, "trainButton", this));
    buttons->addWidget(buttonFor(actions.pause, "pauseButton", this));
    buttons->addWidget(buttonFor(actions.step, "stepButton", this));
    buttons->addWidget(buttonFor(actions.stop, "stopButton", this));
    setMinimumWidth(340);
    auto* layout = new QVBoxLayout(this);
    // The form scrolls when the window is too low for it (the options group open at 800×600).
    layout->addWidget(new FormScrollArea(network_), 1);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(progressLabel_);
    layout->addWidget(trainAccuracy_);
    layout->addWidget(testAccuracy_);
    layout->addWidget(measuredOn_);

    connect(controller, &RunController::trainingStarted, this, [this](int id) {
        const auto run = controller_->run(id);
        progress_->setRange(0, run ? run->config.iterations : 1);
        progress_->setValue(0);
        progressLabel_->clear();
        progressLabel_->setStyleSheet(QString());
    });
    connect(controller, &RunController::runChanged, this, [this](int id) {
        if (id == controller_->activeRunId())
            showProgress(id);
        if (id == controller_->currentRunId())
            showAccuracies();
    });
    connect(controller, &RunController::trainingFinished, this, &TrainingColumn::showFinished);
    connect(controller, &RunController::pauseChanged, this, [this] {
        if (controller_->isTraining())
            showProgress(controller_->activeRunId());
    });
    // The progress line and the accuracies speak of the same run: the one chosen, unless
    // one is training (issue 24, item 5: a chosen run kept another's "stopped after …").
    connect(controller, &RunController::currentRunChanged, this, [this] {
        showAccuracies();
        if (!controller_->isTraining())
            showFinished(controller_->currentRunId());
    });
    connect(controller, &RunController::datasetChanged, this, [this] {
        if (const auto data = controller_->dataset())
            network_->setInputSize(featureCount(data->train));
    });
    showAccuracies();
}

void TrainingColumn::showProgress(int runId) {
    if (const auto paused = controller_->pausedAt()) {
        progress_->setValue(paused->iteration);
        progressLabel_->setText(
            tr("paused before iteration %1 · Step (F10) runs it · Continue (Ctrl+R)").arg(paused->iteration));
        return;
    }
    const auto run = controller_->run(runId);
    if (!run || run->costs.empty())
        return;
    const int done = run->costs.back().iteration + 1;
    progress_->setValue(done);
    const double seconds = controller_->activeSeconds();
    const double rate = seconds > 0 ? done / seconds : 0.0;
    const double left = rate > 0 ? (run->config.iterations - done) / rate : 0.0;
    const QLocale locale;
    progressLabel_->setText(tr("iteration %1 of %2 · %3 it/s\n%4 left · cost %5")
                                .arg(locale.toString(done), locale.toString(run->config.iterations),
                                     locale.toString(qlonglong(std::llround(rate))), durationText(left))
                                .arg(run->costs.back().cost, 0, 'f', 6));
}

void TrainingColumn::showFinished(int runId) {
    const auto run = controller_->run(runId);
    if (!run) {
        progress_->setValue(0);
        progressLabel_->clear();
        return;
    }
    progress_->setRange(0, std::max(1, run->config.iterations));
    if (!run->parameters) {
        progressLabel_->setText(tr("failed"));
        return;
    }
    progress_->setValue(run->iterationsRun);
    const QString cost = run->finalCost() ? tr(" · cost %1").arg(*run->finalCost(), 0, 'f', 6) : QString();
    progressLabel_->setText(run->summaryText() + cost);
    // A run that failed (diverged, learned nothing) says so in the warning colour, with ⚠.
    if (run->failed())
        progressLabel_->setText(QStringLiteral("⚠ ") + progressLabel_->text());
    progressLabel_->setStyleSheet(run->failed() ? QString(kProblemStyle) : QString());
}

void TrainingColumn::showAccuracies() {
    const auto run = controller_->currentRun();
    trainAccuracy_->setText(accuracyText(tr("Train accuracy"), run ? run->trainEvaluation : std::nullopt));
    testAccuracy_->setText(accuracyText(tr("Test accuracy"), run ? run->testEvaluation : std::nullopt));
    // A run keeps the numbers it was measured with; when they describe other data, say so.
    const bool elsewhere = run && run->measuredElsewhere();
    measuredOn_->setVisible(elsewhere);
    if (!elsewhere)
        return;
    QString text = tr("Measured on %1, not on the data set open now.").arg(run->measuredOnText());
    if (run->openTrainEvaluation && run->openTestEvaluation)
        text += QLatin1Char(' ') + tr("On the open data: train %1%, test %2%.")
                                       .arg(run->openTrainEvaluation->accuracy * 100.0, 0, 'f', 1)
                                       .arg(run->openTestEvaluation->accuracy * 100.0, 0, 'f', 1);
    else
        text += QLatin1Char(' ') + tr("Run → Evaluate on the open data measures it there.");
    measuredOn_->setText(text);
}

} // namespace catnet::ui
