// The Init lab tab offscreen, on a small network: five rows, each scheme's sentence
// from its run, the curves, numbers equal to a lone run's, and opening a row.
#include "engine/inspect/init_lab.h"
#include "engine/training/trainer.h"
#include "ui/core/sweep_session.h"
#include "ui/experiments/init_lab_panel.h"
#include "ui/widgets/cost_chart.h"
#include "ui/widgets/nice_scale.h"

#include "ui_helpers.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QTableWidget>

using namespace catnet;

class TestInitLabUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void fiveSchemesSideBySide() {
        auto window = test::makeWindow(true);
        TrainConfig config = lLayerCourseConfig();
        config.layerDims = {12288, 5, 3, 1};
        config.iterations = 300;
        test::networkPanel(*window)->setConfig(config);
        auto* panel = test::child<ui::InitLabPanel>(*window, "initLabPanel");
        QSignalSpy finished(window->findChild<ui::InitLabPanel*>()->session(), &ui::SweepSession::finished);
        QVERIFY(panel->start());
        QVERIFY(finished.wait(120000));

        auto* table = test::child<QTableWidget>(*window, "initLabTable");
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->item(0, ui::InitLabPanel::Scheme)->text(), QString("zeros"));
        QVERIFY2(panel->verdict(InitScheme::Zeros).contains("symmetry is never broken"),
                 qPrintable(panel->verdict(InitScheme::Zeros)));
        QVERIFY2(panel->verdict(InitScheme::Zeros).contains("the 5 units of layer 1"),
                 qPrintable(panel->verdict(InitScheme::Zeros)));
        QVERIFY(panel->verdict(InitScheme::Large).startsWith("diverged at iteration 0"));
        QVERIFY(panel->verdict(InitScheme::Lecun).contains("cost"));
        // The window words each verdict itself (tr(), so Chinese too); in English it says
        // exactly what the engine's sentence says.
        for (std::size_t k = 0; k < 5; ++k) {
            const SweepCell* cell = panel->session()->cell(k);
            QCOMPARE(panel->verdict(cell->config.init),
                     QString::fromStdString(describeInitRun(cell->result, cell->testAccuracy)));
        }

        // The lecun row against the same configuration trained alone.
        const Dataset& data = test::courseDataset();
        const TrainResult alone = train(config, data.train.X, data.train.Y);
        QCOMPARE(table->item(3, ui::InitLabPanel::FinalCost)->text(), QString::number(alone.costs.back().cost, 'f', 4));
        QCOMPARE(table->item(3, ui::InitLabPanel::FirstCost)->text(), QString::number(alone.costs.front().cost, 'f', 4));
        // Activation spreads at iteration 0, one per layer, from the layer signals.
        const QString spreads = table->item(3, ui::InitLabPanel::Spread)->text();
        QCOMPARE(spreads.split(" · ").size(), 3);
        QCOMPARE(spreads.split(" · ").first(),
                 QString::number(alone.layerSignals.front().layers.front().activationStd, 'g', 2));

        auto* chart = test::child<ui::CostChart>(*window, "initLabChart");
        QCOMPARE(chart->pointCount(4), int(alone.costs.size()));
        QCOMPARE(chart->pointCount(3), 0); // large: no finite cost to draw
        QCOMPARE(chart->points(1).first().y(), std::log(2.0)); // zeros starts at ln 2
        // "small" lies on zeros' flat line: zeros is drawn first and wide, a band around it.
        const auto width = [&](int id) {
            return static_cast<QLineSeries*>(chart->legendMarkers(id).first()->series())->pen().widthF();
        };
        QVERIFY2(width(1) >= 3 * width(2), qPrintable(QString("zeros %1, small %2").arg(width(1)).arg(width(2))));
        // A diverged run has no accuracy to show.
        QCOMPARE(table->item(2, ui::InitLabPanel::TestAccuracy)->text(), QString("—"));
        QVERIFY(table->item(2, ui::InitLabPanel::TestAccuracy)->toolTip().contains("diverged"));
        QVERIFY(table->item(3, ui::InitLabPanel::TestAccuracy)->text().endsWith('%'));
        // The shared chart's ticks, and a run hidden from the legend comes back.
        const QList<double> xTicks = chart->xTicks();
        QCOMPARE(xTicks.first(), 0.0);
        QCOMPARE(xTicks.last(), double(config.iterations));
        QCOMPARE(xTicks[1], ui::niceStep(config.iterations));
        QCOMPARE(chart->yTicks().first(), 0.0);
        QCOMPARE(chart->yTicks()[1], ui::niceStep(chart->yRange().second));
        emit chart->legendMarkers(4).first()->clicked();
        QVERIFY(!chart->isRunVisible(4));
        emit chart->legendMarkers(4).first()->clicked();
        QVERIFY(chart->isRunVisible(4));

        emit table->cellDoubleClicked(3, 0);
        const auto run = test::controller(*window)->currentRun();
        QCOMPARE(run->config.init, InitScheme::Lecun);
        QCOMPARE(run->costs, alone.costs);
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isSaving(); }, 30000));
    }

    void anInvalidFormIsRefused() {
        auto window = test::makeWindow(true);
        test::child<QLineEdit>(*window, "dimsEdit")->setText("12288, 0, 1");
        auto* panel = test::child<ui::InitLabPanel>(*window, "initLabPanel");
        QVERIFY(!panel->start());
        QVERIFY(test::labelText(*window, "initLabStatus").contains("not valid"));
    }
};

QTEST_MAIN(TestInitLabUi)
#include "tst_init_lab_ui.moc"
