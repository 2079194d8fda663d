#pragma once

#include <QStatusBar>

#include <array>

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

    // The message as drawn: elided with "…" where it would run into the data label (the
    // whole of it is the status bar's tooltip then).
    QString shownMessage() const;

protected:
    // QStatusBar clips a long message mid-letter at the first permanent widget, so that
    // it seems to run into the data label; this one is drawn elided.
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QRect messageRect() const;
    // Left to right, as added: the message is drawn before the first visible one.
    std::array<QWidget*, 4> permanentWidgets() const;
    void fitDataLabel();
    void connectController();

    RunController* controller_;
    QLabel* dataLabel_;
    QString dataText_; // the whole of it; the label may show it elided
    QProgressBar* saveBar_;
    QProgressBar* loadBar_;
    QToolButton* stopLoadButton_;
};

} // namespace catnet::ui
