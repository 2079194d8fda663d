#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace catnet::ui {

class RunController;

// The window's status bar, the way qBittorrent's is a class of its own: the data set in
// use, a data set being read (busy bar and Stop), model files being written (progress),
// kept runs being read back, and the messages those say when they end. Problems that
// need a dialog are the window's (RunController::problem).
class StatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit StatusBar(RunController* controller, QWidget* parent = nullptr);

    // Clears the message if it still says `text`: what stopped being true goes
    // ("Stopping after the current iteration…" once stopped, "Removed #4" once undone).
    void withdraw(const QString& text);

private:
    void connectController();

    RunController* controller_;
    QLabel* dataLabel_;
    QProgressBar* saveBar_;
    QProgressBar* loadBar_;
    QToolButton* stopLoadButton_;
};

} // namespace catnet::ui
