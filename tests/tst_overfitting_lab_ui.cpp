// The Labs tab's overfitting lab offscreen, on a small network: nine rows, each remedy's
// figures equal to a lone run's, a sentence per row against the baseline, the curves,
// and opening a row.
#include "engine/inspect/overfitting_lab.h"
#include "engine/model/metrics.h"
#include "engine/training/trainer.h"
#include "ui/core/sweep_session.h"
#include "ui/experiments/labs_page.h"
#include "ui/experiments/overfitting_lab_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/widgets/cost_chart.h"

#include "ui_helpers.h"

#include <QTableWidget>

using namespace catnet;

class TestOverfittingLabUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void nineRemediesSideBySide() {
        auto window = test::makeWindow(true);
        TrainConfig config = lLayerCourseConfig();
        config.layerDims = {12288, 5, 3, 1};
        config.iterations = 300;
        test::networkPanel(*window)->setConfig(config);
        auto* panel = test::child<ui::OverfittingLabPanel>(*window, "overfittingLabPanel");
        auto* tabs = window->findChild<ui::WorkspaceTabs*>();
        tabs->showPage(panel);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QString("Labs"));
        QCOMPARE(test::child<ui::LabsPage>(*window, "labsPage")->currentLab(), static_cast<QWidget*>(panel));

        QSignalSpy finished(panel->session(), &ui::SweepSession::finished);
        QVERIFY(panel->start());
        QCOMPARE(tabs->workInProgress(), QStringList{"Labs"}); // a language switch waits for it
        QVERIFY(!panel->start());                                // one row at a time
        QVERIFY(test::labelText(*window, "overfittingLabStatus").contains("already running"));
        QVERIFY(finished.wait(120000));
        QVERIFY(tabs->workInProgress().isEmpty());

        auto* table = test::child<QTableWidget>(*window, "overfittingLabTable");
        QCOMPARE(table->rowCount(), 9);
        QCOMPARE(table->item(0, ui::OverfittingLabPanel::Setting)->text(), QString("nothing added"));
        QCOMPARE(table->item(2, ui::OverfittingLabPanel::Setting)->text(), QString("L2 0.7"));
        QCOMPARE(table->item(8, ui::OverfittingLabPanel::Setting)->text(), QString("L2 0.7, keep 0.86, flip"));

        // Row 2 (L2 0.7) against the same configuration trained alone.
        const Dataset& data = test::courseDataset();
        const HeldOut heldOut{data.test.X, data.test.Y};
        TrainConfig withL2 = config;
        withL2.options.l2 = 0.7;
        const TrainResult alone = train(withL2, data.train.X, data.train.Y, {}, {}, nullptr, {}, &heldOut);
        const double trainAccuracy = evaluate(alone.parameters, data.train.X, data.train.Y).accuracy;
        const double testAccuracy = evaluate(alone.parameters, data.test.X, data.test.Y).accuracy;
        QCOMPARE(table->item(2, ui::OverfittingLabPanel::TrainAccuracy)->text(),
                 QString("%1 %").arg(100 * trainAccuracy, 0, 'f', 1));
        QCOMPARE(table->item(2, ui::OverfittingLabPanel::Gap)->text(),
                 QString::number(100 * (trainAccuracy - testAccuracy), 'f', 1));
        SweepCell lone{{2}, withL2, alone};
        lone.trainAccuracy = trainAccuracy;
        lone.testAccuracy = testAccuracy;
        const LabOutcome outcome = summarizeLabRun(lone);
        QCOMPARE(table->item(2, ui::OverfittingLabPanel::LowestTestCost)->text(),
                 QString("%1 (%2)").arg(*outcome.bestIteration).arg(outcome.bestTestCost, 0, 'f', 3));
        auto* chart = test::child<ui::CostChart>(*window, "overfittingLabChart");
        QCOMPARE(chart->pointCount(3), int(alone.costs.size()));
        QCOMPARE(chart->testPoints(3).size(), qsizetype(alone.heldOut.size()));

        // A sentence per row: the baseline's gap, each remedy's against it.
        QVERIFY2(panel->verdict(0).startsWith("gap ") && panel->verdict(0).contains("points (train"),
                 qPrintable(panel->verdict(0)));
        for (int row = 1; row < 9; ++row) {
            const QString verdict = panel->verdict(row);
            QVERIFY2(verdict.startsWith("diverged") || verdict.contains(" → "), qPrintable(verdict));
            QCOMPARE(table->item(row, ui::OverfittingLabPanel::Verdict)->toolTip(), verdict);
        }

        emit table->cellDoubleClicked(2, 0);
        const auto run = test::controller(*window)->currentRun();
        QCOMPARE(run->config.options.l2, 0.7);
        QCOMPARE(run->costs, alone.costs);
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isSaving(); }, 30000));
    }

    void anInvalidFormIsRefused() {
        auto window = test::makeWindow(true);
        test::child<QLineEdit>(*window, "dimsEdit")->setText("12288, 0, 1");
        auto* panel = test::child<ui::OverfittingLabPanel>(*window, "overfittingLabPanel");
        QVERIFY(!panel->start());
        QVERIFY(test::labelText(*window, "overfittingLabStatus").contains("not valid"));
    }
};

QTEST_MAIN(TestOverfittingLabUi)
#include "tst_overfitting_lab_ui.moc"
