// The Landscape tab offscreen: the line follows the current run with the engine's
// numbers, and the 2-D grid is computed in the background and drawn.
#include "engine/model/initialization.h"
#include "ui/core/landscape_worker.h"
#include "ui/experiments/landscape_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/widgets/contour_view.h"

#include "ui_helpers.h"

#include <QPushButton>

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

        QSignalSpy ready(panel->worker(), &ui::LandscapeWorker::surfaceReady);
        test::child<QPushButton>(*window, "landscapeSurfaceButton")->click();
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        auto* contour = test::child<ui::ContourView>(*window, "landscapeContour");
        QVERIFY(contour->hasValues());
        QCOMPARE(test::child<QProgressBar>(*window, "landscapeProgress")->value(), 100);
        QVERIFY(test::labelText(*window, "landscapeSurfaceCaption").contains("at the trained weights"));
        // The lowest cost is drawn in the lightest band, the highest in the darkest.
        const LossSurface surface = lossSurface(*run->parameters, data.train.X, data.train.Y, config.seed);
        QCOMPARE(contour->bandOf(surface.costs.minCoeff()), 0);
        QCOMPARE(contour->bandOf(surface.costs.maxCoeff()), ui::ContourView::kBands - 1);
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
