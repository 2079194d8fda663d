#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;
class QWidget;

namespace catnet::ui {

// Turns SIGTERM, SIGHUP, SIGINT and SIGQUIT (`kill`, a logout, a closed terminal, Ctrl-C
// or Ctrl-\ in the terminal of `make run`) into closing `window`
// as if the learner had closed it, so a running run is stopped and kept like on any
// close. A signal handler may only do async-signal-safe work: it writes one byte to a
// pipe, and a QSocketNotifier reads it on the UI thread. One instance at a time;
// destruction restores the default handlers.
class CloseOnSignals : public QObject {
    Q_OBJECT
public:
    explicit CloseOnSignals(QWidget* window);
    // The same for whichever window `close` closes (WindowHost rebuilds its window).
    CloseOnSignals(QObject* parent, std::function<void()> close);
    ~CloseOnSignals() override;

private:
    QSocketNotifier* notifier_ = nullptr;
};

} // namespace catnet::ui
