// Step, Pause and the Inside tab, driven offscreen on the built-in pictures: a step
// runs exactly one iteration, the inspector shows that iteration's values, a paused and
// stepped run ends bit-identical to an uninterrupted one, Stop ends a paused run.
#include "engine/inspect/inspection.h"
#include "engine/model/course_presets.h"
#include "engine/model/initialization.h"
#include "engine/training/trainer.h"
#include "ui/core/runs_model.h"
#include "ui/inside/element_formula_panel.h"
#include "ui/inside/gradient_check_panel.h"
#include "ui/inside/iteration_inspector.h"
#include "ui/inside/weights_view.h"
#include "ui/inside/layer_signals_chart.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/training/network_panel.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/histogram_view.h"
#include "ui/widgets/matrix_map_view.h"
#include "ui/widgets/nice_scale.h"

#include "ui_helpers.h"

#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QHelpEvent>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>

using namespace catnet;

namespace {

TrainConfig smallConfig(int iterations) {
    TrainConfig config;
    config.layerDims = {12288, 5, 3, 1};
    config.learningRate = 0.01;
    config.iterations = iterations;
    config.reportEvery = 5;
    // One strategy whatever the length: auto would pick direct for one iteration and
    // gram for forty, whose roundings differ, and the test compares bits.
    config.strategy = Strategy::Gram;
    return config;
}

bool pausedAt(const ui::MainWindow& window, int iteration) {
    return QTest::qWaitFor(
        [&] {
            const auto paused = test::controller(window)->pausedAt();
            return paused && paused->iteration == iteration;
        },
        30000);
}

} // namespace

class TestInspectorUi : public QObject {
    Q_OBJECT

private slots:
    void aStepRunsOneIterationAndShowsIt() {
        auto window = test::makeWindow(false);
        window->show();
        test::networkPanel(*window)->setConfig(smallConfig(40));
        QVERIFY(window->stepTraining());
        QVERIFY(pausedAt(*window, 1));
        auto* tabs = window->findChild<ui::WorkspaceTabs*>();
        auto* inspector = test::child<ui::IterationInspector>(*window, "iterationInspector");
        QCOMPARE(tabs->currentPage(), static_cast<QWidget*>(inspector));
        QVERIFY(test::child<QPushButton>(*window, "trainButton")->text().contains("Continue"));
        QVERIFY(!test::child<QPushButton>(*window, "pauseButton")->isEnabled());

        // The iteration Step just ran, in the course's numbering: iteration 0, from the
        // initial parameters (its cost is the run's first), while the run waits before 1.
        const Dataset& data = *test::controller(*window)->dataset();
        const Matrix X = test::featuresOf(data.train);
        const TrainConfig config = smallConfig(1);
        const TrainResult one = train(config, X, data.train.Y);
        const IterationValues expected = inspectIteration(
            initializeParameters(config.layerDims, config.init, config.seed), X, data.train.Y);
        QCOMPARE(expected.cost, one.costs.front().cost);
        QVERIFY(QTest::qWaitFor([&] { return inspector->values().has_value(); }, 5000));
        const IterationValues& shown = *inspector->values();
        QCOMPARE(shown.cost, expected.cost);
        // The runs table says it is paused, not running.
        auto* runs = test::controller(*window)->runs();
        const int active = test::controller(*window)->activeRunId();
        QCOMPARE(runs->data(runs->index(runs->rowOf(active), ui::RunsModel::Result)).toString(),
                 QString("paused before iteration 1"));
        // Weights shows the paused run too: its 5 first-layer units as they stand now.
        auto* weights = test::child<ui::WeightsView>(*window, "weightsView");
        QCOMPARE(weights->model()->rowCount(), 5);
        QCOMPARE(weights->model()->items().front().image, ui::WeightsView::unitImage(one.parameters.W[0], 0, 0.0));
        QVERIFY(shown.dW[1] == expected.dW[1]);
        QVERIFY(shown.A[3] == expected.A[3]);
        QVERIFY2(test::labelText(*window, "inspectorTitle").contains("Iteration 0</b> of the paused run (just run; it "
                                                                     "now waits before iteration 1)"),
                 qPrintable(test::labelText(*window, "inspectorTitle")));

        // The table: Z and A forward, dA[L], then dZ, dW, db, dA per layer backward, then W.
        auto* table = test::child<QTableWidget>(*window, "inspectorTable");
        QCOMPARE(table->rowCount(), 2 * 3 + 1 + 4 * 3 + 3);
        QCOMPARE(inspector->quantityAt(0), QString("Z[1]"));
        QCOMPARE(table->item(0, 1)->text(), QString("(5, 209)"));
        const int dZ2 = 7 + 4; // after Z, A ×3, dA[3], then dZ[3] dW[3] db[3] dA[2]
        QCOMPARE(inspector->quantityAt(dZ2), QString("dZ[2]"));
        QCOMPARE(table->item(dZ2, 2)->text(), QString("relu_backward"));
        QCOMPARE(table->item(dZ2, 3)->toolTip().toDouble(), summarize(expected.dZ[2]).mean);
        // The histogram of the selected row, with the count under the mouse.
        table->selectRow(dZ2);
        auto* details = test::child<QTabWidget>(*window, "inspectorDetails");
        auto* histogram = test::child<ui::HistogramView>(*window, "inspectorHistogram");
        details->setCurrentWidget(histogram);
        const auto bar = histogram->barAt(histogram->rect().center());
        QVERIFY(bar.has_value());
        const ValueSummary s = summarize(expected.dZ[2]);
        QVERIFY2(histogram->barText(*bar).endsWith(QString("%1 values").arg(s.bins[std::size_t(*bar)])),
                 qPrintable(histogram->barText(*bar)));
        // Hovering shows it.
        QHelpEvent hover(QEvent::ToolTip, histogram->rect().center(), histogram->mapToGlobal(histogram->rect().center()));
        QApplication::sendEvent(histogram, &hover);
        QCOMPARE(QToolTip::text(), histogram->barText(*bar));
        // Its value axis on the charts' 1-2-5 ticks, inside the values' range.
        const QList<double> ticks = histogram->ticks();
        QCOMPARE(ticks, ui::linearTicks(s.min, s.max));
        QVERIFY(ticks.size() >= 3);
        QVERIFY(ticks.first() >= s.min && ticks.last() <= s.max);
        QCOMPARE(ticks[1] - ticks[0], ui::niceStep(s.max - s.min));
        // One example's column, ending in its P(cat).
        test::child<QSpinBox>(*window, "exampleSpin")->setValue(7);
        QVERIFY2(test::labelText(*window, "exampleActivations").contains(QString::number(expected.A[3](0, 7), 'f', 4)),
                 qPrintable(test::labelText(*window, "exampleActivations")));

        // A click on a number of dZ[2] shows its formula, worked out to the number itself,
        // and that image below.
        auto* panel = test::child<ui::ElementFormulaPanel>(*window, "elementFormulaPanel");
        auto* map = test::child<ui::MatrixMapView>(*window, "elementMap");
        details->setCurrentWidget(panel);
        QTest::qWait(0);
        QCOMPARE(map->matrix().rows(), Eigen::Index(3));
        const QPoint point = map->cellRect(1, 40).center().toPoint();
        const auto cell = map->cellAt(point);
        QVERIFY(cell.has_value());
        QTest::mouseClick(map, Qt::LeftButton, {}, point);
        QCOMPARE(map->selectedRow(), cell->first);
        QCOMPARE(map->selectedColumn(), cell->second);
        QVERIFY(panel->formula().has_value());
        QCOMPARE(panel->formula()->array, IterationArray::dZ);
        QCOMPARE(panel->formula()->element, expected.dZ[2](cell->first, cell->second));
        QCOMPARE(panel->formula()->result, panel->formula()->element); // relu_backward passes or stops it
        QVERIFY2(panel->formulaText().contains("relu_backward") && panel->formulaText().contains("✓"),
                 qPrintable(panel->formulaText()));
        QCOMPARE(test::child<QSpinBox>(*window, "exampleSpin")->value(), int(cell->second));
        // The arrow keys move one element.
        QTest::keyClick(map, Qt::Key_Right);
        QCOMPARE(map->selectedColumn(), cell->second + 1);
        QCOMPARE(panel->formula()->element, expected.dZ[2](cell->first, cell->second + 1));
        // dW[1]: a sum over the 209 images, its first terms, the count of the rest, the total.
        int dW1 = 0;
        while (inspector->quantityAt(dW1) != "dW[1]")
            ++dW1;
        inspector->selectElement(dW1, 4, 12000);
        QCOMPARE(panel->formula()->termCount, Eigen::Index(209));
        QVERIFY(std::abs(panel->formula()->result - expected.dW[1](4, 12000)) <= 1e-12 * (1 + std::abs(expected.dW[1](4, 12000))));
        QVERIFY2(panel->formulaText().contains("206 more terms") && panel->formulaText().contains("(1/209)") &&
                     panel->formulaText().contains("✓"),
                 qPrintable(panel->formulaText()));

        QVERIFY(window->stepTraining());
        QVERIFY(pausedAt(*window, 2));
        // The next Step's iteration is 1, from the parameters after one update.
        QVERIFY(QTest::qWaitFor([&] { return inspector->values().has_value() &&
                                             test::labelText(*window, "inspectorTitle").contains("Iteration 1</b>"); },
                                5000));
        QCOMPARE(inspector->values()->cost, inspectIteration(one.parameters, X, data.train.Y).cost);
        test::controller(*window)->stopTraining();
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isTraining(); }, 30000));
        QCOMPARE(test::controller(*window)->currentRun()->outcome, Outcome::Cancelled);
        QCOMPARE(test::controller(*window)->currentRun()->iterationsRun, 2);
    }

    // Step from a fresh start on the course's data shows the course's first cost:
    // iteration 0 of the 2-layer model, J = 0.693049736 (SPEC §6).
    void theFirstStepShowsTheCoursesFirstCost() {
        CATNET_REQUIRE_COURSE_DATA();
        auto window = test::makeWindow(true);
        window->show();
        test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
        QVERIFY(window->stepTraining());
        QVERIFY(pausedAt(*window, 1));
        auto* inspector = test::child<ui::IterationInspector>(*window, "iterationInspector");
        QVERIFY(QTest::qWaitFor([&] { return inspector->values().has_value(); }, 5000));
        QVERIFY(std::abs(inspector->values()->cost - 0.693049736) < 1e-9);
        QVERIFY2(test::labelText(*window, "inspectorTitle").contains("Iteration 0</b>"),
                 qPrintable(test::labelText(*window, "inspectorTitle")));
        test::controller(*window)->stopTraining();
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isTraining(); }, 30000));
    }

    void aPausedAndSteppedRunEndsBitIdentical() {
        auto window = test::makeWindow(false);
        const TrainConfig config = smallConfig(30);
        test::networkPanel(*window)->setConfig(config);
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(window->stepTraining());
            QVERIFY(pausedAt(*window, i));
        }
        QSignalSpy finished(test::controller(*window), &ui::RunController::trainingFinished);
        QVERIFY(window->startTraining()); // continues
        QVERIFY(finished.wait(30000));
        const auto run = test::controller(*window)->currentRun();
        const Dataset& data = *test::controller(*window)->dataset();
        const Matrix X = test::featuresOf(data.train);
        const TrainResult uninterrupted = train(config, X, data.train.Y);
        QCOMPARE(run->iterationsRun, 30);
        QCOMPARE(run->costs, uninterrupted.costs);
        for (int l = 0; l < 3; ++l)
            QVERIFY(run->parameters->W[l] == uninterrupted.parameters.W[l]);
    }

    void checkingTheGradientsOfThePausedRun() {
        auto window = test::makeWindow(false);
        window->show();
        test::networkPanel(*window)->setConfig(smallConfig(10));
        QVERIFY(window->stepTraining());
        QVERIFY(pausedAt(*window, 1));
        auto* panel = test::child<ui::GradientCheckPanel>(*window, "gradientCheckPanel");
        QSignalSpy finished(panel, &ui::GradientCheckPanel::finished);
        QTest::mouseClick(test::child<QPushButton>(*window, "gradientCheckButton"), Qt::LeftButton);
        QVERIFY(panel->isChecking());
        QVERIFY(finished.wait(60000));
        QVERIFY(panel->result().has_value());
        // The same check, computed here on the paused parameters.
        const Dataset& data = *test::controller(*window)->dataset();
        const Matrix X = test::featuresOf(data.train);
        const GradientCheck expected = // at the iteration Inside shows: the one just run
            checkGradients(*test::controller(*window)->lastStep()->parameters, X, data.train.Y);
        QCOMPARE(panel->result()->parameters, expected.parameters);
        QVERIFY(std::abs(panel->result()->difference - expected.difference) < 1e-3 * expected.difference);
        QVERIFY(panel->result()->verdict() != GradientCheck::Verdict::Wrong);
        const QString shown = test::labelText(*window, "gradientCheckResult");
        QVERIFY2(shown.contains("Rounding floor") && shown.contains("W[1]"), qPrintable(shown));
        QCOMPARE(test::child<QProgressBar>(*window, "gradientCheckProgress")->value(), 1000);

        // Stop: a check under way ends without a result.
        QTest::mouseClick(test::child<QPushButton>(*window, "gradientCheckButton"), Qt::LeftButton);
        QTest::mouseClick(test::child<QPushButton>(*window, "gradientCheckStop"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const QString after = test::labelText(*window, "gradientCheckResult");
        QVERIFY2(after.contains("Stopped before every parameter") || after.contains("Difference"), qPrintable(after));
        test::controller(*window)->stopTraining();
    }

    void theSignalsTabShowsEveryLayer() {
        auto window = test::makeWindow(false);
        const TrainConfig config = smallConfig(30);
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        const auto run = test::controller(*window)->currentRun();
        const Dataset& data = *test::controller(*window)->dataset();
        const Matrix X = test::featuresOf(data.train);
        const TrainResult engine = train(config, X, data.train.Y);
        QCOMPARE(run->layerSignals, engine.layerSignals); // every point arrived, in order
        QCOMPARE(run->layerSignals.size(), std::size_t(7)); // iterations 0, 5, …, 25 and 29
        auto* chart = test::child<ui::LayerSignalsChart>(*window, "layerSignalsChart");
        QVERIFY(!chart->isLogScale());
        for (int layer = 1; layer <= 3; ++layer) {
            const QList<QPointF> points = chart->points(layer);
            QCOMPARE(points.size(), 7);
            QCOMPARE(points.last(), QPointF(29, engine.layerSignals.back().layers[std::size_t(layer) - 1].activationStd));
        }
        chart->setMeasure(ui::LayerSignalsChart::Measure::GradientNorm);
        QVERIFY(chart->isLogScale());
        QCOMPARE(chart->points(1).first(), QPointF(0, engine.layerSignals.front().layers[0].gradientNorm));
        QVERIFY(chart->points(4).isEmpty()); // three layers only
        // The shared chart's axes: iterations 0…30 in fives, the log axis labelled at its
        // decades (and 2, 5 between while it spans three or fewer), every tick 1-2-5.
        ui::ChartView* view = chart->chart();
        QCOMPARE(view->xTicks(), QList<double>({0, 5, 10, 15, 20, 25, 30}));
        const QList<double> ticks = view->yTicks();
        QVERIFY(ticks.size() >= 2);
        for (double tick : ticks) {
            const double mantissa = tick / std::pow(10.0, std::floor(std::log10(tick) + 1e-9));
            QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
                     qPrintable(QString::number(tick)));
        }
        QCOMPARE(view->yTickLabels().size(), ticks.size());
        // A layer hidden from the legend comes back from it.
        const auto lines = view->chart()->series();
        auto* second = qobject_cast<QLineSeries*>(lines.at(1));
        emit view->legendMarkers(second).first()->clicked();
        QVERIFY(!view->isLineVisible(second));
        emit view->legendMarkers(second).first()->clicked();
        QVERIFY(view->isLineVisible(second));
        QCOMPARE(chart->points(2).size(), 7);
    }

    void pauseHoldsARunningRun() {
        auto window = test::makeWindow(false);
        test::networkPanel(*window)->setConfig(smallConfig(1'000'000));
        QVERIFY(window->startTraining());
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->currentRun()->costs.empty(); }, 30000));
        window->pauseTraining();
        QVERIFY(QTest::qWaitFor([&] { return test::controller(*window)->pausedAt().has_value(); }, 30000));
        const int at = test::controller(*window)->pausedAt()->iteration;
        QTest::qWait(200);
        QCOMPARE(test::controller(*window)->pausedAt()->iteration, at); // it holds
        QVERIFY(test::controller(*window)->isTraining());
        QVERIFY2(test::labelText(*window, "progressLabel").contains(QString("paused before iteration %1").arg(at)),
                 qPrintable(test::labelText(*window, "progressLabel")));
        // The inspector shows the paused parameters; a finished run afterwards its last ones.
        auto* inspector = test::child<ui::IterationInspector>(*window, "iterationInspector");
        QVERIFY(inspector->values().has_value());
        test::controller(*window)->stopTraining();
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isTraining(); }, 30000));
        QCOMPARE(test::controller(*window)->currentRun()->iterationsRun, at);
        QVERIFY(inspector->values().has_value());
        const auto run = test::controller(*window)->currentRun();
        const Dataset& data = *test::controller(*window)->dataset();
        const Matrix X = test::featuresOf(data.train);
        QCOMPARE(inspector->values()->cost, inspectIteration(*run->parameters, X, data.train.Y).cost);
    }

    // Inside shows the course's own step: for a run with SPEC §8's options it says which
    // of them it leaves out, since its cost is not the run's.
    void aRunWithOptionsIsSaidToBeShownWithout() {
        auto window = test::makeWindow(false);
        window->show();
        TrainConfig config = smallConfig(10);
        config.strategy = Strategy::Auto;
        config.options.l2 = 0.7;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        auto* tabs = window->findChild<ui::WorkspaceTabs*>();
        auto* inspector = test::child<ui::IterationInspector>(*window, "iterationInspector");
        tabs->showPage(inspector);
        QVERIFY(inspector->values().has_value());
        const QString title = test::labelText(*window, "inspectorTitle");
        QVERIFY2(title.contains("This run also trains with L2 0.7</b>, which this view leaves out"), qPrintable(title));
        // The course's own run: nothing to say.
        test::networkPanel(*window)->setConfig(smallConfig(10));
        QVERIFY(test::trainAndWait(*window));
        QVERIFY(inspector->values().has_value());
        QVERIFY(!test::labelText(*window, "inspectorTitle").contains("This run also trains with"));
    }
};

QTEST_MAIN(TestInspectorUi)
#include "tst_inspector_ui.moc"
