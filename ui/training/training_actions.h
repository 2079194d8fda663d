#pragma once

#include "ui/training/training_column.h"

#include <QObject>

class QAction;

namespace catnet::ui {

class NetworkPanel;
class RunController;

// Run → Train, Pause, Step and Stop: the actions (with their shortcuts), what each does
// with the network form's settings, and when each is enabled. The window puts them in
// its menu, the training column shows them as buttons.
class TrainingActions : public QObject {
    Q_OBJECT
public:
    TrainingActions(RunController* controller, QWidget* window);

    RunActions actions() const { return {train_, pause_, step_, stop_}; }
    // The form whose settings Train and Step use (the column is built with the actions);
    // the actions follow its validity.
    void setNetworkPanel(NetworkPanel* network);

    // Trains the form's settings, or continues a paused run; false (with a problem) if
    // the settings are invalid.
    bool start();
    void pause();
    // One iteration (see RunController::stepTraining).
    bool step();
    void stop();
    // Enables what fits the controller's state and the form's validity.
    void update();

signals:
    void message(const QString& text, int milliseconds);
    void outdated(const QString& text); // a message that is no longer true
    void problem(const QString& title, const QString& message);
    void stepped(); // the window shows what happened inside

private:
    RunController* controller_;
    NetworkPanel* network_ = nullptr;
    QAction* train_;
    QAction* pause_;
    QAction* step_;
    QAction* stop_;
};

} // namespace catnet::ui
