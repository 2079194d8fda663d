// File → New data set from folders…: the dialog imports generated photos in the
// background, lists what it skipped, previews what went where, and the window opens the
// new data set and trains on it.
#include "photo/photo_loader.h"
#include "ui/core/image_list_model.h"
#include "ui/core/import_session.h"
#include "ui/data/import_dialog.h"

#include "photo_folders.h"
#include "ui_helpers.h"

#include <QCheckBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace catnet;

class TestImportUi : public QObject {
    Q_OBJECT

private slots:
    void importsOpensAndTrains() {
        const auto folders = test::makePhotoFolders();
        QTemporaryDir out;
        auto window = test::makeWindow(false);
        window->show();
        ui::ImportDialog* dialog = window->showImportDialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(!test::child<QCheckBox>(*dialog, "importWithCourseCheck")->isEnabled()); // built-in data open
        // Incomplete fields are refused with a reason, not started.
        QVERIFY(!dialog->startImport());
        QVERIFY(test::labelText(*window, "importStatus").contains("Choose a folder"));

        test::child<QLineEdit>(*dialog, "importCatsEdit")->setText(folders->cats);
        test::child<QLineEdit>(*dialog, "importNonCatsEdit")->setText(folders->nonCats);
        // A folder that does not exist yet is made (issue 24, item 11).
        test::child<QLineEdit>(*dialog, "importOutputEdit")->setText(out.filePath("new/data set"));
        QSignalSpy finished(dialog->session(), &ui::ImportSession::finished);
        QSignalSpy opened(test::controller(*window), &ui::RunController::datasetChanged);
        QTest::mouseClick(test::child<QPushButton>(*dialog, "importButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), QString()); // no error

        // The report names what was skipped and the duplicates; the status counts them.
        const QString report = test::child<QPlainTextEdit>(*dialog, "importReport")->toPlainText();
        QVERIFY2(report.contains("notes.txt") && report.contains("broken.png") && report.contains("identical"),
                 qPrintable(report));
        QVERIFY2(test::labelText(*window, "importStatus").contains("training 5 cats + 4 non-cats, test 1 cat + 1 non-cat;"),
                 qPrintable(test::labelText(*window, "importStatus")));
        // The preview shows every stored image as the network sees it.
        auto* preview = qobject_cast<ui::ImageListModel*>(test::child<QListView>(*dialog, "importPreview")->model());
        QCOMPARE(preview->rowCount(), 11);
        const ui::ImageListModel::Item& first = preview->items().front();
        QCOMPARE(first.image, ui::loadPhoto(first.toolTip).networkImage());

        // The window opens the new data set (in the background), and trains on it.
        QVERIFY(opened.count() > 0 || opened.wait(60000));
        QVERIFY(!test::controller(*window)->isBuiltInDataset());
        QCOMPARE(test::controller(*window)->dataset()->train.count(), 9);
        QCOMPARE(test::controller(*window)->dataset()->test.count(), 2);
        TrainConfig config = twoLayerCourseConfig();
        config.iterations = 20;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        QCOMPARE(test::controller(*window)->currentRun()->iterationsRun, 20);
        QVERIFY(test::controller(*window)->currentRun()->testEvaluation.has_value());
    }

    // Stop ends the import without writing anything.
    void stoppingWritesNothing() {
        const auto folders = test::makePhotoFolders();
        QTemporaryDir out;
        ui::ImportSession session;
        ImportOptions options;
        options.cats = folders->cats.toStdString();
        options.nonCats = folders->nonCats.toStdString();
        QSignalSpy finished(&session, &ui::ImportSession::finished);
        QVERIFY(session.start(options, out.path().toStdString()));
        session.stop();
        QVERIFY(finished.wait(60000));
        if (finished.first().at(0).toBool()) // stopped before the end: nothing written
            QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        else // so quick that it finished first: then both files are there
            QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);
        QVERIFY(!session.isRunning());
    }

    // The course's images can be added when the course's data is open.
    void theCoursesImagesAreOfferedWithTheCourseData() {
        CATNET_REQUIRE_COURSE_DATA();
        auto window = test::makeWindow(true);
        ui::ImportDialog* dialog = window->showImportDialog();
        QVERIFY(test::child<QCheckBox>(*dialog, "importWithCourseCheck")->isEnabled());
    }
};

QTEST_MAIN(TestImportUi)
#include "tst_import_ui.moc"
