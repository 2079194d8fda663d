// Nothing is lost: runs survive a restart (even when the window closes mid-run),
// broken run files and settings never block start-up, rapid Start/Stop is safe.
#include "network_panel.h"
#include "run_store.h"

#include "ui_helpers.h"

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
    options.showDialogs = false;
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
            test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
            test::iterationsSpin(*window)->setValue(150);
            QVERIFY(test::trainAndWait(*window));
            test::networkPanel(*window)->setConfig(lLayerCourseConfig());
            test::iterationsSpin(*window)->setValue(120);
            QVERIFY(test::trainAndWait(*window));
            for (const auto& run : test::controller(*window)->runs()->runs()) {
                before.push_back(*run->testEvaluation);
                names << run->name;
                QVERIFY(QFile::exists(run->storeFile));
            }
        }
        auto window = windowKeepingRunsIn(store.path());
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 2);
        for (std::size_t i = 0; i < 2; ++i) {
            const ui::TrainedRun& run = *test::controller(*window)->runs()->runs()[i];
            QCOMPARE(run.name, names[int(i)]);
            QCOMPARE(run.outcome, Outcome::Completed);
            QVERIFY(run.testEvaluation.has_value());
            QVERIFY(run.testEvaluation->probabilities == before[i].probabilities);
        }
        QCOMPARE(test::controller(*window)->runs()->runs()[0]->iterationsRun, 150);
        QCOMPARE(test::controller(*window)->runs()->runs()[1]->costs.size(), std::size_t{3}); // 0, 100, 119
        // The chart shows the restored histories again.
        QCOMPARE(test::costChart(*window)->pointCount(test::controller(*window)->runs()->runs()[0]->id), 3); // 0, 100, 149
        QCOMPARE(test::costChart(*window)->pointCount(test::controller(*window)->runs()->runs()[1]->id), 3);
        // The last run is the current one again.
        QCOMPARE(test::controller(*window)->currentRunId(), test::controller(*window)->runs()->runs()[1]->id);
    }

    void aBrokenRunFileIsSkippedWithANote() {
        QTemporaryDir store;
        {
            auto window = windowKeepingRunsIn(store.path());
            test::iterationsSpin(*window)->setValue(50);
            QVERIFY(test::trainAndWait(*window));
        }
        QFile broken(store.filePath("run-00000000-000000-000-9.h5"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("half a run");
        broken.close();
        auto window = windowKeepingRunsIn(store.path());
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 1);
        QVERIFY2(test::statusMessage(*window).contains("could not be read") && test::statusMessage(*window).contains("run-00000000"),
                 qPrintable(test::statusMessage(*window)));
    }

    void closingMidRunKeepsThePartialRun() {
        QTemporaryDir store;
        {
            auto window = windowKeepingRunsIn(store.path());
            test::iterationsSpin(*window)->setValue(1'000'000'000);
            window->show();
            QVERIFY(window->startTraining());
            QCOMPARE(test::progressBar(*window)->maximum(), 1'000'000'000);
            QTRY_VERIFY_WITH_TIMEOUT(test::progressBar(*window)->value() > 0, 30000);
            // Closing waits for the worker to finish its current iteration (however slow
            // the machine), then keeps the partial run.
            QVERIFY(window->close());
            QVERIFY(!test::controller(*window)->isTraining());
        }
        auto window = windowKeepingRunsIn(store.path());
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 1);
        const ui::TrainedRun& run = *test::controller(*window)->runs()->runs()[0];
        QCOMPARE(run.outcome, Outcome::Cancelled);
        QVERIFY(run.iterationsRun > 0 && run.iterationsRun < 1'000'000'000);
        QVERIFY(run.hasModel());
        QVERIFY(!run.costs.empty());
    }

    void removingARunForgetsIt() {
        QTemporaryDir store;
        auto window = windowKeepingRunsIn(store.path());
        test::iterationsSpin(*window)->setValue(20);
        QVERIFY(test::trainAndWait(*window));
        const QString file = test::controller(*window)->runs()->runs()[0]->storeFile;
        QVERIFY(QFile::exists(file));
        for (QAction* action : window->findChildren<QAction*>())
            if (action->text().contains("Remove selected run"))
                action->trigger();
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 0);
        QVERIFY(!QFile::exists(file));
    }

    void aHundredStartStopCycles() {
        auto window = test::makeWindow(false);
        test::iterationsSpin(*window)->setValue(1'000'000);
        for (int cycle = 0; cycle < 100; ++cycle) {
            QSignalSpy finished(test::controller(*window), &ui::RunController::trainingFinished);
            QVERIFY(window->startTraining());
            if (cycle % 3 == 1)
                QTest::qWait(1); // sometimes stop after a little training, sometimes at once
            window->stopTraining();
            window->stopTraining(); // pressing Stop twice is harmless
            QVERIFY2(finished.count() == 1 || finished.wait(60000), qPrintable(QString("cycle %1").arg(cycle)));
            QVERIFY(!test::controller(*window)->isTraining());
        }
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 100);
        for (const auto& run : test::controller(*window)->runs()->runs())
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
        const std::optional<TrainConfig> config = test::networkPanel(*window)->config();
        QVERIFY2(config.has_value(), qPrintable(test::networkPanel(*window)->problem()));
        QCOMPARE(config->layerDims, (LayerDims{12288, 20, 7, 5, 1}));
        QCOMPARE(config->learningRate, 0.0075);
        QCOMPARE(config->iterations, 2500);
        QCOMPARE(config->seed, 1u);
        QCOMPARE(config->init, InitScheme::Lecun);
        QCOMPARE(config->reportEvery, 100);
        QVERIFY(test::controller(*window)->isBuiltInDataset());
    }

    void settingsRoundTrip() {
        QTemporaryDir store;
        {
            auto window = windowKeepingRunsIn(store.path(), true);
            test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
            test::learningRateEdit(*window)->setText("0.01");
            window->close();
        }
        auto window = windowKeepingRunsIn(store.path(), true);
        QCOMPARE(test::networkPanel(*window)->config()->layerDims, (LayerDims{12288, 7, 1}));
        QCOMPARE(test::networkPanel(*window)->config()->learningRate, 0.01);
        QCOMPARE(test::networkPanel(*window)->config()->init, InitScheme::Small);
    }

    void savingWhereItCannotBeWrittenSaysSo() {
        auto window = test::makeWindow(false);
        test::iterationsSpin(*window)->setValue(10);
        QVERIFY(test::trainAndWait(*window));
        QVERIFY(!window->saveModelTo("/nonexistent-folder/model.h5"));
        QVERIFY2(test::statusMessage(*window).contains("does not exist"), qPrintable(test::statusMessage(*window)));
        QVERIFY(!window->saveModelTo("/proc/catnet-model.h5")); // not writable, even for root
        QVERIFY2(test::statusMessage(*window).contains("cannot save"), qPrintable(test::statusMessage(*window)));
        QVERIFY(!QFile::exists("/proc/catnet-model.h5"));
    }
};

QTEST_MAIN(TestPersistence)
#include "tst_persistence.moc"
