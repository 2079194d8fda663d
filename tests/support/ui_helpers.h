#pragma once

#include "main_window.h"

#include "course_data.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace catnet::test {

// A main window on the real data (or the built-in set when `realData` is false),
// without touching the learner's settings.
inline std::unique_ptr<ui::MainWindow> makeWindow(bool realData) {
    ui::MainWindowOptions options;
    options.useSettings = false;
    options.dataDirectory = realData ? courseDataDirectory() : std::filesystem::path("/nonexistent");
    auto window = std::make_unique<ui::MainWindow>(options);
    window->resize(1280, 800);
    return window;
}

// Starts a run from the window's current settings and waits for it to end.
inline bool trainAndWait(ui::MainWindow& window, int timeoutMs = 60000) {
    QSignalSpy finished(&window, &ui::MainWindow::runFinished);
    if (!window.startTraining())
        return false;
    return finished.count() > 0 || finished.wait(timeoutMs);
}

} // namespace catnet::test
