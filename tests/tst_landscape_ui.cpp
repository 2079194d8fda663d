// The Landscape tab offscreen: the line follows the current run with the engine's
// numbers, and the 2-D grid is computed in the background and drawn.
#include "engine/model/initialization.h"
#include "ui/core/landscape_worker.h"
#include "ui/experiments/landscape_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/contour_view.h"
#include "ui/widgets/nice_scale.h"

#include "ui_helpers.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>

#include <algorithm>
#include <cmath>

using namespace catnet;

class TestLandscapeUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void lineAndSurfaceOfTheCurrentRun() {
        auto window = test::makeWindow(true);
        TrainConfig config = twoLayerCourseConfig();
        config.iterations = 300;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        auto* panel = test::child<ui::LandscapePanel>(*window, "landscapePanel");
        QVERIFY(QTest::qWaitFor([&] { return panel->line().has_value(); }, 30000));

        const auto run = test::controller(*window)->currentRun();
        const Dataset& data = test::courseDataset();
        const LossLine expected = lossAlongLine(initializeParameters(config.layerDims, config.init, config.seed),
                                                *run->parameters, data.train.X, data.train.Y, data.test.X, data.test.Y);
        QCOMPARE(panel->line()->trainCosts, expected.trainCosts);
        QCOMPARE(panel->line()->testCosts, expected.testCosts);
        QVERIFY(!test::labelText(*window, "landscapeLineCaption").isEmpty());
        // The shared chart: α from its first to its last value on half steps, the cost
        // from 0 on 1-2-5 steps; the test curve hidden from the legend comes back.
        auto* chart = test::child<ui::ChartView>(*window, "landscapeLineChart");
        QCOMPARE(chart->xTicks().first(), expected.alphas.front());
        QCOMPARE(chart->xTicks().last(), expected.alphas.back());
        QCOMPARE(chart->xTicks()[1] - chart->xTicks()[0], 0.5);
        QCOMPARE(chart->yTicks().first(), 0.0);
        const double step = chart->yTicks()[1];
        QCOMPARE(step, ui::niceStep(chart->yRange().second));
        auto* testLine = qobject_cast<QLineSeries*>(chart->chart()->series().at(1));
        QCOMPARE(chart->points(testLine).size(),
                 qsizetype(std::count_if(expected.testCosts.begin(), expected.testCosts.end(),
                                         [](double cost) { return std::isfinite(cost); })));
        emit chart->legendMarkers(testLine).first()->clicked();
        QVERIFY(!chart->isLineVisible(testLine));
        emit chart->legendMarkers(testLine).first()->clicked();
        QVERIFY(chart->isLineVisible(testLine));

        QSignalSpy ready(panel->worker(), &ui::LandscapeWorker::surfaceReady);
        test::child<QPushButton>(*window, "landscapeSurfaceButton")->click();
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        auto* contour = test::child<ui::ContourView>(*window, "landscapeContour");
        QVERIFY(contour->hasValues());
        QCOMPARE(test::child<QProgressBar>(*window, "landscapeProgress")->value(), 100);
        QVERIFY(test::labelText(*window, "landscapeSurfaceCaption").contains("at the trained weights"));
        // The lowest cost falls in the first band, the highest in the last.
        const LossSurface surface = lossSurface(*run->parameters, data.train.X, data.train.Y, config.seed);
        QCOMPARE(contour->bandOf(surface.costs.minCoeff()), 0);
        QCOMPARE(contour->bandOf(surface.costs.maxCoeff()), ui::ContourView::kBands - 1);
        // Low cost is dark: the lowest band is viridis' dark end, and the key says so,
        // with 1-2-5 values on a log scale between the lowest and the highest cost.
        QVERIFY(ui::ContourView::bandColour(0).lightnessF() < ui::ContourView::bandColour(ui::ContourView::kBands - 1).lightnessF());
        auto* key = test::child<ui::ColourKey>(*window, "landscapeContourKey");
        QVERIFY(key->isVisibleTo(panel));
        QVERIFY(key->caption().contains("dark is low"));
        QCOMPARE(key->colourAt(0.0), ui::ContourView::bandColour(0));
        const auto [low, high] = contour->valueRange();
        QCOMPARE(low, surface.costs.minCoeff());
        const QStringList marks = key->markTexts();
        QVERIFY2(marks.size() >= 2, qPrintable(QString("%1…%2: %3").arg(low).arg(high).arg(marks.join(' '))));
        // Round values: a whole number of a 1-2-5 step (0.6, 0.61, …, or 0.1, 0.2, 0.5, 1).
        const double keyStep = ui::niceStep(high - low);
        for (const QString& mark : marks) {
            const double value = mark.toDouble();
            QVERIFY2(value >= low && value <= high, qPrintable(mark));
            const bool oneTwoFive = ui::logTicks(value * 0.999, value * 1.001).size() == 1;
            const bool onStep = std::abs(value / keyStep - std::round(value / keyStep)) < 1e-6;
            QVERIFY2(oneTwoFive || onStep, qPrintable(mark));
        }
        const QImage picture = contour->render(200);
        QVERIFY(picture.pixel(100, 100) != picture.pixel(0, 0) || picture.pixel(0, 0) != picture.pixel(199, 199));
    }

    void nothingToShowWithoutARun() {
        auto window = test::makeWindow(true);
        QVERIFY(!test::child<QPushButton>(*window, "landscapeSurfaceButton")->isEnabled());
        QVERIFY(test::labelText(*window, "landscapeLineCaption").contains("Train a model"));
    }
};

QTEST_MAIN(TestLandscapeUi)
#include "tst_landscape_ui.moc"
