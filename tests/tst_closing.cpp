// Closing the window mid-run, by its button or by a signal, and starting and stopping
// a hundred times: the running run is stopped after its iteration and kept, a save under
// way is finished. (Split from tst_persistence so the two run side by side.)
#include "engine/io/model_io.h"
#include "ui/core/runs_model.h"
#include "ui/shell/close_on_signals.h"

#include "ui_helpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>

using namespace catnet;

namespace {

// Start/stop cycles: fewer under the sanitizers, where each costs fifteen times as much
// (the parameters' random draws and XᵀX of every start); every check stays.
#ifdef CATNET_SANITIZED
constexpr int kCycles = 30;
#else
constexpr int kCycles = 100;
#endif

} // namespace

class TestClosing : public QObject {
    Q_OBJECT

private slots:
    void terminationSignalsCloseLikeTheWindow_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGHUP") << SIGHUP;
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGQUIT") << SIGQUIT;
    }
    void terminationSignalsCloseLikeTheWindow() {
        QFETCH(int, signal);
        QTemporaryDir store;
        {
            auto window = test::windowKeepingRunsIn(store.path());
            const ui::CloseOnSignals closeOnSignals(window.get());
            test::iterationsSpin(*window)->setValue(1'000'000'000);
            window->show();
            QVERIFY(window->startTraining());
            QTRY_VERIFY_WITH_TIMEOUT(test::progressBar(*window)->value() > 0, 30000);
            ::raise(signal);
            QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 60000);
            QVERIFY(!test::controller(*window)->isTraining());
        }
        auto window = test::windowKeepingRunsIn(store.path());
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 1);
        QCOMPARE(test::controller(*window)->runs()->runs()[0]->outcome, Outcome::Cancelled);
    }

    void closingMidRunKeepsThePartialRun() {
        QTemporaryDir store;
        {
            auto window = test::windowKeepingRunsIn(store.path());
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
        auto window = test::windowKeepingRunsIn(store.path());
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 1);
        const ui::TrainedRun& run = *test::controller(*window)->runs()->runs()[0];
        QCOMPARE(run.outcome, Outcome::Cancelled);
        QVERIFY(run.iterationsRun > 0 && run.iterationsRun < 1'000'000'000);
        QVERIFY(run.hasModel());
        QVERIFY(!run.costs.empty());
    }

    void aHundredStartStopCycles() {
        auto window = test::makeWindow(false);
        test::iterationsSpin(*window)->setValue(1'000'000);
        for (int cycle = 0; cycle < kCycles; ++cycle) {
            QSignalSpy finished(test::controller(*window), &ui::RunController::trainingFinished);
            QVERIFY(window->startTraining());
            if (cycle % 3 == 1)
                QTest::qWait(1); // sometimes stop after a little training, sometimes at once
            window->stopTraining();
            window->stopTraining(); // pressing Stop twice is harmless
            QVERIFY2(finished.count() == 1 || finished.wait(60000), qPrintable(QString("cycle %1").arg(cycle)));
            QVERIFY(!test::controller(*window)->isTraining());
        }
        QCOMPARE(test::controller(*window)->runs()->rowCount(), kCycles);
        for (const auto& run : test::controller(*window)->runs()->runs())
            QCOMPARE(run->outcome, Outcome::Cancelled);
    }

    void closingWaitsForASaveUnderWay() {
        QTemporaryDir folder;
        const QString file = folder.filePath("closing.h5");
        Matrix weights;
        {
            auto window = test::makeWindow(false);
            test::iterationsSpin(*window)->setValue(5);
            QVERIFY(test::trainAndWait(*window));
            weights = test::controller(*window)->currentRun()->parameters->W[0];
            QVERIFY(window->saveModelTo(file));
            window->close();
        }
        QVERIFY(loadModel(file.toStdString()).parameters.W[0] == weights);
    }
};

QTEST_MAIN(TestClosing)
#include "tst_closing.moc"
