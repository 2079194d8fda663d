// Renders the window after the course's L-layer run (offscreen) to PNG files: the
// README's screenshots come from here. Set CATNET_SCREENSHOT_DIR to keep them, and
// CATNET_SCREENSHOT_SIZE (800x600) or CATNET_SCREENSHOT_LANGUAGE (zh_CN) to look at the
// window at another size or in another language (then a page may scroll). Each
// picture is checked for what it must show: its views on screen, whole (not cut off by
// the window) and drawn, and the colours of what they plot (the runs' curves, the
// layers' lines, saliency's red and blue, the contour's dark valley, the sweep's cells).
#include "ui/core/frame_replay.h"
#include "ui/core/landscape_worker.h"
#include "ui/core/photo_batch_reader.h"
#include "ui/core/sweep_session.h"
#include "ui/data/mislabeled_view.h"
#include "engine/model/course_presets.h"
#include "ui/experiments/init_lab_panel.h"
#include "ui/experiments/learning_rate_panel.h"
#include "ui/experiments/optimizer_race_panel.h"
#include "ui/experiments/overfitting_lab_panel.h"
#include "ui/experiments/landscape_panel.h"
#include "ui/experiments/sweep_panel.h"
#include "ui/learned/decision_surface_panel.h"
#include "ui/learned/distributions_panel.h"
#include "ui/learned/projector_panel.h"
#include "ui/inside/iteration_inspector.h"
#include "ui/inside/weights_view.h"
#include "ui/predict/batch_prediction_panel.h"
#include "ui/predict/camera_panel.h"
#include "ui/shell/language.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/tour/course_tour_panel.h"
#include "ui/training/network_panel.h"

#include "ui/widgets/chart_view.h"
#include "ui/widgets/contour_view.h"
#include "ui/widgets/heat_map_view.h"
#include "ui/widgets/parallel_coordinates_view.h"

#include "engine/io/synthetic_dataset.h"
#include "ui/shell/run_picker_dialog.h"
#include "ui_helpers.h"

#include <QDir>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>

#include <set>

using namespace catnet;

namespace {
int distinctColours(const QImage& image) {
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QRect areaOf(const QWidget& widget, const QWidget& window) {
    return QRect(widget.mapTo(&window, QPoint(0, 0)), widget.size());
}

// Empty when every named view is shown, whole inside the picture and drawn; else what is wrong.
QString checkShows(const QImage& shot, const QWidget& window, const QStringList& names, bool whole = true) {
    for (const QString& name : names) {
        const auto* widget = window.findChild<QWidget*>(name);
        if (!widget || !widget->isVisible())
            return name + " is not shown";
        const QRect area = areaOf(*widget, window);
        if (whole && !shot.rect().contains(area))
            return QStringLiteral("%1 is cut off: %2,%3 %4×%5 in a %6×%7 window")
                .arg(name).arg(area.x()).arg(area.y()).arg(area.width()).arg(area.height())
                .arg(shot.width()).arg(shot.height());
        if (shot.rect().contains(area) && distinctColours(shot.copy(area)) < 4)
            return name + " is blank";
    }
    return {};
}

// Pixels of `area` within `tolerance` (per channel) of `colour`.
int pixelsLike(const QImage& shot, const QRect& area, const QColor& colour, int tolerance = 20) {
    int count = 0;
    const QRect inside = area.intersected(shot.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor pixel = shot.pixelColor(x, y);
            count += std::abs(pixel.red() - colour.red()) <= tolerance &&
                     std::abs(pixel.green() - colour.green()) <= tolerance &&
                     std::abs(pixel.blue() - colour.blue()) <= tolerance;
        }
    return count;
}

// Each line of a chart shows in the picture in its own colour.
QString checkLinesDrawn(const QImage& shot, const QWidget& window, const char* chartName) {
    const auto* chart = window.findChild<ui::ChartView*>(chartName);
    if (!chart)
        return QString(chartName) + " is missing";
    const QRect area = areaOf(*chart, window);
    for (const QAbstractSeries* series : chart->chart()->series()) {
        const auto* line = qobject_cast<const QLineSeries*>(series);
        if (line && !chart->points(line).isEmpty() && pixelsLike(shot, area, line->pen().color(), 12) < 20)
            return QStringLiteral("%1: the line '%2' is not drawn").arg(chartName, line->name());
    }
    return {};
}

double meanLightness(const QImage& image) {
    double sum = 0.0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8, ++count)
            sum += image.pixelColor(x, y).lightnessF();
    return sum / count;
}
} // namespace

class TestScreenshot : public QObject {
    Q_OBJECT
private slots:
    void windowAfterARun() {
        QTemporaryDir temporary;
        const QByteArray wanted = qgetenv("CATNET_SCREENSHOT_DIR");
        const QString folder = wanted.isEmpty() ? temporary.path() : QString::fromLocal8Bit(wanted);
        QDir().mkpath(folder);

        const bool realData = test::courseDataDirectory().has_value();
        auto window = test::makeWindow(realData);
        const QStringList size = QString::fromLocal8Bit(qgetenv("CATNET_SCREENSHOT_SIZE")).split('x');
        const bool otherSize = size.size() == 2;
        if (otherSize)
            window->resize(size[0].toInt(), size[1].toInt());
        const QString language = QString::fromLocal8Bit(qgetenv("CATNET_SCREENSHOT_LANGUAGE"));
        if (!language.isEmpty()) { // the window's texts are translated as it is made
            QVERIFY(ui::installLanguage(language));
            window = test::makeWindow(realData);
            if (otherSize)
                window->resize(size[0].toInt(), size[1].toInt());
        }
        window->show();
        test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        test::networkPanel(*window)->setConfig(lLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));

        // A photo for the Predict tab: a test image, enlarged.
        const DataSplit& test = test::controller(*window)->dataset()->test;
        const QString photo = folder + "/photo.png";
        QImage(test.image(11), 64, 64, 64 * 3, QImage::Format_RGB888).scaled(320, 320).save(photo);

        // The Weights tab at its most telling: the change since initialization, one scale.
        window->findChild<ui::WeightsView*>("weightsView")->showWeights(ui::WeightsView::Shown::ChangeSinceInit,
                                                                 ui::WeightsView::Scale::Shared);
        auto* tabs = window->findChild<ui::WorkspaceTabs*>();
        QVERIFY(tabs);
        const char* names[] = {"training", "inside",  "signals", "data",   "mislabeled", "weights",  "projector",
                               "predict",  "folder",  "camera",  "landscape", "initlab",   "sweep"};
        QCOMPARE(tabs->count(), 13);
        // What each tab's picture must show.
        const QStringList mustShow[] = {{"costChart", "runsTable", "trainingColumn"},
                                        {"inspectorTable", "elementMap", "elementFormula"},
                                        {"signalsChart", "signalMeasureCombo"},
                                        {"dataGrid"},
                                        {"confusionPanel", "mislabeledGrid"},
                                        {"weightsGrid", "unitPreview", "weightsLegend", "weightMatrix2",
                                         "weightMatrixKey2"},
                                        {"projectorView", "projectorSlider", "projectorCaption"},
                                        {"photoLabel", "saliencyBlendLabel", "saliencyHeatLabel", "predictSaliencyKey"},
                                        {"batchStatus"},
                                        {"cameraView"},
                                        {"landscapeLineChart", "landscapeContour", "landscapeContourKey"},
                                        {"labsBar", "initLabChart", "initLabTable"},
                                        {"sweepHeatMap", "sweepLegend"}};
        // A folder of photos for the Predict folder tab: twenty test images, enlarged.
        const QString photos = folder + "/photos";
        QDir().mkpath(photos);
        for (Eigen::Index i = 0; i < 20; ++i)
            QImage(test.image(i), 64, 64, 64 * 3, QImage::Format_RGB888).scaled(160, 160).save(
                QStringLiteral("%1/test-%2.png").arg(photos).arg(i, 2, 10, QChar('0')));
        for (int tab = 0; tab < 13; ++tab) {
            tabs->setCurrentIndex(tab);
            if (tab == 1) // one number's formula: Z[2][3, 17], a sum over the first layer's 20 units
                window->findChild<ui::IterationInspector*>()->selectElement(2, 3, 17);
            if (tab == 6) { // the current run's training images on its last hidden layer's axes, mid-run
                auto* projector = window->findChild<ui::ProjectorPanel*>("projectorPanel");
                QVERIFY(QTest::qWaitFor([&] { return !projector->replay()->isRunning() && projector->projection(); }, 60000));
                projector->showFrame(int(projector->projection()->iterations.size()) / 2);
            }
            if (tab == 7) {
                window->predictFile(photo);
                QVERIFY(test::photoShown(*window));
            }
            if (tab == 8) {
                auto* batch = window->findChild<ui::BatchPredictionPanel*>("batchPredictionPanel");
                QSignalSpy read(batch->reader(), &ui::PhotoBatchReader::finished);
                window->predictPaths({photos});
                QVERIFY(read.wait(60000));
            }
            if (tab == 9) { // a frame as from a webcam: a test image, enlarged
                auto* camera = window->findChild<ui::CameraPanel*>("cameraPanel");
                camera->showFrame(QImage(test.image(11), 64, 64, 64 * 3, QImage::Format_RGB888).scaled(320, 240));
                camera->predictLatestFrame();
            }
            if (tab == 10) { // the line of the L-layer run, and the grid around it
                auto* landscape = window->findChild<ui::LandscapePanel*>("landscapePanel");
                QVERIFY(QTest::qWaitFor([&] { return landscape->line().has_value(); }, 30000));
                QSignalSpy ready(landscape->worker(), &ui::LandscapeWorker::surfaceReady);
                QVERIFY(landscape->computeSurface());
                QVERIFY(ready.wait(60000));
            }
#ifdef CATNET_SANITIZED
            if (tab == 11) // the pictures come from the Release build; here only the window's behaviour
                test::iterationsSpin(*window)->setValue(200);
#endif
            if (tab == 11) { // the course's L-layer net from five initializations
                QSignalSpy finished(window->findChild<ui::InitLabPanel*>()->session(), &ui::SweepSession::finished);
                QVERIFY(window->findChild<ui::InitLabPanel*>("initLabPanel")->start());
                QVERIFY(finished.wait(120000));
            }
            if (tab == 12) { // 6 learning rates × 2 architectures, the course's 2500 iterations
                QSignalSpy finished(window->findChild<ui::SweepPanel*>()->session(), &ui::SweepSession::finished);
                QVERIFY(window->findChild<ui::SweepPanel*>("sweepPanel")->startSweep());
                QVERIFY(finished.wait(120000));
            }
            QTest::qWait(50);
            const QImage shot = window->grab().toImage();
            QVERIFY(!shot.isNull());
            QCOMPARE(shot.size(), window->size());
            QVERIFY2(distinctColours(shot) > 50, "the window rendered blank");
            QVERIFY(shot.save(QStringLiteral("%1/catnet-%2.png").arg(folder, names[tab])));
            const QString shows = checkShows(shot, *window, mustShow[tab], !otherSize);
            QVERIFY2(shows.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(names[tab], shows)));
            QString drawn;
            if (tab == 0)
                drawn = checkLinesDrawn(shot, *window, "costChart");
            if (tab == 1) {
                const QRect map = areaOf(*window->findChild<QWidget*>("elementMap"), *window);
                if (pixelsLike(shot, map, Qt::red, 90) + pixelsLike(shot, map, Qt::blue, 90) < 200)
                    drawn = "the array's map shows no strong values";
            }
            if (tab == 2)
                drawn = checkLinesDrawn(shot, *window, "signalsChart");
            if (tab == 5) {
                const QRect matrix = areaOf(*window->findChild<QWidget*>("weightMatrix2"), *window);
                if (pixelsLike(shot, matrix, Qt::red, 60) + pixelsLike(shot, matrix, Qt::blue, 60) < 50)
                    drawn = "W[2] shows no strong weights";
            }
            if (tab == 10) {
                drawn = checkLinesDrawn(shot, *window, "landscapeLineChart");
                const QRect contour = areaOf(*window->findChild<QWidget*>("landscapeContour"), *window);
                if (drawn.isEmpty() && pixelsLike(shot, contour, ui::ContourView::bandColour(0), 4) < 100)
                    drawn = "the contour has no dark valley (its lowest band)";
            }
            if (tab == 11)
                drawn = checkLinesDrawn(shot, *window, "initLabChart");
            if (tab == 12) {
                auto* map = window->findChild<ui::HeatMapView*>("sweepHeatMap");
                for (int r = 0; r < map->rowCount() && drawn.isEmpty(); ++r)
                    for (int c = 0; c < map->columnCount() && drawn.isEmpty(); ++c)
                        if (pixelsLike(shot, areaOf(*map, *window), map->cellColour(r, c), 2) < 100)
                            drawn = QStringLiteral("the cell %1,%2 is not coloured").arg(r).arg(c);
            }
            QVERIFY2(drawn.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(names[tab], drawn)));
        }
        // The projector at the start and at the end of the course run.
        auto* projector = window->findChild<ui::ProjectorPanel*>("projectorPanel");
        tabs->showPage(projector);
        for (const bool end : {false, true}) {
            projector->showFrame(end ? int(projector->projection()->iterations.size()) - 1 : 0);
            QTest::qWait(50);
            const QImage frameShot = window->grab().toImage();
            QVERIFY(frameShot.save(folder + (end ? "/catnet-projector-end.png" : "/catnet-projector-start.png")));
            const QString frameShows = checkShows(frameShot, *window, {"projectorView", "projectorSlider"}, !otherSize);
            QVERIFY2(frameShows.isEmpty(), qPrintable(frameShows));
        }
        // The Projector tab's other view: the decision surface through training images 2, 7 and 25.
        auto* surface = window->findChild<ui::DecisionSurfacePanel*>("decisionSurfacePanel");
        tabs->showPage(surface);
        QVERIFY(surface->plane().has_value());
        QTest::qWait(50);
        const QImage surfaceShot = window->grab().toImage();
        QVERIFY(surfaceShot.save(folder + "/catnet-surface.png"));
        const QString surfaceShows = checkShows(surfaceShot, *window, {"learnedBar", "surfaceView", "surfaceCaption"},
                                                !otherSize);
        QVERIFY2(surfaceShows.isEmpty(), qPrintable(surfaceShows));
        // Its third: layer 2's distributions over the run (most of its outputs end at 0).
        auto* distributions = window->findChild<ui::DistributionsPanel*>("distributionsPanel");
        tabs->showPage(distributions);
        QVERIFY(QTest::qWaitFor([&] { return !distributions->replay()->isRunning(); }, 60000));
        distributions->setLayer(2);
        QTest::qWait(50);
        const QImage distributionsShot = window->grab().toImage();
        QVERIFY(distributionsShot.save(folder + "/catnet-distributions.png"));
        const QString distributionsShow =
            checkShows(distributionsShot, *window,
                       {"distributionsChartW", "distributionsChartdW", "distributionsChartZ", "distributionsChartA",
                        "distributionsCaption"},
                       !otherSize);
        QVERIFY2(distributionsShow.isEmpty(), qPrintable(distributionsShow));
        // The medians are drawn (on a small window the page scrolls down to A).
        for (const char* chart : {"distributionsChartW", "distributionsChartA"})
            QVERIFY2((otherSize && chart == std::string("distributionsChartA")) ||
                         pixelsLike(distributionsShot, areaOf(*window->findChild<QWidget*>(chart), *window),
                                    chart == std::string("distributionsChartW") ? QColor(0x0072B2) : QColor(0xCC79A7),
                                    12) > 20,
                     chart);
        // The Labs tab's other lab: the course's L-layer net with each remedy for overfitting.
        auto* overfitting = window->findChild<ui::OverfittingLabPanel*>("overfittingLabPanel");
        tabs->showPage(overfitting);
        QSignalSpy labFinished(overfitting->session(), &ui::SweepSession::finished);
        QVERIFY(overfitting->start());
        QVERIFY(labFinished.wait(120000));
        QTest::qWait(50);
        const QImage labShot = window->grab().toImage();
        QVERIFY(labShot.save(folder + "/catnet-overfitting.png"));
        const QString labShows = checkShows(labShot, *window, {"labsBar", "overfittingLabChart", "overfittingLabTable"},
                                            !otherSize);
        QVERIFY2(labShows.isEmpty(), qPrintable(labShows));
        const QString labDrawn = checkLinesDrawn(labShot, *window, "overfittingLabChart");
        QVERIFY2(labDrawn.isEmpty(), qPrintable(labDrawn));
        // The optimizer race on the Adam preset (batches of 64, lr 0.001, 100 epochs), per step,
        // then the learning-rate finder on the course's net; the form goes back after.
        const std::optional<TrainConfig> before = test::networkPanel(*window)->config();
        test::networkPanel(*window)->setConfig(lLayerWithAdamConfig());
        auto* race = window->findChild<ui::OptimizerRacePanel*>("optimizerRacePanel");
        tabs->showPage(race);
        QSignalSpy raceFinished(race->session(), &ui::SweepSession::finished);
        QVERIFY(race->start());
        QVERIFY(raceFinished.wait(120000));
        race->setAxis(ui::OptimizerRacePanel::Axis::Step);
        QTest::qWait(50);
        const QImage raceShot = window->grab().toImage();
        QVERIFY(raceShot.save(folder + "/catnet-optimizers.png"));
        QString raceShows = checkShows(raceShot, *window, {"optimizerRaceChart", "optimizerRaceTable"}, !otherSize);
        if (raceShows.isEmpty())
            raceShows = checkLinesDrawn(raceShot, *window, "optimizerRaceChart");
        QVERIFY2(raceShows.isEmpty(), qPrintable(raceShows));
        test::networkPanel(*window)->setConfig(*before);
        auto* finder = window->findChild<ui::LearningRatePanel*>("learningRatePanel");
        tabs->showPage(finder);
        QVERIFY(finder->start());
        QVERIFY(QTest::qWaitFor([&] { return !finder->isRunning(); }, 120000));
        QVERIFY(finder->search() && finder->search()->suggested);
        QTest::qWait(50);
        const QImage finderShot = window->grab().toImage();
        QVERIFY(finderShot.save(folder + "/catnet-lr-finder.png"));
        QString finderShows = checkShows(finderShot, *window, {"learningRateChart", "learningRateUseButton"}, !otherSize);
        if (finderShows.isEmpty())
            finderShows = checkLinesDrawn(finderShot, *window, "learningRateChart");
        QVERIFY2(finderShows.isEmpty(), qPrintable(finderShows));
        // A sweep of three settings as parallel coordinates, the keep probability 0.86 brushed.
        auto* sweepPanel = window->findChild<ui::SweepPanel*>("sweepPanel");
        tabs->showPage(sweepPanel);
        const std::pair<const char*, QString> axes[] = {{"First", "0.005, 0.0075, 0.01"}, {"Second", "1, 0.86, 0.7"},
                                                        {"Third", "1, 2"}};
        const SweepSetting settings[] = {SweepSetting::LearningRate, SweepSetting::KeepProb, SweepSetting::Seed};
        for (int a = 0; a < 3; ++a) {
            auto* combo = window->findChild<QComboBox*>(QStringLiteral("sweep%1Setting").arg(axes[a].first));
            combo->setCurrentIndex(combo->findData(int(settings[a])));
            window->findChild<QLineEdit*>(QStringLiteral("sweep%1Values").arg(axes[a].first))->setText(axes[a].second);
        }
        QSignalSpy sweepFinished(sweepPanel->session(), &ui::SweepSession::finished);
        QVERIFY(sweepPanel->startSweep());
        QVERIFY(sweepFinished.wait(120000));
        auto* parallel = window->findChild<ui::ParallelCoordinatesView*>("sweepParallelCoordinates");
        parallel->setBrush(1, ui::ParallelCoordinatesView::Brush{0.6, 1.4});
        QTest::qWait(50);
        const QImage parallelShot = window->grab().toImage();
        QVERIFY(parallelShot.save(folder + "/catnet-parallel.png"));
        const QString parallelShows = checkShows(parallelShot, *window, {"sweepParallelCoordinates"}, !otherSize);
        QVERIFY2(parallelShows.isEmpty(), qPrintable(parallelShows));
        // Train against test as accuracy: the 2-layer run's 100% against 72%.
        tabs->setCurrentIndex(0);
        auto* measure = window->findChild<QComboBox*>("chartMeasureCombo");
        measure->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(window->grab().toImage().save(folder + "/catnet-train-test.png"));
        measure->setCurrentIndex(0);
        // The Mislabeled grid with saliency, then a fresh run stepped three iterations.
        auto* mislabeled = window->findChild<ui::MislabeledView*>("mislabeledView");
        QVERIFY(mislabeled);
        tabs->showPage(mislabeled);
        mislabeled->saliencyToggle()->setChecked(true);
        QTest::qWait(50);
        const QImage withSaliency = window->grab().toImage();
        QVERIFY(withSaliency.save(folder + "/catnet-mislabeled-saliency.png"));
        const QString keyShown = checkShows(withSaliency, *window, {"mislabeledSaliencyKey"});
        QVERIFY2(keyShown.isEmpty(), qPrintable(keyShown));
        const QRect grid = areaOf(*window->findChild<QWidget*>("mislabeledGrid"), *window);
        if (!otherSize) { // at 800×600 the grid may be scrolled below the confusion tables
            QVERIFY2(pixelsLike(withSaliency, grid, QColor(255, 80, 80), 60) > 200, "no red saliency in the grid");
            QVERIFY2(pixelsLike(withSaliency, grid, QColor(80, 80, 255), 60) > 200, "no blue saliency in the grid");
        }
        for (int step = 1; step <= 3; ++step) {
            QVERIFY(window->stepTraining());
            QVERIFY(QTest::qWaitFor([&] {
                const auto paused = test::controller(*window)->pausedAt();
                return paused && paused->iteration == step;
            }, 30000));
        }
        QTest::qWait(100);
        const QImage stepped = window->grab().toImage();
        QVERIFY2(distinctColours(stepped) > 50, "the window rendered blank");
        QVERIFY(stepped.save(folder + "/catnet-step.png"));
        test::controller(*window)->stopTraining();
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isTraining(); }, 30000));

        // Several runs on one chart: a faster learning rate, and one too large that learns nothing.
        const int twoLayerRun = test::controller(*window)->runs()->idAt(0);
        for (const double rate : {0.02, 10.0}) {
            TrainConfig config = lLayerCourseConfig();
            config.learningRate = rate;
            test::networkPanel(*window)->setConfig(config);
            QVERIFY(test::trainAndWait(*window));
        }
        tabs->setCurrentIndex(0);
        QTest::qWait(50);
        QVERIFY(window->grab().toImage().save(folder + "/catnet-runs.png"));
        {
            // File → Export runs…: which runs go into the bundle.
            ui::RunPickerDialog picker(*test::controller(*window)->runs(), window.get());
            picker.show();
            QTest::qWait(50);
            QVERIFY(picker.grab().toImage().save(folder + "/catnet-export-runs.png"));
        }

        // SPEC §8's tools: the L2 preset, shortened, its group open with λ explained.
        TrainConfig withL2 = lLayerWithL2Config();
#ifdef CATNET_SANITIZED
        withL2.iterations = 30;
#else
        withL2.iterations = 300;
#endif
        test::networkPanel(*window)->setConfig(withL2);
        QVERIFY(test::trainAndWait(*window));
        test::child<QLineEdit>(*window, "l2Edit")->setFocus();
        QTest::qWait(50);
        QVERIFY(window->grab().toImage().save(folder + "/catnet-options.png"));
        window->findChild<ui::OptionsGroup*>()->setExpanded(false);

        // Other data opened: the runs keep the course's numbers, evaluated apart on it.
        auto* controller = test::controller(*window);
        controller->setDataset(std::make_shared<const Dataset>(Dataset{makeSyntheticSplit(12, 41), makeSyntheticSplit(4, 42)}),
                               "/home/learner/my-cats", false);
        controller->evaluateOnOpenData();
        QTest::qWait(50);
        QVERIFY(window->grab().toImage().save(folder + "/catnet-other-data.png"));
        controller->openDatasetFolder(QString::fromStdString(test::courseDataDirectory()->string()));

        // The course tour at its 2-layer step, beside that run.
        test::controller(*window)->setCurrentRun(twoLayerRun);
        window->showCourseTour();
        window->findChild<ui::CourseTourPanel*>("courseTour")->goToStep(1);
        QTest::qWait(50);
        QVERIFY(window->grab().toImage().save(folder + "/catnet-tour.png"));

        // Dark mode, as the system hands it over.
        const QPalette light = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        QTest::qWait(50);
        const QImage dark = window->grab().toImage();
        QApplication::setPalette(light);
        QVERIFY2(distinctColours(dark) > 50, "the window rendered blank");
        QVERIFY2(meanLightness(dark) < 0.4, "dark mode is not dark");
        QVERIFY(dark.save(folder + "/catnet-dark.png"));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
