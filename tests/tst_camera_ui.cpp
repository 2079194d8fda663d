// The Camera tab without a camera: it says so, and a generated frame goes through the
// same path as a dropped photo to the same P(cat); captures land in the folders of an
// import.
#include "engine/io/dataset.h"
#include "engine/model/initialization.h"
#include "engine/model/metrics.h"
#include "photo/photo_loader.h"
#include "photo_folders.h"
#include "ui/core/frame_prediction.h"
#include "ui/core/trained_run.h"
#include "ui/data/import_dialog.h"
#include "ui/predict/camera_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui_helpers.h"

#include <QLineEdit>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QPushButton>
#include <QTemporaryDir>

using namespace catnet;
using namespace catnet::ui;

namespace {

std::shared_ptr<const TrainedRun> runWithParameters(std::uint32_t seed) {
    auto run = std::make_shared<TrainedRun>();
    run->id = 1;
    run->name = "camera test";
    run->parameters = std::make_shared<const Parameters>(initializeParameters({12288, 5, 1}, InitScheme::He, seed));
    return run;
}

} // namespace

class TestCameraUi : public QObject {
    Q_OBJECT
private slots:
    void withoutACameraTheTabSaysSo() {
        CameraPanel panel;
        QVERIFY(panel.statusText().contains("Looking")); // nothing asked before the tab is shown
        panel.show();
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera");
        QVERIFY(!panel.hasCamera());
        QVERIFY2(panel.statusText().contains("No camera"), qPrintable(panel.statusText()));
        QVERIFY(!test::child<QPushButton>(panel, "cameraStartButton")->isEnabled());
        QVERIFY(!panel.isCameraRunning());
    }

    // A frame's P(cat) is a dropped photo's: the frame saved as a file and loaded
    // the way a drop is gives the same input bytes and the same probability.
    void aFrameIsPredictedLikeADroppedPhoto() {
        const QImage frame = test::drawing(5, QSize(320, 240), true);
        const auto run = runWithParameters(3);
        CameraPanel panel;
        panel.setRun(run);
        QVERIFY(!panel.probability());
        panel.showFrame(frame);
        panel.predictLatestFrame();
        QVERIFY(panel.probability().has_value());

        QTemporaryDir folder;
        const QString file = folder.filePath("frame.png");
        QVERIFY(frame.save(file));
        const PhotoInput dropped = loadPhoto(file);
        const double expected = predictProbabilities(*run->parameters, featuresFromPixels(dropped.pixels.data(), 1))(0);
        QCOMPARE(*panel.probability(), expected);
        QVERIFY(*panel.probability() > 0.0 && *panel.probability() < 1.0);
        const FramePrediction direct = predictFrame(frame, run->parameters.get());
        QCOMPARE(direct.networkImage, dropped.networkImage());
        QVERIFY(!test::child<QLabel>(panel, "cameraInputView")->pixmap().isNull());
        QCOMPARE(test::child<QProgressBar>(panel, "cameraProbabilityBar")->value(), int(expected * 1000.0 + 0.5));

        // Another run: the same picture is asked again.
        panel.setRun(runWithParameters(4));
        QVERIFY(*panel.probability() != expected);
        // No model: no number, and the tab says what to do.
        panel.setRun(nullptr);
        QVERIFY(!panel.probability());
        QVERIFY(test::child<QLabel>(panel, "cameraVerdict")->text().contains("Train a model"));
    }

    // Frames arrive faster than they are predicted: the timer takes the newest.
    void theNewestFrameIsPredictedSeveralTimesASecond() {
        CameraPanel panel;
        const auto run = runWithParameters(3);
        panel.setRun(run);
        panel.showFrame(test::drawing(1, QSize(160, 120), false));
        const QImage newest = test::drawing(2, QSize(160, 120), true);
        panel.showFrame(newest);
        QTRY_VERIFY_WITH_TIMEOUT(panel.probability().has_value(), 5 * CameraPanel::kPredictionIntervalMs);
        QCOMPARE(*panel.probability(), *predictFrame(newest, run->parameters.get()).probability);
    }

    void capturesGoToTheChosenClassFolder() {
        QTemporaryDir root;
        CameraPanel panel;
        panel.setCaptureFolders(root.filePath("cats"), root.filePath("others"));
        // Nothing to capture yet: the buttons are off, and say why.
        auto* captureCat = test::child<QPushButton>(panel, "captureCatButton");
        QVERIFY(!captureCat->isEnabled() && !test::child<QPushButton>(panel, "captureNonCatButton")->isEnabled());
        QVERIFY(captureCat->toolTip().contains("start the camera first"));
        QVERIFY(!panel.capture(true));
        QVERIFY(test::child<QLabel>(panel, "captureStatus")->text().contains("no picture"));
        const QImage frame = test::drawing(7, QSize(200, 150), true);
        panel.showFrame(frame);
        QVERIFY(captureCat->isEnabled());
        QVERIFY(captureCat->toolTip().contains("Alt+1"));
        QVERIFY(panel.capture(true));
        QVERIFY(panel.capture(true));
        QVERIFY(panel.capture(false));
        QCOMPARE(panel.capturedCount(), 3);
        const QStringList cats = QDir(root.filePath("cats")).entryList({"*.png"}, QDir::Files);
        const QStringList others = QDir(root.filePath("others")).entryList({"*.png"}, QDir::Files);
        QCOMPARE(cats.size(), 2); // two captures in the same millisecond still get two files
        QCOMPARE(others.size(), 1);
        QCOMPARE(QImage(QDir(root.filePath("others")).filePath(others.front())).convertToFormat(QImage::Format_RGB32),
                 frame.convertToFormat(QImage::Format_RGB32));
        // A folder that cannot be made: said, nothing counted.
        panel.setCaptureFolders("/proc/catnet-cannot-be-here", root.filePath("others"));
        QVERIFY(!panel.capture(true));
        QVERIFY(test::child<QLabel>(panel, "captureStatus")->text().contains("Cannot create"));
        QCOMPARE(panel.capturedCount(), 3);
    }

    // The capture folders open in the import dialog, ready for a data set of one's own.
    void theCaptureFoldersOpenInTheImportDialog() {
        auto window = test::makeWindow(false);
        window->show();
        auto* tabs = window->findChild<WorkspaceTabs*>();
        QVERIFY(tabs);
        CameraPanel* camera = tabs->cameraPanel();
        QTemporaryDir root;
        camera->setCaptureFolders(root.filePath("cats"), root.filePath("others"));
        tabs->showPage(camera);
        QVERIFY(camera->isVisible());
        test::child<QPushButton>(*camera, "cameraImportButton")->click();
        auto* dialog = test::child<ImportDialog>(*window, "importDialog");
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(test::child<QLineEdit>(*dialog, "importCatsEdit")->text(), QDir::toNativeSeparators(root.filePath("cats")));
        QCOMPARE(test::child<QLineEdit>(*dialog, "importNonCatsEdit")->text(),
                 QDir::toNativeSeparators(root.filePath("others")));
        // The tab follows the window's current run like the Predict tab.
        camera->showFrame(test::drawing(3, QSize(100, 100), true));
        test::controller(*window)->startTraining(twoLayerCourseConfig());
        QTRY_VERIFY_WITH_TIMEOUT(!test::controller(*window)->isTraining(), 60000);
        QTRY_VERIFY(camera->probability().has_value());
    }
};

QTEST_MAIN(TestCameraUi)
#include "tst_camera_ui.moc"
