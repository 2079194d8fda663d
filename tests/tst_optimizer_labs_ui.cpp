// The Labs tab's optimizer race and learning-rate finder offscreen: three rows equal to
// lone runs, the cost per epoch and per step, the sentence against gradient descent; the
// finder's curve, its suggestion and "Use it" filling the form.
#include "engine/inspect/optimizer_race.h"
#include "engine/training/learning_rate_finder.h"
#include "engine/training/trainer.h"
#include "ui/core/sweep_session.h"
#include "ui/experiments/learning_rate_panel.h"
#include "ui/experiments/optimizer_race_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/widgets/cost_chart.h"

#include "ui_helpers.h"

#include <QLineSeries>
#include <QTableWidget>

using namespace catnet;

class TestOptimizerLabsUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void threeOptimizersRace() {
        auto window = test::makeWindow(true);
        TrainConfig config = lLayerCourseConfig();
        config.layerDims = {12288, 5, 3, 1};
        config.iterations = 20;
        config.learningRate = 0.01;
        config.options.batchSize = 64;
        test::networkPanel(*window)->setConfig(config);
        auto* panel = test::child<ui::OptimizerRacePanel>(*window, "optimizerRacePanel");
        window->findChild<ui::WorkspaceTabs*>()->showPage(panel);
        QSignalSpy finished(panel->session(), &ui::SweepSession::finished);
        QVERIFY(panel->start());
        QVERIFY(finished.wait(120000));

        auto* table = test::child<QTableWidget>(*window, "optimizerRaceTable");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(2, ui::OptimizerRacePanel::Optimizer)->text(), QString("adam"));
        QCOMPARE(table->item(0, ui::OptimizerRacePanel::Steps)->text(), QString("80")); // 20 epochs of 4 batches
        const Dataset& data = test::courseDataset();
        TrainConfig adam = config;
        adam.options.optimizer = Optimizer::Adam;
        const TrainResult alone = train(adam, data.train.X, data.train.Y);
        QCOMPARE(table->item(2, ui::OptimizerRacePanel::FinalCost)->text(), QString::number(alone.costs.back().cost, 'f', 4));
        QCOMPARE(alone.stepCosts.values.size(), std::size_t(80));

        auto* chart = test::child<ui::CostChart>(*window, "optimizerRaceChart");
        QCOMPARE(chart->pointCount(3), 20); // every epoch's cost
        QCOMPARE(chart->testPoints(3).size(), qsizetype(panel->session()->cell(2)->result.heldOut.size()));
        QCOMPARE(chart->testPoints(3).size(), qsizetype(2)); // report points 0 and 19
        panel->setAxis(ui::OptimizerRacePanel::Axis::Step);
        QCOMPARE(chart->pointCount(3), 80); // each batch's cost
        QCOMPARE(chart->points(3).at(5).y(), alone.stepCosts.values[5]);
        QVERIFY(chart->testPoints(3).isEmpty()); // no test curve per step
        panel->setAxis(ui::OptimizerRacePanel::Axis::Epoch);
        QCOMPARE(chart->pointCount(3), 20);

        QVERIFY2(panel->verdict(0).startsWith("ends at cost"), qPrintable(panel->verdict(0)));
        const TrainResult descent = train(config, data.train.X, data.train.Y);
        const std::optional<int> epoch = firstEpochReaching(alone, descent.costs.back().cost);
        QCOMPARE(panel->verdict(2).startsWith("reaches gradient descent's final cost"), epoch.has_value());
        if (epoch)
            QVERIFY2(panel->verdict(2).contains(QString("in epoch %1 ").arg(*epoch)), qPrintable(panel->verdict(2)));
    }

    void theFinderSuggestsARate() {
        auto window = test::makeWindow(true);
        TrainConfig config = lLayerCourseConfig();
        config.layerDims = {12288, 5, 3, 1};
        test::networkPanel(*window)->setConfig(config);
        auto* panel = test::child<ui::LearningRatePanel>(*window, "learningRatePanel");
        auto* use = test::child<QPushButton>(*window, "learningRateUseButton");
        QVERIFY(!use->isEnabled());
        QVERIFY(panel->start());
        QVERIFY(window->findChild<ui::WorkspaceTabs*>()->workInProgress().contains("Labs"));
        QVERIFY(QTest::qWaitFor([&] { return !panel->isRunning(); }, 120000));
        QVERIFY(panel->search().has_value());
        const LearningRateSearch& search = *panel->search();
        QVERIFY(search.suggested.has_value());
        // The same search as the engine's, on the same network.
        const Dataset& data = test::courseDataset();
        const LearningRateSearch alone = findLearningRate(config, data.train.X, data.train.Y);
        QCOMPARE(search.points.size(), alone.points.size());
        QCOMPARE(*search.suggested, *alone.suggested);
        auto* chart = test::child<ui::ChartView>(*window, "learningRateChart");
        const QList<QAbstractSeries*> lines = chart->chart()->series();
        QCOMPARE(lines.size(), 2); // the costs and the suggestion's mark
        QCOMPARE(chart->points(static_cast<QLineSeries*>(lines[0])).size(), qsizetype(search.points.size()));
        QCOMPARE(chart->points(static_cast<QLineSeries*>(lines[1])).first().x(), std::log10(*search.suggested));
        QVERIFY(test::labelText(*window, "learningRateStatus").contains(QString::number(*search.suggested, 'g', 3)));

        QVERIFY(use->isEnabled());
        use->click();
        QCOMPARE(test::child<QLineEdit>(*window, "learningRateEdit")->text(), QString::number(*search.suggested, 'g', 3));
        QVERIFY(test::networkPanel(*window)->config().has_value());
    }

    void anInvalidFormIsRefused() {
        auto window = test::makeWindow(true);
        test::child<QLineEdit>(*window, "dimsEdit")->setText("12288, 0, 1");
        QVERIFY(!test::child<ui::OptimizerRacePanel>(*window, "optimizerRacePanel")->start());
        QVERIFY(test::labelText(*window, "optimizerRaceStatus").contains("not valid"));
        QVERIFY(!test::child<ui::LearningRatePanel>(*window, "learningRatePanel")->start());
        QVERIFY(test::labelText(*window, "learningRateStatus").contains("not valid"));
    }
};

QTEST_MAIN(TestOptimizerLabsUi)
#include "tst_optimizer_labs_ui.moc"
