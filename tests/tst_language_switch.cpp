// View → Language switches at once (issue 24, item 12): WindowHost builds a new window
// in the new language around the same RunController, so the data, the runs, a run under
// way, the form and its undo steps, the tab and the window's size all stay.
#include "engine/model/course_presets.h"
#include "ui/core/run_controller.h"
#include "ui/core/sweep_session.h"
#include "ui/experiments/sweep_panel.h"
#include "ui/shell/language.h"
#include "ui/shell/notice_bar.h"
#include "ui/shell/window_host.h"
#include "ui/shell/workspace_tabs.h"

#include "support/ui_helpers.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QUndoStack>

using namespace catnet;

namespace {

ui::MainWindowOptions builtInDataOptions() {
    ui::MainWindowOptions options;
    options.useSettings = false;
    options.showDialogs = false;
    options.dataDirectory = std::filesystem::path("/nonexistent"); // the built-in shapes
    return options;
}

QString fileMenuTitle(const ui::MainWindow& window) {
    return window.menuBar()->actions().front()->text();
}

ui::WorkspaceTabs* tabs(const ui::MainWindow& window) {
    return window.findChild<ui::WorkspaceTabs*>();
}

// Chooses View → Language → `language` in the window shown and waits for the new one.
ui::MainWindow* choose(ui::WindowHost& host, const char* language) {
    QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
    test::child<QAction>(*host.window(), qPrintable(QString("language_") + language))->trigger();
    if (!replaced.wait(10000))
        return nullptr;
    return replaced.first().at(0).value<ui::MainWindow*>();
}

// test::trainAndWait for a window whose controller is the host's.
bool trainAndWait(ui::WindowHost& host) {
    QSignalSpy finished(host.controller(), &ui::RunController::trainingFinished);
    return host.window()->startTraining() && finished.wait(60000) &&
           QTest::qWaitFor([&] { return !host.controller()->isSaving(); }, 60000);
}

TrainConfig quickConfig(int iterations) {
    TrainConfig config = twoLayerCourseConfig();
    config.layerDims = {12288, 3, 1};
    config.iterations = iterations;
    config.reportEvery = 10;
    return config;
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { ui::installLanguage("en"); }

    void theWindowSpeaksTheNewLanguageAtOnceAndKeepsEverything() {
        ui::WindowHost host(builtInDataOptions());
        ui::MainWindow* first = host.window();
        first->resize(1100, 760);
        first->show();
        test::networkPanel(*first)->setConfig(quickConfig(40));
        QVERIFY(trainAndWait(host));
        const int runId = host.controller()->currentRunId();
        QVERIFY(runId > 0);
        const int points = test::costChart(*first)->pointCount(runId);
        QVERIFY(points > 1);
        test::learningRateEdit(*first)->setText("0.02"); // one undo step
        tabs(*first)->setCurrentIndex(3);
        QCOMPARE(fileMenuTitle(*first), QString("&File"));

        QPointer<ui::MainWindow> earlier(first);
        ui::MainWindow* window = choose(host, "zh_CN");
        QVERIFY(window);
        QCOMPARE(host.window(), window);
        QVERIFY2(!earlier, "the window in the old language is gone");
        QCOMPARE(ui::installedLanguage(), QString("zh_CN"));
        QVERIFY(test::child<QAction>(*window, "language_zh_CN")->isChecked());
        QCOMPARE(fileMenuTitle(*window), QCoreApplication::translate("catnet::ui::MainWindow", "&File"));
        QVERIFY2(fileMenuTitle(*window) != "&File", qPrintable(fileMenuTitle(*window)));
        QVERIFY2(test::statusMessage(*window).contains("简体中文"), qPrintable(test::statusMessage(*window)));

        // The run, its curve and the data are shown in the new window.
        QCOMPARE(host.controller()->runs()->runs().size(), std::size_t(1));
        QCOMPARE(host.controller()->currentRunId(), runId);
        QCOMPARE(test::costChart(*window)->pointCount(runId), points);
        QVERIFY(host.controller()->dataset());
        // The tab, the size and the form as they were, and the form's undo step still works.
        QCOMPARE(tabs(*window)->currentIndex(), 3);
        QCOMPARE(window->size(), QSize(1100, 760));
        QCOMPARE(test::learningRateEdit(*window)->text(), QString("0.02"));
        QVERIFY(host.controller()->undoStack()->canUndo());
        host.controller()->undoStack()->undo();
        QCOMPARE(test::learningRateEdit(*window)->text(), QString("0.0075"));
        host.controller()->undoStack()->redo();
        QCOMPARE(test::learningRateEdit(*window)->text(), QString("0.02"));

        // And back: the Chinese translators are removed, not stacked under English.
        window = choose(host, "en");
        QVERIFY(window);
        QCOMPARE(fileMenuTitle(*window), QString("&File"));
        QCOMPARE(test::learningRateEdit(*window)->text(), QString("0.02"));
    }

    void aRunUnderWayGoesOnInTheNewWindow() {
        ui::WindowHost host(builtInDataOptions());
        host.window()->show();
        test::networkPanel(*host.window())->setConfig(quickConfig(2'000'000));
        QSignalSpy finished(host.controller(), &ui::RunController::trainingFinished);
        QVERIFY(host.window()->startTraining());
        QVERIFY(QTest::qWaitFor([&] { return test::progressBar(*host.window())->value() > 0; }, 30000));
        const int runId = host.controller()->activeRunId();

        ui::MainWindow* window = choose(host, "zh_CN");
        QVERIFY(window);
        QVERIFY2(host.controller()->isTraining(), "the run goes on");
        QCOMPARE(test::progressBar(*window)->maximum(), 2'000'000);
        const int shown = test::progressBar(*window)->value();
        QVERIFY(QTest::qWaitFor([&] { return test::progressBar(*window)->value() > shown; }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return test::costChart(*window)->pointCount(runId) > 1; }, 30000));
        QVERIFY2(!test::child<QPushButton>(*window, "trainButton")->isEnabled(), "Train waits for the run");
        QVERIFY(test::child<QPushButton>(*window, "stopButton")->isEnabled());

        test::child<QPushButton>(*window, "stopButton")->click();
        QVERIFY(finished.wait(30000));
        const auto run = host.controller()->run(runId);
        QVERIFY(run && !run->running);
        QVERIFY(run->iterationsRun > 0 && run->iterationsRun < 2'000'000);
        QVERIFY(test::child<QPushButton>(*window, "trainButton")->isEnabled());
    }

    void workInATabPostponesTheSwitch() {
        ui::WindowHost host(builtInDataOptions());
        ui::MainWindow* window = host.window();
        window->show();
        test::networkPanel(*window)->setConfig(quickConfig(2'000'000));
        test::child<QLineEdit>(*window, "sweepFirstValues")->setText("0.001, 0.002");
        test::child<QLineEdit>(*window, "sweepSecondValues")->setText("12288,3,1");
        auto* sweep = test::child<ui::SweepPanel>(*window, "sweepPanel");
        QVERIFY(sweep->startSweep());
        QCOMPARE(window->workInProgress(), QStringList{"Sweep"});

        QVERIFY(!host.switchLanguage("zh_CN"));
        QCOMPARE(host.window(), window);
        QCOMPARE(fileMenuTitle(*window), QString("&File"));
        QVERIFY(sweep->session()->isRunning());
        const QString notice = test::labelText(*window, "noticeText");
        QVERIFY2(notice.contains("简体中文") && notice.contains("Sweep") && notice.contains("next start"),
                 qPrintable(notice));

        QSignalSpy ended(sweep->session(), &ui::SweepSession::finished);
        test::child<QPushButton>(*window, "sweepStopButton")->click();
        QVERIFY(ended.wait(30000));
        QVERIFY(window->workInProgress().isEmpty());
        QVERIFY(choose(host, "zh_CN"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
