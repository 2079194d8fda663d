#pragma once

#include "ui/shell/main_window.h"

#include <QObject>
#include <QString>

#include <memory>

namespace catnet::ui {

class RunController;

// Holds the run controller and the window around it, so the window can be rebuilt while
// the data, the runs, a run under way and the undo steps stay: View → Language switches
// at once this way (Qt translates a text when its widget is made, and catnet has over
// six hundred of them; a new window in the new language is simpler and cannot miss one).
class WindowHost : public QObject {
    Q_OBJECT
public:
    explicit WindowHost(const MainWindowOptions& options);
    ~WindowHost() override;

    MainWindow* window() const { return window_.get(); }
    RunController* controller() const { return controller_.get(); }

    // Speaks `language` from now on: a new window continues the one shown. False, with
    // a notice in the window, while a tab's work (a sweep, a gradient check…) would be
    // lost: the choice is kept and takes effect at the next start or when chosen again.
    bool switchLanguage(const QString& language);

signals:
    void windowReplaced(catnet::ui::MainWindow* window);

private:
    void watch(MainWindow* window);

    std::unique_ptr<RunController> controller_; // outlives every window built around it
    std::unique_ptr<MainWindow> window_;
};

} // namespace catnet::ui
