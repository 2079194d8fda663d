// What a new user met in the window ("A window a learner enjoys"): status messages,
// drops on every widget, runs that learned nothing, stable run numbers and colours,
// undo, focus order, readable text, the window at 800×600.
#include "engine/model/layer_dims.h"
#include "ui/core/runs_model.h"
#include "ui/data/data_browser.h"
#include "ui/shell/help_texts.h"
#include "ui/shell/notice_bar.h"
#include "ui/shell/status_bar.h"
#include "ui/widgets/image_grid.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/tour/course_tour_panel.h"
#include "ui/widgets/cost_chart.h"

#include "ui_helpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QLegendMarker>
#include <QMenu>
#include <QValueAxis>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QListView>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace catnet;

namespace {


TrainConfig tinyConfig(int iterations, std::uint32_t seed = 1) {
    TrainConfig config = twoLayerCourseConfig();
    config.iterations = iterations;
    config.seed = seed;
    return config;
}

bool trainConfig(ui::MainWindow& window, const TrainConfig& config) {
    test::networkPanel(window)->setConfig(config);
    return test::trainAndWait(window);
}

// Sends a file drop to `target` as the window system would.
void dropFile(QWidget* target, const QString& path) {
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY2(enter.isAccepted(), "the drag was refused");
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

QString resultText(const ui::MainWindow& window, int id) {
    auto* runs = test::controller(window)->runs();
    return runs->data(runs->index(runs->rowOf(id), ui::RunsModel::Result)).toString();
}

} // namespace

class TestWindowPolish : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    // 1. Messages reach the status bar beside the permanent data-set label.
    // `catnet --data DIR` whose test file is cut: said in a notice, with what is shown
    // instead (it silently fell back to the last folder used).
    void aDamagedDataFolderIsSaidNotHidden() {
        QTemporaryDir folder;
        const auto course = *test::courseDataDirectory();
        QVERIFY(QFile::copy(QString::fromStdString((course / "train_catvnoncat.h5").string()),
                            folder.filePath("train_catvnoncat.h5")));
        QFile whole(QString::fromStdString((course / "test_catvnoncat.h5").string()));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile cut(folder.filePath("test_catvnoncat.h5"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(5000));
        cut.close();
        ui::MainWindowOptions options;
        options.useSettings = false;
        options.showDialogs = false;
        options.dataDirectory = folder.path().toStdString();
        ui::MainWindow window(options);
        window.show();
        const QString notice = test::child<ui::NoticeBar>(window, "noticeBar")->text();
        QVERIFY2(notice.startsWith("The data set asked for could not be opened:") && notice.contains("truncated") &&
                     notice.contains("Showing built-in shapes"),
                 qPrintable(notice));
        QVERIFY(test::controller(window)->isBuiltInDataset());
    }

    void statusMessagesShow() {
        QTemporaryDir dir;
        auto window = test::makeWindow(false);
        window->show();
        QVERIFY(trainConfig(*window, tinyConfig(20)));
        QVERIFY(window->saveModelTo(dir.filePath("model.h5")));
        QVERIFY(QTest::qWaitFor([&] { return test::statusMessage(*window).startsWith("Saved to"); }, 30000));
        window->removeCurrentRun();
        QVERIFY2(test::statusMessage(*window).contains("Undo"), qPrintable(test::statusMessage(*window)));
        // Messages go once they are no longer true (issue 24, item 5): the removal once undone...
        test::controller(*window)->undoStack()->undo();
        QCOMPARE(test::statusMessage(*window), QString());
        // ...and "Stopping…" once stopped.
        test::iterationsSpin(*window)->setValue(1'000'000);
        QSignalSpy finished(test::controller(*window), &ui::RunController::trainingFinished);
        QVERIFY(window->startTraining());
        window->stopTraining();
        QCOMPARE(test::statusMessage(*window), QString("Stopping after the current iteration…"));
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QCOMPARE(test::statusMessage(*window), QString());
    }

    // Image grids spread their columns over the whole width (no gap at the right), at
    // any width.
    void imageGridsFillTheirWidth() {
        QStandardItemModel model;
        for (int i = 0; i < 20; ++i)
            model.appendRow(new QStandardItem(QString("#%1").arg(i)));
        QWidget holder;
        QListView* grid = ui::makeImageGrid(&holder, &model);
        for (const int width : {420, 600, 905}) {
            grid->resize(width, 400);
            holder.show();
            QCoreApplication::processEvents();
            const int inside = grid->viewport()->width();
            const int columns = inside / (136 + grid->spacing() + 1);
            QVERIFY(columns >= 1);
            // That many columns in the first row, and no cell-sized gap after the last.
            const QRect first = grid->visualRect(model.index(0, 0));
            const QRect last = grid->visualRect(model.index(columns - 1, 0));
            QCOMPARE(last.top(), first.top());
            QVERIFY(grid->visualRect(model.index(columns, 0)).top() > first.top());
            QVERIFY2(inside - (last.left() + grid->gridSize().width()) < 136 / 2,
                     qPrintable(QString("width %1: the last column ends at %2").arg(inside).arg(last.left() + grid->gridSize().width())));
        }
    }

    // A long message is drawn elided before the data label, not cut off mid-letter
    // against it; the whole of it is the tooltip.
    void aLongStatusMessageIsElided() {
        auto window = test::makeWindow(false);
        window->resize(800, 600);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* bar = static_cast<ui::StatusBar*>(window->statusBar());
        const QString longText = QString("The run diverged at iteration 3: try a smaller learning rate. ").repeated(4);
        bar->showMessage(longText);
        const QString shown = bar->shownMessage();
        QVERIFY2(shown.endsWith(QChar(0x2026)) && shown.size() < longText.size(), qPrintable(shown));
        const auto* dataLabel = test::child<QLabel>(*window, "dataLabel");
        QVERIFY(6 + bar->fontMetrics().horizontalAdvance(shown) <= dataLabel->x());
        QCOMPARE(bar->toolTip(), longText);
        QVERIFY(dataLabel->width() <= bar->width() / 2); // the data set's label leaves room for messages
        bar->showMessage("Short.");
        QCOMPARE(bar->shownMessage(), QString("Short."));
        QCOMPARE(bar->toolTip(), QString());
    }

    // 2. A photo dropped on the chart (a graphics view, which refuses drops of its own)
    // or on the runs table is predicted like one dropped anywhere else.
    void dropsOnTheChartAndTheTablePredict() {
        QTemporaryDir dir;
        const QString photo = dir.filePath("cat.png");
        QImage image(80, 80, QImage::Format_RGB32);
        image.fill(QColor(200, 120, 40));
        QVERIFY(image.save(photo));
        auto window = test::makeWindow(false);
        window->show();
        QVERIFY(trainConfig(*window, tinyConfig(20)));
        auto* prediction = test::child<ui::PredictionPanel>(*window, "predictionPanel");
        dropFile(test::costChart(*window)->viewport(), photo);
        QVERIFY(test::photoShown(*window));
        QVERIFY(prediction->hasPrediction());
        // 8. The bar shows P(cat) to a tenth of a percent, rounded, not cut down to whole percents.
        auto* bar = test::child<QProgressBar>(*window, "probabilityBar");
        QCOMPARE(bar->text(), QString("P(cat) = %1%").arg(*prediction->probability() * 100.0, 0, 'f', 1));
        QCOMPARE(window->findChild<ui::WorkspaceTabs*>()->currentPage(), static_cast<QWidget*>(prediction));
        auto* table = test::child<QTableView>(*window, "runsTable");
        dropFile(table->viewport(), photo);
        QVERIFY(test::photoShown(*window));
        QVERIFY(prediction->hasPrediction());
    }

    // 3. lr = 10 ends "completed" in numbers only: the outcome, the table and the chart
    // say that it learned nothing. lr = 1e6 diverges and its single point shows.
    void aLearningRateThatFailsIsFlagged() {
        auto window = test::makeWindow(true);
        TrainConfig config = lLayerCourseConfig();
        config.learningRate = 10;
        config.iterations = 300;
        QVERIFY(trainConfig(*window, config));
        const auto run = test::controller(*window)->currentRun();
        QCOMPARE(run->outcome, Outcome::Completed);
        QVERIFY(run->learning != LearningProblem::None);
        const QString outcome = resultText(*window, run->id);
        QVERIFY2(outcome.startsWith("⚠ completed — ") && outcome.contains("learning rate too large?"), qPrintable(outcome));
        auto* runs = test::controller(*window)->runs();
        // The sign, never a coloured square that reads as a run's colour (issue 24, item 6).
        QVERIFY(!runs->data(runs->index(runs->rowOf(run->id), ui::RunsModel::Result), Qt::DecorationRole).isValid());
        const QString legend = test::costChart(*window)->legendMarkers(run->id).first()->label();
        QCOMPARE(legend, QString("#%1 ⚠").arg(run->id));
        QVERIFY(test::labelText(*window, "progressLabel").startsWith("⚠ "));
        QVERIFY(test::labelText(*window, "progressLabel").contains("learning rate too large?"));

        config.learningRate = 1e6;
        QVERIFY(trainConfig(*window, config));
        const auto diverged = test::controller(*window)->currentRun();
        QCOMPARE(diverged->outcome, Outcome::Diverged);
        QVERIFY(test::costChart(*window)->pointCount(diverged->id) >= 1);
        const QString progress = test::labelText(*window, "progressLabel");
        QVERIFY2(!progress.contains(" 1 iterations") && !progress.contains(" 0 iterations in"), qPrintable(progress));
        // Flagged as every failed run is, with no dialog (issue 24, item 6).
        QVERIFY2(progress.startsWith("⚠ diverged at iteration"), qPrintable(progress));
        QVERIFY(resultText(*window, diverged->id).startsWith("⚠ diverged at iteration"));
        QCOMPARE(test::costChart(*window)->legendMarkers(diverged->id).first()->label(), QString("#%1 ⚠").arg(diverged->id));
        QVERIFY(!test::statusMessage(*window).contains("Training diverged"));

        // The course's run is not flagged.
        QVERIFY(trainConfig(*window, twoLayerCourseConfig()));
        QCOMPARE(test::controller(*window)->currentRun()->learning, LearningProblem::None);
        QCOMPARE(resultText(*window, test::controller(*window)->currentRunId()), QString("completed"));
    }

    // 4. The chart of a course run: nice ticks and every iteration's cost.
    void theChartShowsEveryIterationOnNiceTicks() {
        auto window = test::makeWindow(false);
        QVERIFY(trainConfig(*window, tinyConfig(300)));
        const auto run = test::controller(*window)->currentRun();
        QCOMPARE(run->costHistory.values.size(), std::size_t(300));
        QCOMPARE(run->costs.size(), std::size_t(4));
        ui::CostChart* chart = test::costChart(*window);
        QCOMPARE(chart->pointCount(run->id), 300);
        QCOMPARE(chart->xAxis()->max(), 300.0);
        QCOMPARE(chart->xAxis()->tickInterval(), 50.0);
        auto* log = test::child<QCheckBox>(*window, "chartLogScaleCheck");
        log->setChecked(true);
        QVERIFY(chart->isLogScale());
    }

    // 5. Runs keep their number and colour across a restart, even with a gap before
    // them; runs of the same name are told apart by what differs.
    void numbersAndColoursAreStableAcrossRestarts() {
        QTemporaryDir store;
        {
            auto window = test::windowKeepingRunsIn(store.path());
            for (std::uint32_t seed : {1u, 2u, 3u})
                QVERIFY(trainConfig(*window, tinyConfig(10, seed)));
            auto* runs = test::controller(*window)->runs();
            QCOMPARE(runs->label(1), QString("#1 [12288,7,1] lr 0.0075 · seed 1"));
            QCOMPARE(runs->label(3), QString("#3 [12288,7,1] lr 0.0075 · seed 3"));
            test::controller(*window)->setCurrentRun(2);
            window->removeCurrentRun();
            window->close();
        }
        auto window = test::windowKeepingRunsIn(store.path());
        auto* runs = test::controller(*window)->runs();
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(runs->idAt(0), 1);
        QCOMPARE(runs->idAt(1), 3);
        QCOMPARE(runs->data(runs->index(1, ui::RunsModel::Name), Qt::DecorationRole).value<QColor>(), ui::runColour(3));
        QVERIFY(trainConfig(*window, tinyConfig(10, 4)));
        QCOMPARE(test::controller(*window)->currentRunId(), 4);
        // The palette's colours stay apart from each other ("redmean" colour distance,
        // a cheap approximation of how far apart people see two colours).
        for (int a = 1; a <= 8; ++a)
            for (int b = a + 1; b <= 8; ++b) {
                const QColor x = ui::runColour(a), y = ui::runColour(b);
                const double r = (x.red() + y.red()) / 2.0;
                const int dr = x.red() - y.red(), dg = x.green() - y.green(), db = x.blue() - y.blue();
                const double distance =
                    std::sqrt((2 + r / 256) * dr * dr + 4 * dg * dg + (2 + (255 - r) / 256) * db * db);
                QVERIFY2(distance > 120, qPrintable(QString("colours %1 and %2: %3").arg(a).arg(b).arg(distance)));
            }
    }

    // A run stepped once and stopped is not named like the finished run of the same
    // settings: its label says where it stopped, and captions of its predictions too.
    void aStoppedRunIsToldApartFromTheFinishedOne() {
        auto window = test::makeWindow(true);
        QVERIFY(trainConfig(*window, tinyConfig(10, 1)));
        test::networkPanel(*window)->setConfig(tinyConfig(10, 1));
        QVERIFY(window->stepTraining());
        QVERIFY(QTest::qWaitFor([&] { return test::controller(*window)->pausedAt().has_value(); }, 30000));
        const int stepped = test::controller(*window)->activeRunId();
        test::controller(*window)->stopTraining();
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window)->isTraining(); }, 30000));
        auto* runs = test::controller(*window)->runs();
        QCOMPARE(runs->label(1), QString("#1 [12288,7,1] lr 0.0075"));
        QCOMPARE(runs->label(stepped), QString("#%1 [12288,7,1] lr 0.0075 · stopped at 1 it.").arg(stepped));
        QCOMPARE(runs->find(stepped)->nameAndState(), QString("[12288,7,1] lr 0.0075, stopped after 1 iteration"));
        QCOMPARE(runs->find(1)->nameAndState(), QString("[12288,7,1] lr 0.0075"));
    }

    // 6. A fresh form is the L-layer preset, and says so.
    void aFreshFormNamesItsPreset() {
        for (const bool realData : {true, false}) {
            auto window = test::makeWindow(realData);
            auto* preset = test::child<QComboBox>(*window, "presetCombo");
            QVERIFY2(preset->currentText().contains("L-layer"), qPrintable(preset->currentText()));
        }
    }

    // 7. Removing a run is undone with Ctrl+Z (its kept file stays until the removal can
    // no longer be undone); a change to the form is undone too.
    void removalAndFormChangesAreUndone() {
        QTemporaryDir store;
        auto window = test::windowKeepingRunsIn(store.path());
        window->show();
        QVERIFY(trainConfig(*window, tinyConfig(10)));
        auto* controller = test::controller(*window);
        const int id = controller->currentRunId();
        const QString file = controller->currentRun()->storeFile;
        QVERIFY(QFile::exists(file));
        window->removeCurrentRun();
        QCOMPARE(controller->runs()->rowCount(), 0);
        QVERIFY(QFile::exists(file));
        auto* undo = test::child<QAction>(*window, "undoAction");
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        QCOMPARE(controller->runs()->rowCount(), 1);
        QCOMPARE(controller->currentRunId(), id);
        QCOMPARE(test::costChart(*window)->pointCount(id), 10);

        test::learningRateEdit(*window)->setText("0.5");
        undo->trigger();
        QCOMPARE(test::learningRateEdit(*window)->text(), QString("0.0075"));
        test::child<QAction>(*window, "redoAction")->trigger();
        QCOMPARE(test::learningRateEdit(*window)->text(), QString("0.5"));

        window->removeCurrentRun();
        window.reset(); // the removal can no longer be undone: its file goes
        QVERIFY(!QFile::exists(file));
    }

    // 7. Tab from the layer field reaches Train and the runs table; the read-only shape
    // table is skipped. Every menu action has a shortcut.
    void focusReachesTrainAndEveryActionHasAShortcut() {
        auto window = test::makeWindow(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto* dims = test::child<QLineEdit>(*window, "dimsEdit");
        dims->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return dims->hasFocus(); }));
        QStringList visited;
        bool reachedTrain = false, reachedTable = false;
        for (int press = 0; press < 40 && !(reachedTrain && reachedTable); ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            visited << focus->objectName();
            QVERIFY2(focus->objectName() != "layersTable", "Tab entered the read-only shape table");
            reachedTrain |= focus->objectName() == "trainButton";
            reachedTable |= focus->objectName() == "runsTable";
        }
        QVERIFY2(reachedTrain && reachedTable, qPrintable(visited.join(", ")));
        for (QAction* action : window->findChildren<QAction*>()) {
            if (action->isSeparator() || action->menu() || action->text().isEmpty() || !action->parent() ||
                action->parent() != window.get())
                continue;
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }
    }

    // 8. Text that reads: times in minutes and hours, counts in words, P(cat) not rounded down.
    void textReads() {
        QCOMPARE(ui::durationText(4012.4), QString("1 h 06 min"));
        QCOMPARE(ui::durationText(187), QString("3 min 07 s"));
        QCOMPARE(ui::durationText(0.179), QString("0.18 s"));
        QCOMPARE(ui::iterationCount(1), QString("1 iteration"));
        ui::TrainedRun stopped;
        stopped.outcome = Outcome::Cancelled;
        stopped.iterationsRun = 1300;
        stopped.seconds = 2;
        QCOMPARE(stopped.summaryText().count(QLocale().toString(1300)), 1); // said once, not twice
    }

    // 9, 11. At 800×600 every tab fits without widening the window; Predict offers a button.
    void theWindowWorksAt800By600() {
        auto window = test::makeWindow(false);
        window->resize(800, 600);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(trainConfig(*window, tinyConfig(20)));
        auto* tabs = window->findChild<ui::WorkspaceTabs*>();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(20);
            QVERIFY2(window->width() <= 800 && window->height() <= 600,
                     qPrintable(QString("tab %1: %2×%3").arg(tabs->tabText(tab)).arg(window->width()).arg(window->height())));
        }
        QVERIFY(window->minimumSizeHint().width() <= 800);
        auto* open = test::child<QPushButton>(*window, "openPhotoButton");
        tabs->showPage(test::child<ui::PredictionPanel>(*window, "predictionPanel"));
        QVERIFY(open->isVisible());
    }

    // The guided tour: every step's button does the step in the window, and the training
    // steps check the learner's run against the course's numbers.
    void theCourseTourWalksThroughTheAssignment() {
        auto window = test::makeWindow(true);
        window->show();
        auto* dock = test::child<QDockWidget>(*window, "courseTourDock");
        QVERIFY(!dock->isVisible());
        window->showCourseTour();
        QVERIFY(dock->isVisible());
        auto* tour = test::child<ui::CourseTourPanel>(*window, "courseTour");
        auto* tabs = window->findChild<ui::WorkspaceTabs*>();
        auto* action = test::child<QPushButton>(*window, "tourActionButton");
        auto* next = test::child<QPushButton>(*window, "tourNextButton");
        QCOMPARE(tour->stepCount(), 5);
        const auto text = [&](const char* name) { return test::child<QLabel>(*window, name)->text(); };

        // 1. The data: the course's shapes and its example image, index 7, a cat.
        QVERIFY(text("tourExpected").contains("(12288, 209)"));
        QVERIFY(test::child<QLabel>(*window, "tourExample")->isVisible());
        QVERIFY(test::child<QLabel>(*window, "tourExample")->toolTip().contains("y = 1, a cat picture"));
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(tabs->currentPage(), static_cast<QWidget*>(tabs->dataBrowser()));
        QCOMPARE(tabs->dataBrowser()->currentExample(), 7); // the example the text speaks of
        const int width = tour->width(); // one width for every step: the layout does not jump

        // 2. and 3. Each model trained from its step, and checked against the course.
        // The costs the course prints after iterations 0 and 2400 are checked, not only the accuracies.
        for (const auto& [figures, preset] :
             {std::pair{"cost 0.693050 after iteration 0 and 0.048555 after iteration 2400, train 100.0%, test 72.0%",
                        twoLayerCourseConfig()},
              std::pair{"cost 0.771749 after iteration 0 and 0.092878 after iteration 2400, train 98.6%, test 80.0%",
                        lLayerCourseConfig()}}) {
            QTest::mouseClick(next, Qt::LeftButton);
            QVERIFY(tour->runCheckText().isEmpty() || tour->runCheckText().contains("not this step's model"));
            QSignalSpy finished(test::controller(*window), &ui::RunController::trainingFinished);
            QTest::mouseClick(action, Qt::LeftButton);
            QVERIFY(finished.wait(120000));
            QCOMPARE(test::controller(*window)->currentRun()->config, preset);
            QVERIFY2(tour->runCheckText().contains(figures) && tour->runCheckText().contains("as in the course"),
                     qPrintable(tour->runCheckText()));
            QCOMPARE(tour->width(), width);
            QVERIFY(test::child<QLabel>(*window, "tourRunCheck")->isVisible());
        }

        // 4. The mislabeled images, with what the course says they have in common.
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(text("tourBody").contains("camera angle"));
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(tabs->currentPage(), static_cast<QWidget*>(tabs->mislabeledView()));
        QVERIFY(text("tourExpected").contains("10 of the 50"));
        QCOMPARE(test::controller(*window)->currentRun()->testEvaluation->mislabeled.size(), std::size_t(10));

        // 5. Your own image; the last step.
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(tabs->currentPage(), static_cast<QWidget*>(tabs->predictionPanel()));
        QCOMPARE(tour->currentStep(), 4);
        QCOMPARE(tour->width(), width);
        QVERIFY(!next->isEnabled());
        QTest::mouseClick(test::child<QPushButton>(*window, "tourBackButton"), Qt::LeftButton);
        QCOMPARE(tour->currentStep(), 3);
    }

    // View → Theme switches at once, charts included: Dark, Light, then System (the
    // palette the application started with).
    void theThemeSwitchesAtOnce() {
        auto window = test::makeWindow(false);
        window->show();
        const QPalette before = QApplication::palette();
        auto* chart = test::costChart(*window)->chart();
        test::child<QAction>(*window, "theme_dark")->trigger();
        QCoreApplication::processEvents();
        QVERIFY(ui::isDark(QApplication::palette()));
        QVERIFY(ui::isDark(window->palette()));
        QCOMPARE(chart->backgroundBrush().color(), ui::darkPalette().color(QPalette::Base));
        test::child<QAction>(*window, "theme_light")->trigger();
        QCoreApplication::processEvents();
        QVERIFY(!ui::isDark(QApplication::palette()));
        QCOMPARE(chart->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
        test::child<QAction>(*window, "theme_system")->trigger();
        QCOMPARE(QApplication::palette(), before);
        QVERIFY(test::child<QAction>(*window, "theme_system")->isChecked());
    }

    // Dark mode: when the system's palette turns dark, the charts follow it.
    void chartsFollowTheSystemsDarkMode() {
        auto window = test::makeWindow(false);
        window->show();
        QVERIFY(trainConfig(*window, tinyConfig(20)));
        const QPalette light = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        QCoreApplication::processEvents(); // widgets hear of it through posted events
        QList<QChart*> charts;
        for (QChartView* view : window->findChildren<QChartView*>())
            charts << view->chart();
        QVERIFY(charts.size() >= 3); // runs, signals, landscape
        for (QChart* chart : charts) {
            QVERIFY2(chart->backgroundBrush().color().lightnessF() < 0.3, qPrintable(chart->title()));
            QVERIFY(chart->titleBrush().color().lightnessF() > 0.7);
            for (QAbstractAxis* axis : chart->axes())
                QVERIFY(axis->labelsColor().lightnessF() > 0.7);
        }
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QVERIFY(test::costChart(*window)->chart()->backgroundBrush().color().lightnessF() > 0.7);
    }

    // 12. Help has a quick start that explains learning rates.
    void helpHasAQuickStart() {
        auto window = test::makeWindow(false);
        QVERIFY(ui::quickStartText().contains("0.0075"));
        bool found = false;
        for (QAction* action : window->findChildren<QAction*>())
            found |= action->text() == "&Quick start" && action->shortcut() == QKeySequence(QKeySequence::HelpContents);
        QVERIFY(found);
    }
};

QTEST_MAIN(TestWindowPolish)
#include "tst_window_polish.moc"
