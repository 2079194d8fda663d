// Training from the window on the real data: live chart, progress, Stop, results.
#include "cost_chart.h"
#include "image_list_model.h"
#include "metrics.h"
#include "mislabeled_view.h"
#include "network_panel.h"

#include "ui_helpers.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>

using namespace catnet;

class TestTrainingUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void twoLayerPresetFor300Iterations() {
        auto window = test::makeWindow(true);
        QVERIFY(!window->isBuiltInDataset());
        QVERIFY2(window->dataSummary().startsWith("209 train / 50 test images, 64×64×3, classes: non-cat, cat"),
                 qPrintable(window->dataSummary()));
        window->networkPanel()->applyPreset(ui::NetworkPanel::TwoLayerCourse);
        window->networkPanel()->iterationsSpin()->setValue(300);
        const TrainConfig config = *window->networkPanel()->config();
        QVERIFY(test::trainAndWait(*window));

        const Dataset& data = test::courseDataset();
        const TrainResult engine = train(config, data.train.X, data.train.Y);
        const int id = window->currentRunId();
        const QList<QPointF> points = window->costChart()->points(id);
        QCOMPARE(points.size(), 4); // iterations 0, 100, 200 and 299
        QCOMPARE(int(engine.costs.size()), 4);
        for (int k = 0; k < 4; ++k) {
            QCOMPARE(int(points[k].x()), engine.costs[std::size_t(k)].iteration);
            QCOMPARE(points[k].y(), engine.costs[std::size_t(k)].cost);
        }
        QVERIFY(std::abs(points[0].y() - 0.693049736) < 1e-6);
        QCOMPARE(window->progressBar()->value(), 300);
        QCOMPARE(window->progressBar()->maximum(), 300);

        const Evaluation trainEval = evaluate(engine.parameters, data.train.X, data.train.Y);
        const Evaluation testEval = evaluate(engine.parameters, data.test.X, data.test.Y);
        const auto expected = [](const char* label, const Evaluation& e, Eigen::Index total) {
            return QStringLiteral("%1: %2% (%3/%4)").arg(label).arg(e.accuracy * 100.0, 0, 'f', 1)
                .arg(total - Eigen::Index(e.mislabeled.size())).arg(total);
        };
        QCOMPARE(window->trainAccuracyText(), expected("Train accuracy", trainEval, 209));
        QCOMPARE(window->testAccuracyText(), expected("Test accuracy", testEval, 50));
        const ui::TrainedRun* run = window->runsModel()->find(id);
        QCOMPARE(run->outcome, Outcome::Completed);
        QCOMPARE(run->iterationsRun, 300);
        QVERIFY(run->name.contains("[12288,7,1]"));
    }

    void stopKeepsThePartialRun() {
        auto window = test::makeWindow(true);
        window->networkPanel()->applyPreset(ui::NetworkPanel::LLayerCourse);
        window->networkPanel()->iterationsSpin()->setValue(1'000'000'000);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy finished(window.get(), &ui::MainWindow::runFinished);
        QVERIFY(window->startTraining());
        QVERIFY(window->isTraining());
        QVERIFY(!window->startTraining()); // one run at a time
        // Progress streams in while training.
        QTRY_VERIFY_WITH_TIMEOUT(window->progressBar()->value() > 0, 30000);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(finished.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!window->isTraining());
        const ui::TrainedRun* run = window->runsModel()->find(window->currentRunId());
        QCOMPARE(run->outcome, Outcome::Cancelled);
        QVERIFY(run->iterationsRun > 0);
        QVERIFY(run->hasModel());
        QVERIFY(run->testEvaluation.has_value());
        QCOMPARE(window->runsModel()->rowCount(), 1);
        QVERIFY(window->trainAction()->isEnabled());
    }

    void closingDuringTrainingStopsCleanly() {
        auto window = test::makeWindow(true);
        window->networkPanel()->iterationsSpin()->setValue(1'000'000'000);
        window->show();
        QVERIFY(window->startTraining());
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window->close());
        window.reset(); // joins the worker
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void fiveLayerMislabeledGridMatchesTheEngine() {
        auto window = test::makeWindow(true);
        window->networkPanel()->applyPreset(ui::NetworkPanel::LLayerCourse);
        QVERIFY(test::trainAndWait(*window));
        const Dataset& data = test::courseDataset();
        const TrainResult engine = train(*window->networkPanel()->config(), data.train.X, data.train.Y);
        const Evaluation testEval = evaluate(engine.parameters, data.test.X, data.test.Y);
        QCOMPARE(testEval.mislabeled.size(), std::size_t{10});

        ui::MislabeledView* view = window->mislabeledView();
        QCOMPARE(view->splitCombo()->currentIndex(), 0); // test set first
        std::vector<Eigen::Index> shown;
        for (const auto& item : view->model()->items())
            shown.push_back(item.index);
        QCOMPARE(shown.size(), std::size_t{10});
        // Sorted by confidence, not index: compare as sets.
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, testEval.mislabeled);
        QVERIFY2(view->summary().contains("10 of 50"), qPrintable(view->summary()));
        QCOMPARE(window->testAccuracyText(), QString("Test accuracy: 80.0% (40/50)"));
        QCOMPARE(window->trainAccuracyText(), QString("Train accuracy: 98.6% (206/209)"));
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
        window->networkPanel()->applyPreset(ui::NetworkPanel::TwoLayerCourse);
        QVERIFY(test::trainAndWait(*window));
        const int first = window->currentRunId();
        window->networkPanel()->applyPreset(ui::NetworkPanel::LLayerCourse);
        QVERIFY(test::trainAndWait(*window));
        const int second = window->currentRunId();
        QVERIFY(first != second);
        QCOMPARE(window->runsModel()->rowCount(), 2);
        QCOMPARE(window->costChart()->pointCount(first), 26);
        QCOMPARE(window->costChart()->pointCount(second), 26);
        window->setCurrentRun(first);
        QCOMPARE(window->testAccuracyText(), QString("Test accuracy: 72.0% (36/50)"));
    }

    void divergingRateIsReportedAndKeepsTheFinitePart() {
        auto window = test::makeWindow(true);
        window->networkPanel()->applyPreset(ui::NetworkPanel::TwoLayerCourse);
        window->networkPanel()->learningRateEdit()->setText("1e6");
        QVERIFY(test::trainAndWait(*window));
        const ui::TrainedRun* run = window->runsModel()->find(window->currentRunId());
        QCOMPARE(run->outcome, Outcome::Diverged);
        QVERIFY(run->outcomeText().startsWith("diverged at iteration"));
        QVERIFY(window->lastError().contains("stopped being a finite number"));
        for (const QPointF& point : window->costChart()->points(run->id))
            QVERIFY(std::isfinite(point.y()));
    }
};

QTEST_MAIN(TestTrainingUi)
#include "tst_training_ui.moc"
