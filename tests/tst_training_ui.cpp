// Training from the window on the real data: live chart, progress, Stop, results.
#include "engine/model/metrics.h"
#include "ui/core/image_list_model.h"
#include "ui/data/mislabeled_view.h"
#include "ui/training/network_panel.h"
#include "ui/widgets/cost_chart.h"

#include "ui_helpers.h"

#include <QComboBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableView>
#include <QLegendMarker>

using namespace catnet;

class TestTrainingUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    // The course's 2-layer run overfits: the chart's dashed test curve and the accuracy
    // view show 100% train against 72% test, the engine's held-out figures.
    void trainAndTestCurvesShowOverfitting() {
        auto window = test::makeWindow(true);
        test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        const int id = test::controller(*window)->currentRunId();
        const auto run = test::controller(*window)->runs()->find(id);
        QCOMPARE(run->heldOut.size(), run->costs.size());
        ui::CostChart* chart = test::costChart(*window);
        QCOMPARE(chart->testPoints(id).size(), 26);
        QCOMPARE(chart->testPoints(id).last().y(), run->heldOut.back().testCost);
        QVERIFY(chart->testPoints(id).last().y() > chart->points(id).last().y()); // test cost above training cost

        auto* measure = test::child<QComboBox>(*window, "chartMeasureCombo");
        measure->setCurrentIndex(measure->findData(int(ui::ChartMeasure::Accuracy)));
        QCOMPARE(chart->measure(), ui::ChartMeasure::Accuracy);
        QCOMPARE(chart->points(id).last(), QPointF(2499, 100.0));
        QCOMPARE(chart->testPoints(id).last(), QPointF(2499, 72.0));
        QVERIFY(chart->chart()->title().contains("Accuracy"));
        measure->setCurrentIndex(measure->findData(int(ui::ChartMeasure::Cost)));
        QCOMPARE(chart->points(id).last().y(), run->costs.back().cost);
    }

    void twoLayerPresetFor300Iterations() {
        auto window = test::makeWindow(true);
        QVERIFY(!test::controller(*window)->isBuiltInDataset());
        QVERIFY2(test::labelText(*window, "dataLabel").startsWith("209 train / 50 test images, 64×64×3, classes: non-cat, cat"),
                 qPrintable(test::labelText(*window, "dataLabel")));
        test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
        test::iterationsSpin(*window)->setValue(300);
        const TrainConfig config = *test::networkPanel(*window)->config();
        QVERIFY(test::trainAndWait(*window));

        const Dataset& data = test::courseDataset();
        const TrainResult engine = train(config, data.train.X, data.train.Y);
        const int id = test::controller(*window)->currentRunId();
        // The chart draws every iteration's cost, the engine's own numbers.
        const QList<QPointF> points = test::costChart(*window)->points(id);
        QCOMPARE(points.size(), 300);
        QCOMPARE(int(engine.costs.size()), 4); // report points 0, 100, 200 and 299
        QCOMPARE(engine.costHistory.values.size(), std::size_t(300));
        for (int k = 0; k < 300; ++k) {
            QCOMPARE(int(points[k].x()), k);
            QCOMPARE(points[k].y(), engine.costHistory.values[std::size_t(k)]);
        }
        for (const CostPoint& point : engine.costs)
            QCOMPARE(engine.costHistory.values[std::size_t(point.iteration)], point.cost);
        QVERIFY(std::abs(points[0].y() - 0.693049736) < 1e-6);
        QCOMPARE(test::progressBar(*window)->value(), 300);
        QCOMPARE(test::progressBar(*window)->maximum(), 300);

        const Evaluation trainEval = evaluate(engine.parameters, data.train.X, data.train.Y);
        const Evaluation testEval = evaluate(engine.parameters, data.test.X, data.test.Y);
        const auto expected = [](const char* label, const Evaluation& e, Eigen::Index total) {
            return QStringLiteral("%1: %2% (%3/%4)").arg(label).arg(e.accuracy * 100.0, 0, 'f', 1)
                .arg(total - Eigen::Index(e.mislabeled.size())).arg(total);
        };
        QCOMPARE(test::labelText(*window, "trainAccuracyLabel"), expected("Train accuracy", trainEval, 209));
        QCOMPARE(test::labelText(*window, "testAccuracyLabel"), expected("Test accuracy", testEval, 50));
        const auto run = test::controller(*window)->runs()->find(id);
        QCOMPARE(run->outcome, Outcome::Completed);
        QCOMPARE(run->iterationsRun, 300);
        QVERIFY(run->name.contains("[12288,7,1]"));
    }

    void stopKeepsThePartialRun() {
        auto window = test::makeWindow(true);
        test::networkPanel(*window)->setConfig(lLayerCourseConfig());
        test::iterationsSpin(*window)->setValue(1'000'000'000);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy finished(test::controller(*window), &ui::RunController::trainingFinished);
        QVERIFY(window->startTraining());
        QVERIFY(test::controller(*window)->isTraining());
        QVERIFY(!window->startTraining()); // one run at a time
        // Progress streams in while training.
        QTRY_VERIFY_WITH_TIMEOUT(test::progressBar(*window)->value() > 0, 30000);
        const int seenBeforeStop = test::progressBar(*window)->value();
        QTest::keyClick(window.get(), Qt::Key_Escape);
        // The worker ends after its current iteration; the deadline is far from normal
        // (milliseconds) so that a slow or busy machine does not fail the test.
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QVERIFY(!test::controller(*window)->isTraining());
        const auto run = test::controller(*window)->runs()->find(test::controller(*window)->currentRunId());
        QCOMPARE(run->outcome, Outcome::Cancelled);
        QVERIFY(run->iterationsRun >= seenBeforeStop);
        QVERIFY(run->iterationsRun < 1'000'000'000);
        QVERIFY(run->hasModel());
        QVERIFY(run->testEvaluation.has_value());
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 1);
        QVERIFY(test::child<QPushButton>(*window, "trainButton")->isEnabled());
    }

    void closingDuringTrainingStopsCleanly() {
        auto window = test::makeWindow(true);
        test::iterationsSpin(*window)->setValue(1'000'000'000);
        window->show();
        QVERIFY(window->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(test::progressBar(*window)->value() > 0, 30000);
        QVERIFY(window->close()); // waits for the current iteration, keeps the partial run
        QVERIFY(!test::controller(*window)->isTraining());
        const auto run = test::controller(*window)->currentRun();
        QCOMPARE(run->outcome, Outcome::Cancelled);
        QVERIFY(run->hasModel());
        window.reset(); // nothing left to join: the worker has ended
    }

    void fiveLayerMislabeledGridMatchesTheEngine() {
        auto window = test::makeWindow(true);
        test::networkPanel(*window)->setConfig(lLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        const Dataset& data = test::courseDataset();
        const TrainResult engine = train(*test::networkPanel(*window)->config(), data.train.X, data.train.Y);
        const Evaluation testEval = evaluate(engine.parameters, data.test.X, data.test.Y);
        QCOMPARE(testEval.mislabeled.size(), std::size_t{10});

        ui::MislabeledView* view = test::child<ui::MislabeledView>(*window, "mislabeledView");
        QCOMPARE(view->splitCombo()->currentIndex(), 0); // test set first
        std::vector<Eigen::Index> shown;
        for (const auto& item : view->model()->items())
            shown.push_back(item.index);
        QCOMPARE(shown.size(), std::size_t{10});
        // Sorted by confidence, not index: compare as sets.
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, testEval.mislabeled);
        QVERIFY2(view->summary().contains("10 of 50"), qPrintable(view->summary()));
        QCOMPARE(test::labelText(*window, "testAccuracyLabel"), QString("Test accuracy: 80.0% (40/50)"));
        QCOMPARE(test::labelText(*window, "trainAccuracyLabel"), QString("Train accuracy: 98.6% (206/209)"));
        // Most confidently wrong first.
        const auto& items = view->model()->items();
        const auto wrongness = [&](int i) { return std::abs(testEval.probabilities(i) - data.test.Y(0, i)); };
        for (std::size_t k = 1; k < items.size(); ++k)
            QVERIFY(wrongness(items[k - 1].index) >= wrongness(items[k].index));

        view->splitCombo()->setCurrentIndex(1); // training set: 3 mistakes
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void runsAccumulateOnTheChart() {
        auto window = test::makeWindow(true);
        test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        const int first = test::controller(*window)->currentRunId();
        test::networkPanel(*window)->setConfig(lLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        const int second = test::controller(*window)->currentRunId();
        QVERIFY(first != second);
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 2);
        for (const int id : {first, second}) { // 2500 iterations each, thinned for the screen only
            const QList<QPointF> points = test::costChart(*window)->points(id);
            QVERIFY(points.size() > 1000 && points.size() <= ui::CostChart::kMaxPointsPerSeries + 1);
            QCOMPARE(points.last(), QPointF(2499, test::controller(*window)->run(id)->costs.back().cost));
        }
        QVERIFY(test::labelText(*window, "progressLabel").endsWith("cost 0.088440"));
        test::controller(*window)->setCurrentRun(first);
        QCOMPARE(test::labelText(*window, "testAccuracyLabel"), QString("Test accuracy: 72.0% (36/50)"));
        // The progress line speaks of the run chosen, not of the last one trained (issue 24, item 5).
        QVERIFY2(test::labelText(*window, "progressLabel").endsWith("cost 0.044215"),
                 qPrintable(test::labelText(*window, "progressLabel")));

        // A run hidden from the legend comes back by "Show all", a double click or by
        // choosing it in the table (issue 24, item 3).
        ui::CostChart* chart = test::costChart(*window);
        auto* showAll = test::child<QPushButton>(*window, "chartResetZoomButton");
        QVERIFY(!showAll->isEnabled());
        emit chart->legendMarkers(first).first()->clicked();
        QVERIFY(!chart->isRunVisible(first));
        QVERIFY(showAll->isEnabled());
        showAll->click();
        QVERIFY(chart->isRunVisible(first));
        QVERIFY(!showAll->isEnabled());
        emit chart->legendMarkers(first).first()->clicked();
        QTest::mouseDClick(chart->viewport(), Qt::LeftButton, {}, chart->viewport()->rect().center());
        QVERIFY(chart->isRunVisible(first));
        emit chart->legendMarkers(first).first()->clicked();
        test::controller(*window)->setCurrentRun(second);
        test::child<QTableView>(*window, "runsTable")->selectRow(test::controller(*window)->runs()->rowOf(first));
        QCOMPARE(test::controller(*window)->currentRunId(), first);
        QVERIFY(chart->isRunVisible(first));
    }

    void divergingRateIsReportedAndKeepsTheFinitePart() {
        auto window = test::makeWindow(true);
        test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
        test::learningRateEdit(*window)->setText("1e6");
        QVERIFY(test::trainAndWait(*window));
        const auto run = test::controller(*window)->runs()->find(test::controller(*window)->currentRunId());
        QCOMPARE(run->outcome, Outcome::Diverged);
        QVERIFY(run->outcomeText().startsWith("diverged at iteration"));
        // Said on the progress line, flagged, with no dialog (issue 24, item 6).
        QVERIFY2(test::labelText(*window, "progressLabel").startsWith("⚠ diverged at iteration") &&
                     test::labelText(*window, "progressLabel").contains("stopped being a finite number"),
                 qPrintable(test::labelText(*window, "progressLabel")));
        for (const QPointF& point : test::costChart(*window)->points(run->id))
            QVERIFY(std::isfinite(point.y()));
    }
};

QTEST_MAIN(TestTrainingUi)
#include "tst_training_ui.moc"
