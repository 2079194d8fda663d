// The Sweep tab offscreen: a 2×2 sweep fills the heat map with the numbers of lone
// runs, the colour switch, Stop, refusals, and opening a cell as a run.
#include "engine/training/trainer.h"
#include "ui/core/sweep_session.h"
#include "ui/experiments/sweep_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/colour_scales.h"
#include "ui/widgets/heat_map_view.h"
#include "ui/widgets/parallel_coordinates_view.h"
#include "ui/widgets/nice_scale.h"

#include "ui_helpers.h"

#include <QComboBox>
#include <QPushButton>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace catnet;

namespace {

TrainConfig shortCourseRun() {
    TrainConfig config = lLayerCourseConfig();
    config.iterations = 200;
    return config;
}

QString percentText(double share) {
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 0);
}

bool runAndWait(ui::MainWindow& window) {
    QSignalSpy finished(window.findChild<ui::SweepPanel*>()->session(), &ui::SweepSession::finished);
    if (!test::child<ui::SweepPanel>(window, "sweepPanel")->startSweep())
        return false;
    return finished.wait(120000);
}

} // namespace

namespace {
// How light a colour looks (Rec. 709 weights); HSL lightness is not monotonic along viridis.
double luma(const QColor& colour) {
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF();
}
} // namespace

class TestSweepUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void colourScaleRunsFromDarkToLight() {
        const QColor low = ui::viridis(0.0), high = ui::viridis(1.0);
        QCOMPARE(low, QColor(68, 1, 84));
        QCOMPARE(high, QColor(253, 231, 37));
        QVERIFY(ui::viridis(0.5).lightnessF() > low.lightnessF());
        QCOMPARE(ui::viridis(2.0), high); // clamped
    }

    void aTwoByTwoSweepFillsTheHeatMapWithLoneRunNumbers() {
        auto window = test::makeWindow(true);
        window->show();
        test::networkPanel(*window)->setConfig(shortCourseRun());
        test::child<QLineEdit>(*window, "sweepFirstValues")->setText("0.005, 0.02");
        test::child<QLineEdit>(*window, "sweepSecondValues")->setText("12288,7,1; 12288,20,7,5,1");
        QVERIFY(runAndWait(*window));
        auto* map = test::child<ui::HeatMapView>(*window, "sweepHeatMap");
        QCOMPARE(map->rowCount(), 2);
        QCOMPARE(map->columnCount(), 2);
        QCOMPARE(test::child<QProgressBar>(*window, "sweepProgress")->value(), 4);
        QVERIFY2(test::labelText(*window, "sweepStatus").startsWith("4 runs in"),
                 qPrintable(test::labelText(*window, "sweepStatus")));
        // What every cell shares is said, and what to conclude: the best and worst cells and
        // what one of the 50 test images is worth.
        QCOMPARE(test::labelText(*window, "sweepFixedSettings"),
                 QString("Every cell also uses 200 iterations, lecun init, seed 1 (from the form on the left)."));
        {
            auto* grid = test::child<ui::HeatMapView>(*window, "sweepHeatMap");
            double best = 0.0, worst = 100.0, sum = 0.0;
            for (int r = 0; r < 2; ++r)
                for (int c = 0; c < 2; ++c) {
                    const double shown = grid->cellText(r, c).chopped(1).toDouble();
                    best = std::max(best, shown);
                    worst = std::min(worst, shown);
                    sum += shown / 100.0;
                }
            // The standard error of one accuracy on 50 images, at the cells' mean accuracy.
            const double mean = sum / 4, error = 100.0 * std::sqrt(mean * (1 - mean) / 50);
            const QString conclusion = test::labelText(*window, "sweepConclusion");
            QVERIFY2(conclusion.startsWith(QString("Best on the test set: %1% (").arg(best)) &&
                         conclusion.contains(QString("worst: %1% (").arg(worst)) &&
                         conclusion.contains(QString("With 50 test images one image is 2 points, and an accuracy "
                                                     "near %1% is uncertain by about ±%2 points, so two cells less "
                                                     "than about %3 points apart")
                                                 .arg(100 * mean, 0, 'f', 0).arg(error, 0, 'f', 0)
                                                 .arg(2 * std::sqrt(2.0) * error, 0, 'f', 0)),
                     qPrintable(conclusion));
            // Cells are named in the learner's words, not catnet-train's axis keys.
            QVERIFY2(QRegularExpression(R"(\(learning rate 0\.0\d+, layer sizes 12288,[0-9,]+\))").match(conclusion).hasMatch(),
                     qPrintable(conclusion));
            QVERIFY(!conclusion.contains("learning-rate="));
        }

        // Cell (1, 1): learning rate 0.02, the L-layer net; its numbers are a lone run's.
        TrainConfig config = shortCourseRun();
        config.learningRate = 0.02;
        const Dataset& data = test::courseDataset();
        const TrainResult alone = train(config, data.train.X, data.train.Y);
        const Evaluation testEval = evaluate(alone.parameters, data.test.X, data.test.Y);
        QCOMPARE(map->cellText(1, 1), percentText(testEval.accuracy));
        auto* measure = test::child<QComboBox>(*window, "sweepMeasureCombo");
        measure->setCurrentIndex(measure->findData(int(ui::SweepPanel::Measure::FinalCost)));
        QCOMPARE(map->cellText(1, 1), QString::number(alone.costs.back().cost, 'f', 3));
        // The lowest final cost is the lightest cell, coloured on a round scale from the
        // worst cost's 1-2-5 ceiling (dark) to 0 (light) that the key spells out.
        double lowest = std::numeric_limits<double>::infinity(), highest = 0.0;
        QColor lightest, lowestColour;
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c) {
                const double cost = map->cellText(r, c).toDouble();
                if (cost < lowest)
                    lowest = cost, lowestColour = map->cellColour(r, c);
                highest = std::max(highest, cost);
                if (!lightest.isValid() || luma(map->cellColour(r, c)) > luma(lightest))
                    lightest = map->cellColour(r, c);
            }
        QCOMPARE(lightest, lowestColour);
        auto* key = test::child<ui::ColourKey>(*window, "sweepLegend");
        const double top = ui::niceCeil(highest, ui::niceStep(highest));
        QCOMPARE(key->markTexts().first(), QString::number(top, 'f', 3));
        QCOMPARE(key->markTexts().last(), QString("0.000"));
        QVERIFY(key->caption().contains("light is better"));
        QTest::qWait(20); // the layout gives the key its width
        QVERIFY(key->width() > key->fontMetrics().horizontalAdvance(key->caption())); // not elided

        // Clicking the cell opens the run: current, with the lone run's costs and test curve.
        const int before = test::controller(*window)->runs()->rowCount();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(1, 1).center());
        QCOMPARE(test::controller(*window)->runs()->rowCount(), before + 1);
        const auto run = test::controller(*window)->currentRun();
        QCOMPARE(run->config, config);
        QCOMPARE(run->costs, alone.costs);
        QCOMPARE(run->heldOut.size(), alone.costs.size());
        QCOMPARE(run->testEvaluation->accuracy, testEval.accuracy);
        QVERIFY(run->name.contains("sweep"));
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isSaving(); }, 30000));
    }

    void aDivergedCellIsMarked() {
        auto window = test::makeWindow(true);
        test::networkPanel(*window)->setConfig(shortCourseRun());
        auto* first = test::child<QComboBox>(*window, "sweepFirstSetting");
        first->setCurrentIndex(first->findData(int(SweepSetting::Init)));
        test::child<QLineEdit>(*window, "sweepFirstValues")->setText("he, large");
        auto* second = test::child<QComboBox>(*window, "sweepSecondSetting");
        second->setCurrentIndex(0); // nothing else
        QVERIFY(runAndWait(*window));
        auto* map = test::child<ui::HeatMapView>(*window, "sweepHeatMap");
        QCOMPARE(map->rowCount(), 1);
        QCOMPARE(map->columnCount(), 2);
        QVERIFY(!map->isMarked(0, 0));
        QVERIFY(map->isMarked(0, 1));
        QCOMPARE(map->cellText(0, 1), QString("diverged"));
    }

    void badValuesAreRefusedWithAMessage() {
        auto window = test::makeWindow(true);
        auto* panel = test::child<ui::SweepPanel>(*window, "sweepPanel");
        test::child<QLineEdit>(*window, "sweepFirstValues")->setText("0.01, fast");
        QVERIFY(!panel->startSweep());
        QVERIFY2(test::labelText(*window, "sweepStatus").contains("'fast' is not a number"),
                 qPrintable(test::labelText(*window, "sweepStatus")));
        test::child<QLineEdit>(*window, "sweepFirstValues")->setText("0.01");
        test::child<QLineEdit>(*window, "sweepSecondValues")->setText("12288,7,2");
        QVERIFY(!panel->startSweep());
        QVERIFY2(test::labelText(*window, "sweepStatus").contains("the last size must be 1"),
                 qPrintable(test::labelText(*window, "sweepStatus")));
        test::child<QLineEdit>(*window, "sweepSecondValues")->setText("");
        QVERIFY(!panel->startSweep());
        QVERIFY(test::labelText(*window, "sweepStatus").contains("at least one value"));
        QVERIFY(!window->findChild<ui::SweepPanel*>()->session()->isRunning());
    }

    // SPEC §8's settings as axes: choosing one offers its values (typed values stay), and
    // each cell trains with its options.
    void theNextCoursesSettingsAreAxes() {
        auto window = test::makeWindow(true);
        auto* first = test::child<QComboBox>(*window, "sweepFirstSetting");
        auto* second = test::child<QComboBox>(*window, "sweepSecondSetting");
        auto* firstValues = test::child<QLineEdit>(*window, "sweepFirstValues");
        auto* secondValues = test::child<QLineEdit>(*window, "sweepSecondValues");
        first->setCurrentIndex(first->findData(int(SweepSetting::Optimizer)));
        QCOMPARE(firstValues->text(), QString("gd, momentum, adam"));
        second->setCurrentIndex(second->findData(int(SweepSetting::KeepProb)));
        QCOMPARE(secondValues->text(), QString("1, 0.9, 0.86, 0.7"));
        secondValues->setText("1, 0.8"); // the learner's own
        second->setCurrentIndex(second->findData(int(SweepSetting::L2)));
        QCOMPARE(secondValues->text(), QString("1, 0.8"));
        second->setCurrentIndex(second->findData(int(SweepSetting::KeepProb)));

        TrainConfig config = twoLayerCourseConfig();
        config.iterations = 3;
        test::networkPanel(*window)->setConfig(config);
        firstValues->setText("gd, adam");
        QVERIFY(runAndWait(*window));
        auto* session = window->findChild<ui::SweepPanel*>()->session();
        QCOMPARE(session->cellCount(), std::size_t(4));
        const SweepCell* adamKeeping08 = session->cell(3);
        QVERIFY(adamKeeping08);
        QCOMPARE(adamKeeping08->config.options.optimizer, Optimizer::Adam);
        QCOMPARE(adamKeeping08->config.options.keepProb, 0.8);
        QCOMPARE(adamKeeping08->result.strategy, Strategy::Plain);
        const Dataset& data = test::courseDataset();
        TrainConfig alone = config;
        alone.options = adamKeeping08->config.options;
        const TrainResult lone = train(alone, data.train.X, data.train.Y);
        QVERIFY(std::abs(adamKeeping08->result.costs.back().cost - lone.costs.back().cost) <= 1e-12);
    }

    // Three settings: parallel coordinates instead of the heat map, a line per cell through
    // its values in the heat map's colours; brushing an axis by dragging keeps the lines
    // in its range, a click on the axis clears it, a click on a line opens its run.
    void moreThanTwoSettingsAreParallelCoordinates() {
        auto window = test::makeWindow(true);
        TrainConfig config = twoLayerCourseConfig();
        config.iterations = 3;
        test::networkPanel(*window)->setConfig(config);
        test::child<QLineEdit>(*window, "sweepFirstValues")->setText("0.005, 0.01");
        auto* second = test::child<QComboBox>(*window, "sweepSecondSetting");
        second->setCurrentIndex(second->findData(int(SweepSetting::Seed)));
        test::child<QLineEdit>(*window, "sweepSecondValues")->setText("1, 2");
        auto* third = test::child<QComboBox>(*window, "sweepThirdSetting");
        auto* thirdValues = test::child<QLineEdit>(*window, "sweepThirdValues");
        QVERIFY(!thirdValues->isEnabled()); // (nothing else) at first
        third->setCurrentIndex(third->findData(int(SweepSetting::KeepProb)));
        QVERIFY(thirdValues->isEnabled());
        thirdValues->setText("1, 0.8, 0.6");
        QVERIFY(runAndWait(*window));

        auto* parallel = test::child<ui::ParallelCoordinatesView>(*window, "sweepParallelCoordinates");
        QVERIFY(!parallel->isHidden());
        QVERIFY(test::child<ui::HeatMapView>(*window, "sweepHeatMap")->isHidden());
        QCOMPARE(parallel->axisCount(), std::size_t(3));
        QCOMPARE(parallel->lineCount(), std::size_t(12));
        auto* session = window->findChild<ui::SweepPanel*>()->session();
        for (std::size_t k = 0; k < 12; ++k)
            QVERIFY(parallel->isSelected(k));
        // Coloured by test accuracy on the heat map's scale: the best cell is the lightest.
        std::size_t best = 0;
        for (std::size_t k = 1; k < 12; ++k)
            if (session->cell(k)->testAccuracy > session->cell(best)->testAccuracy)
                best = k;
        // (viridis grows brighter monotonically: luma, not HSL lightness)
        const auto luma = [](QColor c) { return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF(); };
        for (std::size_t k = 0; k < 12; ++k)
            QVERIFY(luma(parallel->lineColour(k)) <= luma(parallel->lineColour(best)) + 1e-9);
        QVERIFY(parallel->lineColour(best) != parallel->palette().color(QPalette::Mid));

        // Drag along the keep-prob axis over its middle value (0.8) only.
        parallel->resize(700, 400);
        const auto at = [&](double position) { return QPointF(parallel->axisX(2), parallel->valueY(2, position)); };
        const auto send = [&](QEvent::Type type, QPointF point, Qt::MouseButtons buttons) {
            QMouseEvent event(type, point, parallel->mapToGlobal(point), Qt::LeftButton, buttons, Qt::NoModifier);
            QCoreApplication::sendEvent(parallel, &event);
        };
        send(QEvent::MouseButtonPress, at(0.7), Qt::LeftButton);
        send(QEvent::MouseMove, at(1.3), Qt::LeftButton);
        send(QEvent::MouseButtonRelease, at(1.3), Qt::NoButton);
        QVERIFY(parallel->brush(2).has_value());
        for (std::size_t k = 0; k < 12; ++k) {
            const bool keepsPointEight = session->cell(k)->config.options.keepProb == 0.8;
            QCOMPARE(parallel->isSelected(k), keepsPointEight);
            if (!keepsPointEight)
                QCOMPARE(parallel->lineColour(k), parallel->palette().color(QPalette::Mid));
        }
        send(QEvent::MouseButtonPress, at(0.0), Qt::LeftButton); // a click on the axis clears it
        send(QEvent::MouseButtonRelease, at(0.0), Qt::NoButton);
        QVERIFY(!parallel->brush(2).has_value());
        QVERIFY(parallel->isSelected(0));

        // A click on a line, halfway between the first two axes, opens its run.
        const int runs = test::controller(*window)->runs()->rowCount();
        const auto& position = session->cell(5)->position;
        const QPointF middle((parallel->axisX(0) + parallel->axisX(1)) / 2,
                             (parallel->valueY(0, double(position[0])) + parallel->valueY(1, double(position[1]))) / 2);
        const std::optional<std::size_t> picked = parallel->lineAt(middle);
        QVERIFY(picked.has_value());
        QCOMPARE(session->cell(*picked)->position[0], position[0]);
        QCOMPARE(session->cell(*picked)->position[1], position[1]);
        send(QEvent::MouseButtonPress, middle, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, middle, Qt::NoButton);
        QCOMPARE(test::controller(*window)->runs()->rowCount(), runs + 1);
        QCOMPARE(test::controller(*window)->currentRun()->config.options.keepProb,
                 session->cell(*picked)->config.options.keepProb);
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isSaving(); }, 30000));

        // The same setting twice is refused.
        auto* fourth = test::child<QComboBox>(*window, "sweepFourthSetting");
        fourth->setCurrentIndex(fourth->findData(int(SweepSetting::Seed)));
        test::child<QLineEdit>(*window, "sweepFourthValues")->setText("3");
        QVERIFY(!test::child<ui::SweepPanel>(*window, "sweepPanel")->startSweep());
        QVERIFY(test::labelText(*window, "sweepStatus").contains("chosen twice"));
    }

    void stopEndsTheSweepEarly() {
        auto window = test::makeWindow(true);
        TrainConfig config = lLayerCourseConfig();
        config.iterations = 100000;
        test::networkPanel(*window)->setConfig(config);
        test::child<QLineEdit>(*window, "sweepFirstValues")->setText("0.001, 0.002");
        test::child<QLineEdit>(*window, "sweepSecondValues")->setText("12288,7,1");
        QSignalSpy finished(window->findChild<ui::SweepPanel*>()->session(), &ui::SweepSession::finished);
        QVERIFY(test::child<ui::SweepPanel>(*window, "sweepPanel")->startSweep());
        QVERIFY(!test::child<QPushButton>(*window, "sweepRunButton")->isEnabled());
        QTest::qWait(300);
        test::child<QPushButton>(*window, "sweepStopButton")->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(test::labelText(*window, "sweepStatus").startsWith("Stopped after"));
        QVERIFY(test::child<QPushButton>(*window, "sweepRunButton")->isEnabled());
    }
};

QTEST_MAIN(TestSweepUi)
#include "tst_sweep_ui.moc"
