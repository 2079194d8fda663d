// Nothing is lost: runs survive a restart (even when the window closes mid-run),
// broken run files and settings never block start-up, rapid Start/Stop is safe.
#include "engine/io/model_io.h"
#include "engine/io/synthetic_dataset.h"
#include "engine/model/course_presets.h"
#include "engine/model/initialization.h"
#include "ui/core/run_store.h"
#include "ui/core/runs_model.h"
#include "ui/shell/close_on_signals.h"
#include "ui/shell/notice_bar.h"
#include "ui/training/network_panel.h"

#include "ui_helpers.h"

#include <QLineEdit>
#include <QProgressBar>
#include <QDockWidget>
#include <QSettings>
#include <QSpinBox>
#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QFont>
#include <QTableView>

#include <csignal>

#include <sys/mount.h>

using namespace catnet;


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
        std::vector<std::vector<SignalPoint>> signalsBefore;
        QStringList names;
        {
            auto window = test::windowKeepingRunsIn(store.path());
            test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
            test::iterationsSpin(*window)->setValue(150);
            QVERIFY(test::trainAndWait(*window));
            test::networkPanel(*window)->setConfig(lLayerCourseConfig());
            test::iterationsSpin(*window)->setValue(120);
            QVERIFY(test::trainAndWait(*window));
            for (const auto& run : test::controller(*window)->runs()->runs()) {
                before.push_back(*run->testEvaluation);
                signalsBefore.push_back(run->layerSignals);
                names << run->name;
                QVERIFY(QFile::exists(run->storeFile));
            }
        }
        auto window = test::windowKeepingRunsIn(store.path());
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 2);
        for (std::size_t i = 0; i < 2; ++i) {
            const ui::TrainedRun& run = *test::controller(*window)->runs()->runs()[i];
            QCOMPARE(run.name, names[int(i)]);
            QCOMPARE(run.outcome, Outcome::Completed);
            QVERIFY(run.testEvaluation.has_value());
            QVERIFY(run.testEvaluation->probabilities == before[i].probabilities);
            QVERIFY(!run.layerSignals.empty());
            QCOMPARE(run.layerSignals, signalsBefore[i]); // kept with the run
        }
        QCOMPARE(test::controller(*window)->runs()->runs()[0]->iterationsRun, 150);
        QCOMPARE(test::controller(*window)->runs()->runs()[1]->costs.size(), std::size_t{3}); // 0, 100, 119
        // The chart shows the restored histories again, every iteration.
        QCOMPARE(test::costChart(*window)->pointCount(test::controller(*window)->runs()->runs()[0]->id), 150);
        QCOMPARE(test::costChart(*window)->pointCount(test::controller(*window)->runs()->runs()[1]->id), 120);
        // The last run is the current one again.
        QCOMPARE(test::controller(*window)->currentRunId(), test::controller(*window)->runs()->runs()[1]->id);
    }

    void aBrokenRunFileIsSkippedWithANote() {
        QTemporaryDir store;
        {
            auto window = test::windowKeepingRunsIn(store.path());
            test::iterationsSpin(*window)->setValue(50);
            QVERIFY(test::trainAndWait(*window));
        }
        for (int k = 0; k < 12; ++k) {
            QFile broken(store.filePath(QStringLiteral("run-00000000-000000-000-%1.h5").arg(k + 10)));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("half a run");
        }
        auto window = test::windowKeepingRunsIn(store.path());
        window->show();
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isRestoring(); }, 60000));
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 1);
        // Said where the learner looks, until dismissed: one short line (file names, not
        // paths; three of them and a count), every file in its tooltip.
        auto* bar = test::child<ui::NoticeBar>(*window, "noticeBar");
        const QString notice = bar->text();
        QVERIFY2(notice.startsWith("12 kept runs could not be read") && notice.contains("run-00000000-000000-000-10.h5") &&
                     notice.endsWith(" and 9 more") && !notice.contains(store.path()),
                 qPrintable(notice));
        QCOMPARE(bar->details().count(store.path()), 12);
        QVERIFY2(bar->height() < 90, qPrintable(QString::number(bar->height())));
    }

    // Many kept runs: the window shows at once, rows arrive as they are read, and only
    // the current run's weights are held in memory.
    void manyKeptRunsArriveInTheBackground() {
        QTemporaryDir store;
        {
            ui::RunStore writer(store.path());
            SavedModel model;
            model.config = twoLayerCourseConfig();
            model.config.layerDims = {12288, 3, 1};
            for (int i = 0; i < 40; ++i) {
                model.parameters = initializeParameters(model.config.layerDims, InitScheme::Small, std::uint32_t(i));
                model.costs = {{0, 0.7}, {99, 0.6 - i * 0.001}};
                ui::TrainedRun run = ui::fromSavedModel(model);
                run.id = i + 1;
                writer.save(run);
            }
        }
        auto window = test::windowKeepingRunsIn(store.path(), false, false);
        auto* controller = test::controller(*window);
        QVERIFY(controller->isRestoring()); // the constructor did not wait for them
        QSignalSpy progress(controller, &ui::RunController::restoreProgress);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isRestoring(), 120000);
        QCOMPARE(controller->runs()->rowCount(), 40);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toInt(), 40);
        QVERIFY2(test::statusMessage(*window).contains("Reading kept runs: 40 of 40"), qPrintable(test::statusMessage(*window)));
        const auto withWeights = [&] {
            return std::count_if(controller->runs()->runs().begin(), controller->runs()->runs().end(),
                                 [](const auto& run) { return run->parameters != nullptr; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(withWeights(), 1, 30000); // the current (last) run's, read when it was opened
        QVERIFY(controller->currentRun()->parameters);
        for (const auto& run : controller->runs()->runs())
            QVERIFY(run->testEvaluation.has_value() && run->costs.size() == 2); // the table and chart have theirs
        const int first = controller->runs()->idAt(0);
        QSignalSpy reading(controller, &ui::RunController::readingStarted);
        controller->setCurrentRun(first);
        QCOMPARE(reading.count(), 1); // read in the background, with the status bar's Stop
        QCOMPARE(reading.first().first().value<ui::RunController::Reading>(), ui::RunController::Reading::RunWeights);
        QVERIFY(controller->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(controller->currentRun()->parameters, 30000); // opened: its weights are read
        QCOMPARE(withWeights(), 1);                                            // and the previous run's let go
        QCOMPARE(test::child<ui::WeightsView>(*window, "weightsView")->model()->rowCount(), 3);
        QVERIFY(!controller->isLoading());
        QVERIFY(!test::statusMessage(*window).contains("weights"));
        // Stop ends a read under way; the run stays, without weights, and can be opened again.
        controller->setCurrentRun(controller->runs()->idAt(1));
        controller->stopLoading();
        QVERIFY(!controller->isLoading());
        QVERIFY(!controller->currentRun()->parameters);
        controller->setCurrentRun(first);
        QTRY_VERIFY_WITH_TIMEOUT(controller->currentRun()->parameters, 30000);
    }

    // A store on a read-only file system says so in words, not in HDF5's "errno = 30".
    void aReadOnlyStoreSaysSo() {
        QTemporaryDir scratch;
        const QString store = scratch.filePath("runs");
        QVERIFY(QDir().mkpath(store));
        if (::mount("catnet-test", QFile::encodeName(store).constData(), "tmpfs", MS_RDONLY, "size=64k") != 0)
            QSKIP("mounting a read-only file system needs root (CAP_SYS_ADMIN)");
        const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(store).constData(), MNT_DETACH); });
        auto window = test::windowKeepingRunsIn(store);
        window->show();
        test::iterationsSpin(*window)->setValue(10);
        QVERIFY(test::trainAndWait(*window));
        const QString notice = test::child<ui::NoticeBar>(*window, "noticeBar")->text();
        QVERIFY2(notice.contains("could not be kept") && notice.contains("the file system is read-only") &&
                     !notice.contains("errno"),
                 qPrintable(notice));
    }

    void aRunThatCannotBeKeptSaysSoAndOffersSaveAs() {
        // A store folder that cannot be created, even by root.
        auto window = test::windowKeepingRunsIn("/proc/catnet-test-runs");
        window->show();
        test::iterationsSpin(*window)->setValue(10);
        QVERIFY(test::trainAndWait(*window));
        const auto run = test::controller(*window)->currentRun();
        QVERIFY(!run->notKept.isEmpty());
        // The runs table's row says so...
        auto* runs = test::controller(*window)->runs();
        const QString outcome = runs->data(runs->index(runs->rowOf(run->id), ui::RunsModel::Result)).toString();
        QVERIFY2(outcome.contains("not kept"), qPrintable(outcome));
        // ...a notice stays until dismissed, offering to save elsewhere...
        auto* notice = test::child<ui::NoticeBar>(*window, "noticeBar");
        QVERIFY2(notice->isVisible() && notice->text().contains("could not be kept"), qPrintable(notice->text()));
        QVERIFY(test::child<QPushButton>(*window, "noticeAction")->isVisible());
        QCOMPARE(test::child<QPushButton>(*window, "noticeAction")->text(), QString("Save as…"));
        // ...and the status bar shows it with room to read it.
        QVERIFY2(test::statusMessage(*window).contains("could not be kept"), qPrintable(test::statusMessage(*window)));
        auto* dataLabel = test::child<QLabel>(*window, "dataLabel");
        QVERIFY2(window->statusBar()->width() - dataLabel->width() > 300,
                 qPrintable(QString("data label %1 of %2 px").arg(dataLabel->width()).arg(window->statusBar()->width())));
        QTest::mouseClick(test::child<QPushButton>(*window, "noticeDismiss"), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
    }

    void aRunStaysTiedToItsData() {
        auto window = test::makeWindow(false);
        test::iterationsSpin(*window)->setValue(1'000'000'000);
        QVERIFY(window->startTraining());
        // The menu does not offer other data while a run trains.
        for (QAction* action : window->findChildren<QAction*>())
            if (action->text().contains("built-in") || action->text().contains("Open dataset"))
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        // Replaced all the same (through the controller): the run keeps the numbers of the
        // data it trained on, and views of the new data's images show none of them.
        QTRY_VERIFY_WITH_TIMEOUT(test::progressBar(*window)->value() > 0, 30000);
        Dataset smaller = makeSyntheticDataset();
        smaller.test.Y.conservativeResize(1, 5);
        smaller.test.X.conservativeResize(Eigen::NoChange, 5);
        smaller.test.pixels.resize(std::size_t(5 * kImageBytes));
        test::controller(*window)->setDataset(std::make_shared<const Dataset>(std::move(smaller)), "five test images", false);
        QSignalSpy finished(test::controller(*window), &ui::RunController::trainingFinished);
        window->stopTraining();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        const auto run = test::controller(*window)->currentRun();
        QCOMPARE(run->testEvaluation->probabilities.size(), Eigen::Index(50));
        QVERIFY(!run->measuredOnOpenData);
        QVERIFY(!run->evaluationOnOpenData(true));
        auto* mislabeled = test::child<ui::MislabeledView>(*window, "mislabeledView");
        QVERIFY(mislabeled->model()->items().empty());
        QVERIFY2(mislabeled->summary().contains("measured on built-in shapes"), qPrintable(mislabeled->summary()));
        // Evaluated on the new data when asked, into its own columns.
        QCOMPARE(test::controller(*window)->evaluateOnOpenData(), 1);
        QCOMPARE(run->openTestEvaluation->probabilities.size(), Eigen::Index(5));
        QCOMPARE(run->testEvaluation->probabilities.size(), Eigen::Index(50));
        for (const auto& item : mislabeled->model()->items())
            QVERIFY(item.index >= 0 && item.index < 5);
    }

    // Issue 24, item 1: after another data set is opened, a run shows the numbers it was
    // measured with (not 100 % on a dozen new photos), the table names their data, and
    // evaluating on the open data is asked for and shown apart; a kept run brings its
    // numbers and their data into the next session, whatever data set is open then.
    void aRunKeepsItsNumbersWhenOtherDataOpens() {
        QTemporaryDir store;
        double trainAccuracy = 0.0, testAccuracy = 0.0;
        const auto otherData = [] {
            Dataset other{makeSyntheticSplit(12, 41), makeSyntheticSplit(4, 42)};
            return std::make_shared<const Dataset>(std::move(other));
        };
        {
            auto window = test::windowKeepingRunsIn(store.path());
            test::iterationsSpin(*window)->setValue(300);
            QVERIFY(test::trainAndWait(*window));
            auto* controller = test::controller(*window);
            QVERIFY(QTest::qWaitFor([&] { return !controller->isSaving(); }, 60000));
            const auto run = controller->currentRun();
            trainAccuracy = run->trainEvaluation->accuracy;
            testAccuracy = run->testEvaluation->accuracy;
            const QString trainText = controller->runs()->index(0, ui::RunsModel::TrainAccuracy).data().toString();
            auto* table = test::child<QTableView>(*window, "runsTable");
            QVERIFY(table->isColumnHidden(ui::RunsModel::MeasuredOn)); // all measured on the open data
            QAction* evaluateAction = test::child<QAction>(*window, "evaluateOnOpenDataAction");
            QVERIFY(!evaluateAction->isEnabled());

            controller->setDataset(otherData(), "twelve photos", false);
            QCOMPARE(run->trainEvaluation->accuracy, trainAccuracy); // its own numbers stay
            QCOMPARE(controller->runs()->index(0, ui::RunsModel::TrainAccuracy).data().toString(), trainText);
            QVERIFY(!run->measuredOnOpenData);
            QVERIFY(!table->isColumnHidden(ui::RunsModel::MeasuredOn));
            QCOMPARE(controller->runs()->index(0, ui::RunsModel::MeasuredOn).data().toString(), QString("built-in shapes"));
            QVERIFY(controller->runs()->index(0, ui::RunsModel::MeasuredOn).data(Qt::ToolTipRole).toString().contains(
                "built-in shapes (209 + 50 images)"));
            QVERIFY(controller->runs()->index(0, ui::RunsModel::TestAccuracy).data(Qt::FontRole).value<QFont>().italic());
            QVERIFY(table->isColumnHidden(ui::RunsModel::OpenDataAccuracy));
            const QString note = test::labelText(*window, "measuredOnLabel");
            QVERIFY2(note.contains("Measured on built-in shapes") && note.contains("Evaluate on the open data"), qPrintable(note));
            QVERIFY(evaluateAction->isEnabled());

            evaluateAction->trigger();
            QVERIFY(run->openTestEvaluation.has_value());
            QCOMPARE(run->openTestEvaluation->probabilities.size(), Eigen::Index(4));
            QVERIFY(!table->isColumnHidden(ui::RunsModel::OpenDataAccuracy));
            QCOMPARE(controller->runs()->index(0, ui::RunsModel::OpenDataAccuracy).data().toString(),
                     QString("%1 / %2%").arg(run->openTrainEvaluation->accuracy * 100.0, 0, 'f', 1)
                         .arg(run->openTestEvaluation->accuracy * 100.0, 0, 'f', 1));
            QCOMPARE(run->testEvaluation->accuracy, testAccuracy);
            QVERIFY(test::labelText(*window, "measuredOnLabel").contains("On the open data: train"));

            controller->useBuiltInDataset("back"); // its own data again: nothing to flag
            QVERIFY(run->measuredOnOpenData);
            QVERIFY(!run->openTestEvaluation);
            QVERIFY(table->isColumnHidden(ui::RunsModel::MeasuredOn));
            QVERIFY(table->isColumnHidden(ui::RunsModel::OpenDataAccuracy));
        }
        // The next session opens with other data: the kept run comes back with its numbers.
        ui::MainWindowOptions options;
        options.useSettings = false;
        options.showDialogs = false;
        options.dataDirectory = std::filesystem::path("/nonexistent");
        options.runStoreDirectory = store.path();
        ui::MainWindow window(options);
        auto* controller = test::controller(window);
        controller->setDataset(otherData(), "twelve photos", false);
        QVERIFY(QTest::qWaitFor([&] { return !controller->isRestoring(); }, 60000));
        QCOMPARE(controller->runs()->rowCount(), 1);
        const auto run = controller->run(controller->runs()->idAt(0));
        QVERIFY(!run->measuredOnOpenData);
        QCOMPARE(run->trainEvaluation->accuracy, trainAccuracy);
        QCOMPARE(run->testEvaluation->accuracy, testAccuracy);
        QCOMPARE(run->measuredOnText(), QString("built-in shapes (209 + 50 images)"));
        QCOMPARE(controller->evaluateOnOpenData(), 1); // its weights are on disk: read in the background
        QVERIFY(QTest::qWaitFor([&] { return run->openTestEvaluation.has_value(); }, 60000));
        QCOMPARE(run->openTestEvaluation->probabilities.size(), Eigen::Index(4));
    }

    void aRunRemovedWhileBeingKeptLeavesNoFile() {
        QTemporaryDir store;
        auto window = test::windowKeepingRunsIn(store.path());
        test::iterationsSpin(*window)->setValue(20);
        auto* controller = test::controller(*window);
        QSignalSpy finished(controller, &ui::RunController::trainingFinished);
        QVERIFY(window->startTraining());
        QVERIFY(finished.wait(60000));
        QVERIFY(controller->isSaving()); // being kept in the background...
        window->removeCurrentRun();      // ...when it is removed
        QVERIFY(QTest::qWaitFor([&] { return !controller->isSaving(); }, 60000));
        QCOMPARE(controller->runs()->rowCount(), 0);
        QCOMPARE(QDir(store.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void removingARunForgetsIt() {
        QTemporaryDir store;
        auto window = test::windowKeepingRunsIn(store.path());
        test::iterationsSpin(*window)->setValue(20);
        QVERIFY(test::trainAndWait(*window));
        const QString file = test::controller(*window)->runs()->runs()[0]->storeFile;
        QVERIFY(QFile::exists(file));
        for (QAction* action : window->findChildren<QAction*>())
            if (action->text().contains("Remove selected run"))
                action->trigger();
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 0);
        QVERIFY(QFile::exists(file)); // while the removal can be undone
        window.reset();
        QVERIFY(!QFile::exists(file));
        QCOMPARE(test::windowKeepingRunsIn(store.path())->findChild<ui::RunController*>()->runs()->rowCount(), 0);
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
        auto window = test::windowKeepingRunsIn(store.path(), true);
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
            auto window = test::windowKeepingRunsIn(store.path(), true);
            test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
            test::learningRateEdit(*window)->setText("0.01");
            window->close();
        }
        auto window = test::windowKeepingRunsIn(store.path(), true);
        QCOMPARE(test::networkPanel(*window)->config()->layerDims, (LayerDims{12288, 7, 1}));
        QCOMPARE(test::networkPanel(*window)->config()->learningRate, 0.01);
        QCOMPARE(test::networkPanel(*window)->config()->init, InitScheme::Small);
        // Settings that are no preset are kept, and said so, with the course's model one click away.
        window->show();
        auto* notice = test::child<ui::NoticeBar>(*window, "noticeBar");
        QVERIFY2(notice->text().contains("last session's settings") &&
                     notice->text().contains("lr 0.01"),
                 qPrintable(notice->text()));
        QTest::mouseClick(test::child<QPushButton>(*window, "noticeAction"), Qt::LeftButton);
        QCOMPARE(*test::networkPanel(*window)->config(), lLayerCourseConfig());
        QVERIFY(test::networkPanel(*window)->matchesPreset());
    }

    void theCourseTourIsOfferedOnceOnTheFirstStart() {
        QSettings().clear();
        QTemporaryDir store;
        {
            auto window = test::windowKeepingRunsIn(store.path(), true);
            window->show();
            auto* notice = test::child<ui::NoticeBar>(*window, "noticeBar");
            QVERIFY2(notice->text().contains("course tour"), qPrintable(notice->text()));
            QTest::mouseClick(test::child<QPushButton>(*window, "noticeAction"), Qt::LeftButton);
            QVERIFY(test::child<QDockWidget>(*window, "courseTourDock")->isVisible());
            QVERIFY(!notice->isVisible()); // the offer taken, it goes (issue 24, item 2)
            window->close();
        }
        auto window = test::windowKeepingRunsIn(store.path(), true);
        window->show();
        QVERIFY(!test::child<ui::NoticeBar>(*window, "noticeBar")->text().contains("course tour"));
    }

    void savingWhereItCannotBeWrittenSaysSo() {
        auto window = test::makeWindow(false);
        test::iterationsSpin(*window)->setValue(10);
        QVERIFY(test::trainAndWait(*window));
        QVERIFY(!window->saveModelTo("/nonexistent-folder/model.h5"));
        QVERIFY2(test::statusMessage(*window).contains("does not exist"), qPrintable(test::statusMessage(*window)));
        // Not writable, even for root: found out at once, before anything is written.
        QSignalSpy finished(test::controller(*window), &ui::RunController::saveFinished);
        QVERIFY(!window->saveModelTo("/sys/catnet-model.h5"));
        QVERIFY2(test::statusMessage(*window).contains("cannot be written (Permission denied)"),
                 qPrintable(test::statusMessage(*window)));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists("/sys/catnet-model.h5"));
        QVERIFY(!test::child<QProgressBar>(*window, "saveProgress")->isVisible());
    }

    void savingRunsInTheBackgroundWithProgress() {
        QTemporaryDir folder;
        auto window = test::makeWindow(false);
        window->show();
        // [12288, 200, 1]: W1 holds 2.5 M values, several blocks of the writer.
        TrainConfig wide = twoLayerCourseConfig();
        wide.layerDims = {12288, 200, 1};
        wide.iterations = 2;
        test::networkPanel(*window)->setConfig(wide);
        QVERIFY(test::trainAndWait(*window));
        auto* controller = test::controller(*window);
        QSignalSpy progress(controller, &ui::RunController::saveProgress);
        QSignalSpy finished(controller, &ui::RunController::saveFinished);
        const QString file = folder.filePath("big.h5");
        QVERIFY(window->saveModelTo(file));
        QVERIFY(controller->isSaving()); // returned before it was written
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(2).toString(), QString());
        QVERIFY2(progress.count() >= 3, qPrintable(QString::number(progress.count())));
        QCOMPARE(progress.last().at(2).toDouble(), 1.0);
        QVERIFY(!controller->isSaving());
        QVERIFY(!test::child<QProgressBar>(*window, "saveProgress")->isVisible());
        QVERIFY2(test::statusMessage(*window).contains("Saved to"), qPrintable(test::statusMessage(*window)));
        QVERIFY(loadModel(file.toStdString()).parameters.W[0] == controller->currentRun()->parameters->W[0]);
    }
};

QTEST_MAIN(TestPersistence)
#include "tst_persistence.moc"
