#pragma once

#include "engine/io/dataset.h"
#include "engine/model/course_presets.h"
#include "ui/core/run_controller.h"
#include "ui/data/mislabeled_view.h"
#include "ui/inside/weights_view.h"
#include "ui/predict/prediction_panel.h"
#include "ui/shell/main_window.h"
#include "ui/shell/run_file_actions.h"
#include "ui/training/network_panel.h"
#include "ui/widgets/cost_chart.h"
#include "ui/widgets/theme.h"

#include "course_data.h"

#include <QLabel>
#include <QPalette>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

#include <memory>

namespace catnet::test {

// A main window on the real data (or the built-in set when `realData` is false),
// without touching the learner's settings and without modal dialogs.
inline std::unique_ptr<ui::MainWindow> makeWindow(bool realData) {
    ui::MainWindowOptions options;
    options.useSettings = false;
    options.showDialogs = false;
    options.dataDirectory = realData ? courseDataDirectory() : std::filesystem::path("/nonexistent");
    auto window = std::make_unique<ui::MainWindow>(options);
    window->resize(1280, 800);
    return window;
}

// A child of the window found by its object name; fails loudly if there is none.
template <typename T>
T* child(const QObject& parent, const char* name) {
    T* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no child '%s' of the expected type", name);
    return found;
}

// The window holds the pixels of the data it has open, not X (engine/io/split_features.h):
// a split's features as catnet-train reads them.
inline Matrix featuresOf(const DataSplit& split) {
    return featuresFromPixels(split.pixels.data(), split.count());
}

inline ui::RunController* controller(const ui::MainWindow& window) {
    return child<ui::RunController>(window, "runController");
}
inline ui::NetworkPanel* networkPanel(const ui::MainWindow& window) {
    return child<ui::NetworkPanel>(window, "networkPanel");
}
// A window keeping its runs in `directory` (on the built-in data); with
// `waitForKeptRuns`, once it has read them back (it does so in the background).
inline std::unique_ptr<ui::MainWindow> windowKeepingRunsIn(const QString& directory, bool useSettings = false,
                                                          bool waitForKeptRuns = true) {
    ui::MainWindowOptions options;
    options.useSettings = useSettings;
    options.showDialogs = false;
    options.dataDirectory = std::filesystem::path("/nonexistent"); // built-in data: no files needed
    options.runStoreDirectory = directory;
    auto window = std::make_unique<ui::MainWindow>(options);
    if (waitForKeptRuns && !QTest::qWaitFor([&] { return !controller(*window)->isRestoring(); }, 120000))
        qFatal("the kept runs were not read back within two minutes");
    return window;
}

// Waits until the photo the window is reading (in the reader program) is shown or refused.
inline bool photoShown(const ui::MainWindow& window) {
    const auto* panel = child<ui::PredictionPanel>(window, "predictionPanel");
    return QTest::qWaitFor([panel] { return !panel->isReading(); }, 60000);
}

inline QSpinBox* iterationsSpin(const ui::MainWindow& window) {
    return child<QSpinBox>(window, "iterationsSpin");
}
inline QLineEdit* learningRateEdit(const ui::MainWindow& window) {
    return child<QLineEdit>(window, "learningRateEdit");
}
inline QProgressBar* progressBar(const ui::MainWindow& window) {
    return child<QProgressBar>(window, "trainingProgress");
}
inline ui::CostChart* costChart(const ui::MainWindow& window) {
    return child<ui::CostChart>(window, "costChart");
}
inline QString labelText(const ui::MainWindow& window, const char* name) {
    return child<QLabel>(window, name)->text();
}
// What the status bar shows now.
inline QString statusMessage(const ui::MainWindow& window) {
    return window.statusBar()->currentMessage();
}

// What a system in dark mode hands the application (Fusion's dark colours).
inline QPalette darkPalette() {
    return ui::darkPalette();
}

// Starts a run from the window's current settings and waits for it to end.
// File → Load model… as the learner does it: read in the background until it ends.
// What went wrong ("" when the model is in and current).
inline QString loadModelAndWait(ui::MainWindow& window, const QString& path) {
    QSignalSpy finished(controller(window), &ui::RunController::readingFinished);
    window.findChild<ui::RunFileActions*>()->loadModelFrom(path);
    if (finished.isEmpty() && !finished.wait(120000))
        return QStringLiteral("still reading after 120 s");
    return finished.first().at(3).toBool() ? QStringLiteral("stopped") : finished.first().at(2).toString();
}

inline bool trainAndWait(ui::MainWindow& window, int timeoutMs = 120000) {
    QSignalSpy finished(controller(window), &ui::RunController::trainingFinished);
    if (!window.startTraining())
        return false;
    if (finished.count() == 0 && !finished.wait(timeoutMs))
        return false;
    // The run is kept in the background; done once it is written.
    return QTest::qWaitFor([&] { return !controller(window)->isSaving(); }, timeoutMs);
}

} // namespace catnet::test
