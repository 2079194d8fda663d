#include "ui/training/training_actions.h"

#include "ui/core/run_controller.h"
#include "ui/training/network_panel.h"

#include <QAction>

namespace catnet::ui {

TrainingActions::TrainingActions(RunController* controller, QWidget* window)
    : QObject(window), controller_(controller), train_(new QAction(tr("&Train"), window)),
      pause_(new QAction(tr("Pa&use"), window)), step_(new QAction(tr("St&ep"), window)),
      stop_(new QAction(tr("St&op"), window)) {
    train_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    train_->setToolTip(tr("Train the network with these settings (Ctrl+R)"));
    stop_->setShortcut(QKeySequence(Qt::Key_Escape));
    stop_->setToolTip(tr("Stop after the current iteration and keep what was learned (Esc)"));
    pause_->setShortcut(QKeySequence(Qt::Key_F6));
    pause_->setToolTip(tr("Hold the run between two iterations without ending it; Train continues it (F6)"));
    step_->setShortcut(QKeySequence(Qt::Key_F10));
    step_->setToolTip(tr("Run exactly one iteration of gradient descent, from a fresh initialization or "
                         "where the paused run stands, and look inside it (F10)"));
    connect(train_, &QAction::triggered, this, &TrainingActions::start);
    connect(pause_, &QAction::triggered, this, &TrainingActions::pause);
    connect(step_, &QAction::triggered, this, &TrainingActions::step);
    connect(stop_, &QAction::triggered, this, &TrainingActions::stop);
    for (auto changed : {&RunController::currentRunChanged, &RunController::trainingStarted,
                         &RunController::trainingFinished})
        connect(controller_, changed, this, &TrainingActions::update);
    connect(controller_, &RunController::pauseChanged, this, &TrainingActions::update);
}

void TrainingActions::setNetworkPanel(NetworkPanel* network) {
    network_ = network;
    connect(network_, &NetworkPanel::validityChanged, this, &TrainingActions::update);
    update();
}

bool TrainingActions::start() {
    if (controller_->isPauseRequested()) { // Train continues a paused run
        controller_->resumeTraining();
        update();
        return true;
    }
    const std::optional<TrainConfig> config = network_->config();
    if (!config) {
        emit problem(tr("Cannot train"), network_->problem());
        return false;
    }
    return controller_->startTraining(*config);
}

void TrainingActions::pause() {
    if (!controller_->isTraining())
        return;
    controller_->pauseTraining();
    emit message(tr("Pausing after the current iteration: Step (F10) runs one more, Train continues"), 5000);
    update();
}

bool TrainingActions::step() {
    const std::optional<TrainConfig> config = network_->config();
    if (!controller_->isTraining() && !config) {
        emit problem(tr("Cannot step"), network_->problem());
        return false;
    }
    const bool stepped = controller_->stepTraining(config.value_or(TrainConfig{}));
    if (stepped)
        emit this->stepped();
    update();
    return stepped;
}

void TrainingActions::stop() {
    if (controller_->isTraining()) {
        controller_->stopTraining();
        const QString stopping = tr("Stopping after the current iteration…");
        emit message(stopping, 0);
        connect(controller_, &RunController::trainingFinished, this, [this, stopping] { emit outdated(stopping); },
                Qt::SingleShotConnection);
    }
}

void TrainingActions::update() {
    const bool training = controller_->isTraining();
    const bool paused = controller_->isPauseRequested();
    const bool valid = network_ && network_->problem().isEmpty();
    train_->setEnabled((!training && valid) || paused);
    train_->setText(paused ? tr("&Continue") : tr("&Train"));
    stop_->setEnabled(training);
    pause_->setEnabled(training && !paused);
    step_->setEnabled(paused || (!training && valid));
}

} // namespace catnet::ui
