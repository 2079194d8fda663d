// The Projector tab offscreen (SPEC §9): the course's L-layer run replayed frame by frame,
// its layer-3 points where the engine puts them, the mistakes ringed as the run's own
// accuracies say, the slider and Play, and a click that selects the image elsewhere.
#include "engine/model/course_presets.h"
#include "engine/model/course_steps.h"
#include "ui/core/frame_replay.h"
#include "ui/core/photo_batch_reader.h"
#include "ui/data/data_browser.h"
#include "ui/learned/decision_surface_panel.h"
#include "ui/learned/distributions_panel.h"
#include "ui/learned/projector_panel.h"
#include "ui/predict/batch_prediction_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/plane_view.h"
#include "ui/widgets/scatter_view.h"

#include "ui_helpers.h"

#include <QComboBox>
#include <QLineSeries>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <cmath>

using namespace catnet;

namespace {

ui::ProjectorPanel* showProjector(ui::MainWindow& window) {
    auto* panel = test::child<ui::ProjectorPanel>(window, "projectorPanel");
    window.findChild<ui::WorkspaceTabs*>()->showPage(panel);
    return panel;
}

bool replayed(ui::ProjectorPanel& panel) {
    return QTest::qWaitFor([&] { return !panel.replay()->isRunning() && panel.projection().has_value(); }, 60000);
}

// The current run's P(cat) of one image, as evaluate() gives it.
double panelProbability(const ui::MainWindow& window, bool test, int index) {
    const auto run = test::controller(window)->currentRun();
    const Dataset& data = test::courseDataset();
    const Matrix& X = test ? data.test.X : data.train.X;
    return course::lModelForward(X.col(index), *run->parameters)(0, 0);
}

} // namespace

class TestProjectorUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    // SPEC §9's distributions, replayed in the window: W[1], dW[1] and Z[1] at the first
    // frame, A[3] at the trained network; the bands on the charts, the values on hover.
    void theCourseRunsDistributions() {
        auto window = test::makeWindow(true);
        window->show();
        test::networkPanel(*window)->setConfig(lLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        auto* panel = test::child<ui::DistributionsPanel>(*window, "distributionsPanel");
        window->findChild<ui::WorkspaceTabs*>()->showPage(panel);
        QVERIFY(QTest::qWaitFor([&] { return !panel->replay()->isRunning() && panel->replay()->frameCount() == 26; },
                                60000));
        QCOMPARE(panel->layer(), 1);
        const auto near = [](double actual, double expected) { return std::abs(actual - expected) <= 1e-9 * (1 + std::abs(expected)); };
        using P = ui::DistributionsPanel;
        QVERIFY(near(panel->percentiles(P::W, 0)[0], -0.039033274));
        QVERIFY(near(panel->percentiles(P::W, 0)[8], 0.04087371677));
        QVERIFY(near(panel->percentiles(P::dW, 0)[4], 1.024375855e-04));
        QVERIFY(near(panel->percentiles(P::Z, 0)[6], 0.5874360864));
        panel->setLayer(3);
        QCOMPARE(panel->layer(), 3);
        QCOMPARE(panel->percentiles(P::A, 25)[4], 0.0);
        QVERIFY(near(panel->percentiles(P::A, 25)[6], 2.364602598));
        QVERIFY(near(panel->percentiles(P::A, 25)[8], 8.776816304));
        // A[3]'s chart: four bands' edges and the median, a point per frame; its title.
        ui::ChartView* chart = panel->chart(P::A);
        QCOMPARE(chart->chart()->title(), QString("A[3]"));
        QList<QLineSeries*> lines;
        for (QAbstractSeries* series : chart->chart()->series())
            if (auto* line = qobject_cast<QLineSeries*>(series))
                lines << line;
        QCOMPARE(lines.size(), 9);
        QCOMPARE(chart->points(lines[1]).size(), 26); // the outer band's top: the largest value
        QVERIFY(near(chart->points(lines[1]).back().y(), 8.776816304));
        QCOMPARE(chart->points(lines.back()).back(), QPointF(2500, 0.0)); // the median
        QVERIFY2(test::labelText(*window, "distributionsCaption").contains("at least half of A[3]'s values are 0"),
                 qPrintable(test::labelText(*window, "distributionsCaption")));
        QVERIFY2(test::labelText(*window, "distributionsStatus").startsWith("26 frames"),
                 qPrintable(test::labelText(*window, "distributionsStatus")));
        // Hovering over the last frame lists its nine percentiles.
        const QPointF at = chart->chart()->mapToPosition(QPointF(2500, 8.776816304), lines[1]);
        const QString hover = chart->hoverTextAt(chart->mapFromScene(chart->chart()->mapToScene(at)));
        QVERIFY2(hover.contains("A[3] at iteration 2,500") && hover.contains("100 %: 8.777"), qPrintable(hover));
    }

    // Stop ends a replay where it is: the frames so far stay, and the status says so.
    void aReplayCanBeStopped() {
        auto window = test::makeWindow(true);
        window->show();
        test::networkPanel(*window)->setConfig(lLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        auto* panel = test::child<ui::DistributionsPanel>(*window, "distributionsPanel");
        auto* stop = test::child<QPushButton>(*window, "distributionsStop");
        QVERIFY(!stop->isVisible());
        window->findChild<ui::WorkspaceTabs*>()->showPage(panel); // the replay starts
        QVERIFY(panel->replay()->isRunning());
        QVERIFY(stop->isVisible());
        QSignalSpy ended(panel->replay(), &ui::FrameReplay::finished);
        stop->click();
        QVERIFY(ended.wait(60000));
        QVERIFY(!stop->isVisible());
        QVERIFY(panel->replay()->frameCount() < 26);
        QVERIFY2(test::labelText(*window, "distributionsStatus").startsWith("Stopped"),
                 qPrintable(test::labelText(*window, "distributionsStatus")));
    }

    void theCourseRunFrameByFrame() {
        auto window = test::makeWindow(true);
        window->show();
        test::networkPanel(*window)->setConfig(lLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        auto* panel = showProjector(*window);
        QVERIFY(replayed(*panel));
        const Projection& projection = *panel->projection();
        QCOMPARE(projection.layer, 3); // the last hidden layer by default
        QCOMPARE(int(projection.iterations.size()), 26);
        QCOMPARE(projection.iterations.back(), 2500);
        // SPEC §9's check values, replayed in the window.
        QVERIFY(std::abs(projection.explained[0] - 0.9425274713) < 1e-8);
        QVERIFY(std::abs(projection.train.back()(0, 0) - -1.9689120112) < 1e-8);
        QVERIFY(std::abs(projection.test.front()(0, 0) - -0.1598869891) < 1e-8);
        auto* slider = test::child<QSlider>(*window, "projectorSlider");
        QCOMPARE(slider->maximum(), 25);
        QCOMPARE(panel->currentFrame(), 25); // the picture followed the replay to its end
        QCOMPARE(test::labelText(*window, "projectorFrame"), QString("iteration 2,500 of 2,500"));
        // The trained network gets 3 training images and 10 test images wrong (98.6 %, 80 %):
        // those are ringed, and the caption counts them.
        const QString caption = test::labelText(*window, "projectorCaption");
        QVERIFY2(caption.contains("94.3 % and 3.1 %"), qPrintable(caption));
        QVERIFY2(caption.contains("3 of 209 training images, 10 of 50 test images"), qPrintable(caption));
        // Images a layer cuts off entirely share one point, and the caption says how many:
        // none in layer 3, about a hundred in layer 2 (7 units) at iteration 1,300.
        QVERIFY(!caption.contains("sit on one point"));
        test::child<QComboBox>(*window, "projectorLayer")->setCurrentIndex(1);
        panel->showFrame(13);
        const Matrix& A2 = panel->replay()->frames()[13].train[1];
        const auto silent = (A2.array() == 0.0).colwise().all().count();
        QVERIFY(silent > 50);
        const QString midway = test::labelText(*window, "projectorCaption");
        QVERIFY2(midway.contains(QString("%1 training images sit on one point: every unit of layer 2 is 0").arg(silent)),
                 qPrintable(midway));
        test::child<QComboBox>(*window, "projectorLayer")->setCurrentIndex(2);
        panel->showFrame(25);
        auto* view = test::child<ui::ScatterView>(*window, "projectorView");
        QCOMPARE(view->points().size(), 209);
        QCOMPARE(std::count_if(view->points().begin(), view->points().end(), [](const auto& p) { return p.marked; }), 3);
        // Both sets: 259 points; the axes hold every frame's points.
        test::child<QComboBox>(*window, "projectorImages")->setCurrentIndex(2);
        QCOMPARE(view->points().size(), 259);
        for (const auto& point : view->points())
            QVERIFY(view->range().contains(point.position));
        // The first frame: before any update.
        panel->showFrame(0);
        QCOMPARE(test::labelText(*window, "projectorFrame"), QString("iteration 0 of 2,500"));
        QVERIFY(std::abs(view->points().front().position.x() - -0.0421269396) < 1e-8);
        // Play runs to the end and stops there.
        panel->togglePlay();
        QVERIFY(QTest::qWaitFor([&] { return panel->currentFrame() == 25; }, 20000));
        QTest::qWait(400);
        QCOMPARE(test::child<QPushButton>(*window, "projectorPlay")->text(), QString("Pl&ay"));
        // Another layer: its own axes.
        auto* layer = test::child<QComboBox>(*window, "projectorLayer");
        QCOMPARE(layer->count(), 3);
        QCOMPARE(layer->itemText(1), QString("A[2]: 7 units"));
        layer->setCurrentIndex(0);
        QCOMPARE(panel->projection()->layer, 1);
        QCOMPARE(panel->projection()->axes.rows(), 20);
    }

    void aClickSelectsTheImageInDataAndInside() {
        auto window = test::makeWindow(true);
        window->show();
        TrainConfig config = lLayerCourseConfig();
        config.iterations = 600;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        auto* panel = showProjector(*window);
        QVERIFY(replayed(*panel));
        auto* view = test::child<ui::ScatterView>(*window, "projectorView");
        // The training image farthest along axis 1: no other point over it.
        const auto far = std::max_element(view->points().begin(), view->points().end(), [](const auto& a, const auto& b) {
            return a.position.x() < b.position.x();
        });
        const int id = view->idAt(view->pixelOf(far->id));
        QVERIFY(id > 0);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->pixelOf(id).toPoint());
        QCOMPARE(window->findChild<ui::DataBrowser*>("dataBrowser")->currentExample(), id);
        QCOMPARE(test::child<QSpinBox>(*window, "exampleSpin")->value(), id);
        QVERIFY(test::statusMessage(*window).contains(QString("Training image %1").arg(id)));
        // Hovering shows the image and its P(cat) beside the plot.
        QTest::mouseMove(view, view->pixelOf(id).toPoint());
        QVERIFY(QTest::qWaitFor([&] { return test::labelText(*window, "projectorHover").contains("P(cat)"); }, 2000));
    }

    // A run started while the tab is shown records its frames as it trains: the picture
    // follows it, and once it ends nothing is trained again.
    void followsARunAsItTrains() {
        auto window = test::makeWindow(true);
        window->show();
        TrainConfig config = lLayerCourseConfig();
#ifdef CATNET_SANITIZED
        const int iterations = 4000; // as long to watch as 30,000 in a Release build
#else
        const int iterations = 30000; // long enough to be seen under way
#endif
        config.iterations = iterations;
        test::networkPanel(*window)->setConfig(config);
        auto* panel = showProjector(*window);
        QVERIFY(window->startTraining());
        auto* tabs = window->findChild<ui::WorkspaceTabs*>();
        QVERIFY(panel->isVisible()); // the tab stays to follow the run
        const auto controller = test::controller(*window);
        const int id = controller->currentRunId();
        QVERIFY(QTest::qWaitFor([&] { return panel->projection() && panel->projection()->iterations.size() >= 3; },
                                60000));
        const bool sawItUnderWay = controller->isTraining();
        QVERIFY(!panel->replay()->isRunning());
        QVERIFY(QTest::qWaitFor([&] { return !controller->isTraining(); }, 120000));
        QTest::qWait(100);
        QVERIFY(sawItUnderWay);
        QVERIFY(controller->recordedFrames(id));
        QCOMPARE(panel->replay()->runId(), 0); // never replayed
        const auto& frames = panel->projection()->iterations;
        QCOMPARE(frames.back(), iterations);
        QCOMPARE(frames[1] - frames[0], frameInterval(iterations, 100, activationFrameBytes(config.layerDims, 209, 50)));
        QCOMPARE(panel->currentFrame(), int(frames.size()) - 1);
        QVERIFY2(test::labelText(*window, "projectorStatus").contains("recorded as"),
                 qPrintable(test::labelText(*window, "projectorStatus")));
        // The same frames as a replay gives: the last frame's points where the engine puts them.
        const auto run = controller->currentRun();
        const Dataset& data = test::courseDataset();
        const ActivationFrame last = captureActivations(iterations, *run->parameters, data.train.X, data.test.X);
        QVERIFY((panel->replay()->runId() == 0));
        QVERIFY((last.train[2] - controller->recordedFrames(id)->back().train[2]).cwiseAbs().maxCoeff() < 1e-12);
        // Another tab: runs no longer record their frames.
        tabs->setCurrentIndex(0);
        config.iterations = 200;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        QVERIFY(!controller->recordedFrames(controller->currentRunId()));
    }

    // The decision surface through SPEC §9's three training images, on the course's run:
    // the plane's P(cat) where the SPEC puts it, drawn, and the image under the mouse.
    void decisionSurfaceThroughThreeImages() {
        auto window = test::makeWindow(true);
        window->show();
        test::networkPanel(*window)->setConfig(lLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        auto* surface = test::child<ui::DecisionSurfacePanel>(*window, "decisionSurfacePanel");
        window->findChild<ui::WorkspaceTabs*>()->showPage(surface);
        QVERIFY(surface->isVisible());
        QVERIFY(surface->plane().has_value()); // two cats and a non-cat at first: a line between them
        QVERIFY(surface->plane()->pCat(15, 15) > 0.5 && surface->plane()->pCat(15, 45) < 0.5); // images 2 and 1
        surface->setImages(false, 2, 7, 25); // SPEC §9's three
        const DecisionPlane& plane = *surface->plane();
        QCOMPARE(plane.pCat.rows(), ui::DecisionSurfacePanel::kGrid);
        QCOMPARE(plane.alphas[15], 0.0);
        QVERIFY(std::abs(plane.pCat(0, 0) - 0.9958537594) < 1e-9);  // (−0.5, −0.5)
        QVERIFY(std::abs(plane.pCat(15, 15) - 0.9960636155) < 1e-9); // image 2 itself
        QVERIFY(std::abs(plane.pCat(30, 30) - 0.9979344592) < 1e-9); // (0.5, 0.5)
        QVERIFY(std::abs(plane.pCat(60, 60) - 0.9772165053) < 1e-9); // (1.5, 1.5)
        QVERIFY2(test::labelText(*window, "surfaceCaption").contains("training 2 (x<sub>i</sub>), training 7") &&
                     test::labelText(*window, "surfaceCaption").contains("training 25"),
                 qPrintable(test::labelText(*window, "surfaceCaption")));
        // The map is drawn in the colours of its probabilities.
        auto* view = test::child<ui::PlaneView>(*window, "surfaceView");
        const QImage shot = view->grab().toImage();
        const QPoint centre = view->pixelOf(0.5, 0.5).toPoint();
        const QColor expected = ui::PlaneView::colourOf(plane.pCat(30, 30));
        const QColor drawn = shot.pixelColor(centre * shot.devicePixelRatio());
        QVERIFY2(std::abs(drawn.red() - expected.red()) < 40 && std::abs(drawn.blue() - expected.blue()) < 40,
                 qPrintable(drawn.name() + " vs " + expected.name()));
        // The image under the mouse: image 7 at (1, 0) (once the new caption is laid out).
        QCoreApplication::processEvents();
        QTest::mouseMove(view, view->pixelOf(1.0, 0.0).toPoint());
        const QString hover = test::labelText(*window, "surfaceHover");
        const QRegularExpressionMatch at = QRegularExpression("α = ([-0-9.]+), β = ([-0-9.]+)").match(hover);
        QVERIFY2(at.hasMatch() && hover.contains("P(cat) = "), qPrintable(hover));
        QVERIFY2(std::abs(at.captured(1).toDouble() - 1.0) < 0.06 && std::abs(at.captured(2).toDouble()) < 0.06,
                 qPrintable(hover));
        // Test images, and a plane that is not one.
        surface->setImages(true, 0, 1, 2);
        QCOMPARE(surface->plane()->pCat(15, 15), panelProbability(*window, true, 0));
        surface->setImages(false, 3, 3, 4);
        QVERIFY(!surface->plane());
        // Your own photos, read in the Folder tab: none yet, then two test images saved as
        // files, a corner each beside a training image; the plane's corner is the photo's P(cat).
        surface->setImages(false, 2, 7, 1);
        surface->setCorner(2, ui::DecisionSurfacePanel::Source::Photos, 0);
        QVERIFY(!surface->plane());
        QTemporaryDir folder;
        const Dataset& data = test::courseDataset();
        for (int i : {5, 6})
            QVERIFY(QImage(data.test.image(i), 64, 64, 64 * 3, QImage::Format_RGB888)
                        .save(folder.filePath(QStringLiteral("photo-%1.png").arg(i))));
        auto* batch = test::child<ui::BatchPredictionPanel>(*window, "batchPredictionPanel");
        QSignalSpy read(batch->reader(), &ui::PhotoBatchReader::finished);
        window->predictPaths({folder.path()});
        QVERIFY(read.wait(60000));
        surface->setCorner(1, ui::DecisionSurfacePanel::Source::Photos, 0);
        surface->setCorner(2, ui::DecisionSurfacePanel::Source::Photos, 1);
        QVERIFY(surface->plane().has_value());
        QVERIFY(std::abs(surface->plane()->pCat(15, 15) - panelProbability(*window, false, 2)) < 1e-12);
        QVERIFY(std::abs(surface->plane()->pCat(45, 15) - panelProbability(*window, true, 5)) < 1e-12); // (1, 0)
        QVERIFY(std::abs(surface->plane()->pCat(15, 45) - panelProbability(*window, true, 6)) < 1e-12); // (0, 1)
        QVERIFY2(test::labelText(*window, "surfaceCaption").contains("photo-5.png (x<sub>j</sub>)"),
                 qPrintable(test::labelText(*window, "surfaceCaption")));
    }

    void runsWithoutFramesSaySo() {
        auto window = test::makeWindow(true);
        window->show();
        TrainConfig config = lLayerCourseConfig();
        config.layerDims = {12288, 1};
        config.iterations = 50;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        auto* panel = showProjector(*window);
        QVERIFY(!panel->replay()->isRunning());
        QVERIFY(!panel->projection());
        QVERIFY(!test::child<QSlider>(*window, "projectorSlider")->isEnabled());
    }
};

QTEST_MAIN(TestProjectorUi)
#include "tst_projector_ui.moc"
