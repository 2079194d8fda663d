#include "ui/shell/window_host.h"

#include "ui/core/run_controller.h"
#include "ui/shell/language.h"
#include "ui/shell/notice_bar.h"

#include <QLocale>
#include <QStatusBar>

namespace catnet::ui {

WindowHost::WindowHost(const MainWindowOptions& options)
    : controller_(std::make_unique<RunController>(options.runStoreDirectory)),
      window_(std::make_unique<MainWindow>(controller_.get(), options)) {
    controller_->setObjectName("runController");
    watch(window_.get());
}

WindowHost::~WindowHost() {
    window_.reset(); // before the controller its parts point to
}

void WindowHost::watch(MainWindow* window) {
    // Queued: the old window's menu is still in its action's handler when it is chosen.
    connect(window, &MainWindow::languageChosen, this, &WindowHost::switchLanguage, Qt::QueuedConnection);
}

bool WindowHost::switchLanguage(const QString& language) {
    if (language == installedLanguage())
        return true;
    if (const QStringList work = window_->workInProgress(); !work.isEmpty()) {
        window_->noticeBar()->showNotice(
            tr("catnet will speak %1 from its next start: switching now would end the work under way in %2. "
               "Choose it again when that has finished.")
                .arg(languageName(language), QLocale().createSeparatedList(work)));
        return false;
    }
    if (!installLanguage(language))
        return false;
    auto next = std::make_unique<MainWindow>(controller_.get(), *window_);
    // Shown before the old one goes, so that the application never has no window.
    next->setWindowState(window_->windowState());
    next->show();
    window_ = std::move(next);
    window_->showHeldState();
    window_->statusBar()->showMessage(tr("catnet now speaks %1").arg(languageName(language)), 5000);
    watch(window_.get());
    emit windowReplaced(window_.get());
    return true;
}

} // namespace catnet::ui
