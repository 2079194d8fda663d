// Nothing is lost: runs survive a restart (even when the window closes mid-run),
// broken run files and settings never block start-up, rapid Start/Stop is safe.
#include "network_panel.h"
#include "run_store.h"

#include "ui_helpers.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace catnet;

namespace {

std::unique_ptr<ui::MainWindow> windowKeepingRunsIn(const QString& directory, bool useSettings = false) {
    ui::MainWindowOptions options;
    options.useSettings = useSettings;
    options.dataDirectory = std::filesystem::path("/nonexistent"); // built-in data: no files needed
    options.runStoreDirectory = directory;
    return std::make_unique<ui::MainWindow>(options);
}

} // namespace

class TestPersistence : public QObject {
    Q_OBJECT
    QTemporaryDir settingsDir_;

private slots:
    void initTestCase() {
        // Settings of this test only, never the learner's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
        QCoreApplication::setOrganizationName("catnet-tests");
        QCoreApplication::setApplicationName("tst_persistence");
    }

    void runsSurviveARestart() {
        QTemporaryDir store;
        std::vector<Evaluation> before;
        QStringList names;
        {
            auto window = windowKeepingRunsIn(store.path());
            window->networkPanel()->applyPreset(ui::NetworkPanel::TwoLayerCourse);
            window->networkPanel()->iterationsSpin()->setValue(150);
            QVERIFY(test::trainAndWait(*window));
            window->networkPanel()->applyPreset(ui::NetworkPanel::LLayerCourse);
            window->networkPanel()->iterationsSpin()->setValue(120);
            QVERIFY(test::trainAndWait(*window));
            for (const auto& run : window->runsModel()->runs()) {
                before.push_back(*run->testEvaluation);
                names << run->name;
                QVERIFY(QFile::exists(run->storeFile));
            }
        }
        auto window = windowKeepingRunsIn(store.path());
        QCOMPARE(window->runsModel()->rowCount(), 2);
        for (std::size_t i = 0; i < 2; ++i) {
            const ui::TrainedRun& run = *window->runsModel()->runs()[i];
            QCOMPARE(run.name, names[int(i)]);
            QCOMPARE(run.outcome, Outcome::Completed);
            QVERIFY(run.testEvaluation.has_value());
            QVERIFY(run.testEvaluation->probabilities == before[i].probabilities);
        }
        QCOMPARE(window->runsModel()->runs()[0]->iterationsRun, 150);
        QCOMPARE(window->runsModel()->runs()[1]->costs.size(), std::size_t{3}); // 0, 100, 119
        QCOMPARE(window->costChart() != nullptr, true);
        // The last run is the current one again.
        QCOMPARE(window->currentRunId(), window->runsModel()->runs()[1]->id);
    }

    void aBrokenRunFileIsSkippedWithANote() {
        QTemporaryDir store;
        {
            auto window = windowKeepingRunsIn(store.path());
            window->networkPanel()->iterationsSpin()->setValue(50);
            QVERIFY(test::trainAndWait(*window));
        }
        QFile broken(store.filePath("run-00000000-000000-000-9.h5"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("half a run");
        broken.close();
        auto window = windowKeepingRunsIn(store.path());
        QCOMPARE(window->runsModel()->rowCount(), 1);
        QVERIFY2(window->lastError().contains("could not be read") && window->lastError().contains("run-00000000"),
                 qPrintable(window->lastError()));
    }

    void closingMidRunKeepsThePartialRun() {
        QTemporaryDir store;
        {
            auto window = windowKeepingRunsIn(store.path());
            window->networkPanel()->iterationsSpin()->setValue(1'000'000'000);
            window->show();
            QVERIFY(window->startTraining());
            QCOMPARE(window->progressBar()->maximum(), 1'000'000'000);
            QTRY_VERIFY_WITH_TIMEOUT(window->progressBar()->value() > 0, 30000);
            QElapsedTimer clock;
            clock.start();
            QVERIFY(window->close());
            QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
            QVERIFY(!window->isTraining());
        }
        auto window = windowKeepingRunsIn(store.path());
        QCOMPARE(window->runsModel()->rowCount(), 1);
        const ui::TrainedRun& run = *window->runsModel()->runs()[0];
        QCOMPARE(run.outcome, Outcome::Cancelled);
        QVERIFY(run.iterationsRun > 0);
        QVERIFY(run.hasModel());
        QVERIFY(!run.costs.empty());
    }

    void removingARunForgetsIt() {
        QTemporaryDir store;
        auto window = windowKeepingRunsIn(store.path());
        window->networkPanel()->iterationsSpin()->setValue(20);
        QVERIFY(test::trainAndWait(*window));
        const QString file = window->runsModel()->runs()[0]->storeFile;
        QVERIFY(QFile::exists(file));
        for (QAction* action : window->findChildren<QAction*>())
            if (action->text().contains("Remove selected run"))
                action->trigger();
        QCOMPARE(window->runsModel()->rowCount(), 0);
        QVERIFY(!QFile::exists(file));
    }

    void aHundredStartStopCycles() {
        auto window = test::makeWindow(false);
        window->networkPanel()->iterationsSpin()->setValue(1'000'000);
        for (int cycle = 0; cycle < 100; ++cycle) {
            QSignalSpy finished(window.get(), &ui::MainWindow::runFinished);
            QVERIFY(window->startTraining());
            if (cycle % 3 == 1)
                QTest::qWait(1); // sometimes stop after a little training, sometimes at once
            window->stopTraining();
            window->stopTraining(); // pressing Stop twice is harmless
            QVERIFY2(finished.count() == 1 || finished.wait(2000), qPrintable(QString("cycle %1").arg(cycle)));
            QVERIFY(!window->isTraining());
        }
        QCOMPARE(window->runsModel()->rowCount(), 100);
        for (const auto& run : window->runsModel()->runs())
            QCOMPARE(run->outcome, Outcome::Cancelled);
    }

    void corruptSettingsFallBackToDefaults() {
        {
            QSettings settings;
            settings.setValue("window/geometry", QByteArray("not a geometry"));
            settings.setValue("window/mainSplitter", QByteArray("\x01\x02\x03", 3));
            settings.setValue("network/dims", "12288,abc,1");
            settings.setValue("network/learningRate", "-5");
            settings.setValue("network/iterations", "many");
            settings.setValue("network/seed", -3);
            settings.setValue("network/init", "xavier");
            settings.setValue("network/reportEvery", 0);
            settings.setValue("network/preset", 77);
            settings.setValue("data/lastFolder", 42);
        }
        QTemporaryDir store;
        auto window = windowKeepingRunsIn(store.path(), true);
        const std::optional<TrainConfig> config = window->networkPanel()->config();
        QVERIFY2(config.has_value(), qPrintable(window->networkPanel()->problem()));
        QCOMPARE(config->layerDims, (LayerDims{12288, 20, 7, 5, 1}));
        QCOMPARE(config->learningRate, 0.0075);
        QCOMPARE(config->iterations, 2500);
        QCOMPARE(config->seed, 1u);
        QCOMPARE(config->init, InitScheme::Lecun);
        QCOMPARE(config->reportEvery, 100);
        QVERIFY(window->isBuiltInDataset());
    }

    void settingsRoundTrip() {
        QTemporaryDir store;
        {
            auto window = windowKeepingRunsIn(store.path(), true);
            window->networkPanel()->applyPreset(ui::NetworkPanel::TwoLayerCourse);
            window->networkPanel()->learningRateEdit()->setText("0.01");
            window->close();
        }
        auto window = windowKeepingRunsIn(store.path(), true);
        QCOMPARE(window->networkPanel()->config()->layerDims, (LayerDims{12288, 7, 1}));
        QCOMPARE(window->networkPanel()->config()->learningRate, 0.01);
        QCOMPARE(window->networkPanel()->config()->init, InitScheme::Small);
    }

    void savingWhereItCannotBeWrittenSaysSo() {
        auto window = test::makeWindow(false);
        window->networkPanel()->iterationsSpin()->setValue(10);
        QVERIFY(test::trainAndWait(*window));
        QVERIFY(!window->saveModelTo("/nonexistent-folder/model.h5"));
        QVERIFY2(window->lastError().contains("does not exist"), qPrintable(window->lastError()));
        QVERIFY(!window->saveModelTo("/proc/catnet-model.h5")); // not writable, even for root
        QVERIFY2(window->lastError().contains("cannot save"), qPrintable(window->lastError()));
        QVERIFY(!QFile::exists("/proc/catnet-model.h5"));
    }
};

QTEST_MAIN(TestPersistence)
#include "tst_persistence.moc"
