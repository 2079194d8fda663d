// File → Export runs… and File → Import runs… (issue 27, item 3): three runs of one
// catnet go into a bundle and into another catnet with an empty home, where the runs table
// and the chart are the same (numbers, names, colours, curves) and stay after a restart;
// importing the bundle again adds nothing; a truncated bundle imports nothing and says why.
#include "engine/io/run_bundle.h"
#include "ui/core/run_controller.h"
#include "ui/core/trained_run.h"
#include "ui/shell/run_bundle_actions.h"
#include "ui/shell/run_file_actions.h"
#include "ui/shell/run_picker_dialog.h"
#include "ui_helpers.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstring>

using namespace catnet;

namespace {

ui::RunBundleActions* bundles(const ui::MainWindow& window) {
    return window.findChild<ui::RunFileActions*>()->bundles();
}

// Everything the runs table shows of each row, in order.
QStringList tableOf(const ui::RunsModel& runs) {
    QStringList rows;
    for (int row = 0; row < runs.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < runs.columnCount(); ++column) {
            const QModelIndex index = runs.index(row, column);
            for (const int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole),
                                   int(Qt::ForegroundRole), int(Qt::FontRole)})
                cells << runs.data(index, role).toString();
        }
        rows << cells.join(" | ");
    }
    return rows;
}

// Starts File → Import runs… on `path` and waits for it to end; the reading's error ("" when read).
QString importAndWait(ui::MainWindow& window, const QString& path) {
    QSignalSpy finished(test::controller(window), &ui::RunController::readingFinished);
    bundles(window)->importRunsFrom(path);
    if (finished.isEmpty() && !finished.wait(120000))
        return "still reading after 120 s";
    if (!QTest::qWaitFor([&] { return !test::controller(window)->isSaving(); }, 60000))
        return "the imported runs were not kept within 60 s";
    return finished.first().at(2).toString();
}

} // namespace

class TestRunBundleUi : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void threeRunsGoToAnotherCatnetAndBackOnlyOnce() {
        QTemporaryDir homeA, homeB;
        const QString bundle = dir_.filePath("three.h5");
        QStringList table;
        std::vector<std::shared_ptr<const ui::TrainedRun>> originals;
        {
            auto window = test::windowKeepingRunsIn(homeA.path());
            TrainConfig config = twoLayerCourseConfig();
            config.iterations = 150;
            test::networkPanel(*window)->setConfig(config);
            QVERIFY(test::trainAndWait(*window));
            config = lLayerCourseConfig();
            config.iterations = 120;
            config.options.l2 = 0.7;
            test::networkPanel(*window)->setConfig(config);
            QVERIFY(test::trainAndWait(*window));
            config.learningRate = 1e4; // diverges: its record goes too
            config.options.l2 = 0.0;
            test::networkPanel(*window)->setConfig(config);
            QVERIFY(test::trainAndWait(*window));
            const ui::RunsModel& runs = *test::controller(*window)->runs();
            QCOMPARE(runs.rowCount(), 3);
            QCOMPARE(runs.runs()[2]->outcome, Outcome::Diverged);
            originals = {runs.runs().begin(), runs.runs().end()};
            table = tableOf(runs);
            QVERIFY2(table[1].startsWith("#2 [12288,20,7,5,1] lr 0.0075, L2 0.7 | #d55e00 | ") && table[1].contains("120"),
                     qPrintable(table[1]));

            ui::RunPickerDialog picker(runs, window.get());
            QCOMPARE(picker.offered(), 3);
            QCOMPARE(picker.chosen(), (std::vector<int>{originals[0]->id, originals[1]->id, originals[2]->id}));
            const auto* exportButton = test::child<QPushButton>(picker, "exportRunsButton");
            picker.setAllChecked(false);
            QVERIFY(picker.chosen().empty());
            QVERIFY(!exportButton->isEnabled());
            picker.setAllChecked(true);
            QCOMPARE(exportButton->text(), QString("&Export 3 runs…"));

            QVERIFY(bundles(*window)->exportRuns()->isEnabled());
            QCOMPARE(bundles(*window)->exportRuns()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
            QVERIFY(bundles(*window)->exportRunsTo(picker.chosen(), bundle));
            QVERIFY(QTest::qWaitFor([&] { return test::statusMessage(*window).startsWith("Exported 3 runs to"); }, 60000));
        }
        QCOMPARE(loadRunBundle(bundle.toStdString()).size(), std::size_t{3});

        {
            auto window = test::windowKeepingRunsIn(homeB.path()); // a classmate's catnet, no runs yet
            QCOMPARE(test::controller(*window)->runs()->rowCount(), 0);
            QSignalSpy imported(test::controller(*window), &ui::RunController::runsImported);
            QCOMPARE(importAndWait(*window, bundle), QString());
            QCOMPARE(imported.count(), 1);
            QCOMPARE(imported.first().at(1).toInt(), 3);
            QVERIFY2(test::statusMessage(*window).startsWith("Imported 3 runs from"), qPrintable(test::statusMessage(*window)));
            const ui::RunsModel& runs = *test::controller(*window)->runs();
            QCOMPARE(tableOf(runs), table); // numbers, names, colours, accuracies, times, results
            for (std::size_t i = 0; i < 3; ++i) {
                const ui::TrainedRun& run = *runs.runs()[i];
                const ui::TrainedRun& original = *originals[i];
                QCOMPARE(run.id, original.id);
                QCOMPARE(ui::runColour(run.id), ui::runColour(original.id));
                QCOMPARE(run.name, original.name);
                QVERIFY(run.config.options == original.config.options);
                QVERIFY(run.costHistory == original.costHistory);
                QVERIFY(run.heldOut == original.heldOut);
                QCOMPARE(test::costChart(*window)->pointCount(run.id), original.iterationsRun);
                QVERIFY(!run.storeFile.isEmpty()); // kept in this home
                if (i < 2) { // the diverged run's probabilities are NaN
                    QVERIFY(run.costs == original.costs);
                    QVERIFY(run.testEvaluation->probabilities == original.testEvaluation->probabilities);
                }
            }
            QCOMPARE(test::controller(*window)->currentRunId(), originals[2]->id);

            // The same bundle again: nothing new, and it says so.
            QCOMPARE(importAndWait(*window, bundle), QString());
            QCOMPARE(imported.count(), 2);
            QCOMPARE(imported.last().at(1).toInt(), 0);
            QCOMPARE(imported.last().at(2).toInt(), 3);
            QCOMPARE(runs.rowCount(), 3);
            QVERIFY2(test::statusMessage(*window).endsWith("; 3 were here already"), qPrintable(test::statusMessage(*window)));
        }
        // Kept: the classmate's catnet shows them after a restart, and bundles them again
        // from its own files (only the current run's weights are in memory then).
        auto window = test::windowKeepingRunsIn(homeB.path());
        const ui::RunsModel& runs = *test::controller(*window)->runs();
        QCOMPARE(tableOf(runs), table);
        QVERIFY(!runs.runs()[0]->parameters && !runs.runs()[0]->storeFile.isEmpty());
        const QString again = dir_.filePath("again.h5");
        QVERIFY(bundles(*window)->exportRunsTo({runs.idAt(0), runs.idAt(1), runs.idAt(2)}, again));
        QVERIFY(QTest::qWaitFor([&] { return test::statusMessage(*window).startsWith("Exported 3 runs to"); }, 60000));
        const std::vector<SavedModel> first = loadRunBundle(bundle.toStdString());
        const std::vector<SavedModel> second = loadRunBundle(again.toStdString());
        QCOMPARE(second.size(), std::size_t{3});
        for (std::size_t i = 0; i < 3; ++i) {
            QVERIFY(sameRun(first[i], second[i]));
            QCOMPARE(second[i].runNumber, first[i].runNumber);
            for (int l = 0; l < first[i].parameters.layerCount(); ++l) // bit for bit, NaN too
                QVERIFY(std::memcmp(first[i].parameters.W[std::size_t(l)].data(),
                                    second[i].parameters.W[std::size_t(l)].data(),
                                    sizeof(double) * std::size_t(first[i].parameters.W[std::size_t(l)].size())) == 0);
        }
    }

    void aTruncatedBundleImportsNothingAndSaysWhy() {
        QTemporaryDir homeA, homeB;
        const QString bundle = dir_.filePath("cut.h5");
        {
            auto window = test::windowKeepingRunsIn(homeA.path());
            for (const int iterations : {60, 80}) {
                test::iterationsSpin(*window)->setValue(iterations);
                QVERIFY(test::trainAndWait(*window));
            }
            const auto& runs = test::controller(*window)->runs()->runs();
            QVERIFY(bundles(*window)->exportRunsTo({runs[0]->id, runs[1]->id}, bundle));
            QVERIFY(QTest::qWaitFor([&] { return test::statusMessage(*window).startsWith("Exported 2 runs to"); }, 60000));
        }
        std::filesystem::resize_file(bundle.toStdString(), std::filesystem::file_size(bundle.toStdString()) * 2 / 3);
        auto window = test::windowKeepingRunsIn(homeB.path());
        QSignalSpy problems(window->findChild<ui::RunFileActions*>(), &ui::RunFileActions::problem);
        const QString error = importAndWait(*window, bundle);
        QVERIFY2(error.contains("cut.h5") && error.contains("truncated"), qPrintable(error));
        QCOMPARE(test::controller(*window)->runs()->rowCount(), 0);
        QCOMPARE(problems.count(), 1);
        QCOMPARE(problems.first().at(0).toString(), QString("Cannot import the runs"));
        QVERIFY(problems.first().at(1).toString().endsWith("No run of this file was imported."));
        QVERIFY(QDir(homeB.path()).entryList(QDir::Files).isEmpty()); // nothing kept either
    }

    void theFileMenuOffersBothWithShortcuts() {
        auto window = test::makeWindow(false);
        const auto actions = window->findChild<ui::RunFileActions*>()->actions();
        QVERIFY(actions.contains(bundles(*window)->exportRuns()));
        QVERIFY(actions.contains(bundles(*window)->importRuns()));
        QCOMPARE(bundles(*window)->importRuns()->text(), QString("&Import runs…"));
        QCOMPARE(bundles(*window)->importRuns()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QVERIFY(!bundles(*window)->exportRuns()->isEnabled()); // no run to export yet
        QVERIFY(bundles(*window)->importRuns()->isEnabled());
    }
};

QTEST_MAIN(TestRunBundleUi)
#include "tst_run_bundle_ui.moc"
