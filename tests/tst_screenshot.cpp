// Renders the window after the course's L-layer run (offscreen) to PNG files: the
// README's screenshots come from here. Set CATNET_SCREENSHOT_DIR to keep them.
#include "ui/core/landscape_worker.h"
#include "ui/core/photo_batch_reader.h"
#include "ui/core/sweep_session.h"
#include "ui/data/mislabeled_view.h"
#include "ui/experiments/init_lab_panel.h"
#include "ui/experiments/landscape_panel.h"
#include "ui/experiments/sweep_panel.h"
#include "ui/inside/weights_view.h"
#include "ui/predict/batch_prediction_panel.h"
#include "ui/predict/camera_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/tour/course_tour_panel.h"
#include "ui/training/network_panel.h"

#include "ui_helpers.h"

#include <QDir>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
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
        const char* names[] = {"training", "inside", "signals", "data",      "mislabeled", "weights",
                               "predict",  "folder", "camera",  "landscape", "initlab",    "sweep"};
        QCOMPARE(tabs->count(), 12);
        // A folder of photos for the Predict folder tab: twenty test images, enlarged.
        const QString photos = folder + "/photos";
        QDir().mkpath(photos);
        for (Eigen::Index i = 0; i < 20; ++i)
            QImage(test.image(i), 64, 64, 64 * 3, QImage::Format_RGB888).scaled(160, 160).save(
                QStringLiteral("%1/test-%2.png").arg(photos).arg(i, 2, 10, QChar('0')));
        for (int tab = 0; tab < 12; ++tab) {
            tabs->setCurrentIndex(tab);
            if (tab == 6)
                window->predictFile(photo);
            if (tab == 7) {
                auto* batch = window->findChild<ui::BatchPredictionPanel*>("batchPredictionPanel");
                QSignalSpy read(batch->reader(), &ui::PhotoBatchReader::finished);
                window->predictPaths({photos});
                QVERIFY(read.wait(60000));
            }
            if (tab == 8) { // a frame as from a webcam: a test image, enlarged
                auto* camera = window->findChild<ui::CameraPanel*>("cameraPanel");
                camera->showFrame(QImage(test.image(11), 64, 64, 64 * 3, QImage::Format_RGB888).scaled(320, 240));
                camera->predictLatestFrame();
            }
            if (tab == 9) { // the line of the L-layer run, and the grid around it
                auto* landscape = window->findChild<ui::LandscapePanel*>("landscapePanel");
                QVERIFY(QTest::qWaitFor([&] { return landscape->line().has_value(); }, 30000));
                QSignalSpy ready(landscape->worker(), &ui::LandscapeWorker::surfaceReady);
                QVERIFY(landscape->computeSurface());
                QVERIFY(ready.wait(60000));
            }
#ifdef CATNET_SANITIZED
            if (tab == 10) // the pictures come from the Release build; here only the window's behaviour
                test::iterationsSpin(*window)->setValue(200);
#endif
            if (tab == 10) { // the course's L-layer net from five initializations
                QSignalSpy finished(window->findChild<ui::InitLabPanel*>()->session(), &ui::SweepSession::finished);
                QVERIFY(window->findChild<ui::InitLabPanel*>("initLabPanel")->start());
                QVERIFY(finished.wait(120000));
            }
            if (tab == 11) { // 6 learning rates × 2 architectures, the course's 2500 iterations
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
        }
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
        QVERIFY(window->grab().toImage().save(folder + "/catnet-mislabeled-saliency.png"));
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
        QVERIFY(dark.save(folder + "/catnet-dark.png"));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
