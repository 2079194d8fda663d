// File → Export run as notebook… and Export run report… in the window (issue 27): the
// current run of the course's data becomes a notebook that reads that folder and holds the
// run's own costs and accuracies, and a page with its numbers and pictures; a run the
// notebook cannot reproduce (one stopped before its end), and data that is not a folder of
// the course's files, are refused with a reason. (The notebooks' numpy runs are checked in tst_notebook_export,
// the report in a browser in tst_report_export.)
#include "engine/model/course_presets.h"
#include "ui/core/run_controller.h"
#include "ui/core/trained_run.h"
#include "ui/inside/gradient_check_panel.h"
#include "ui/inside/iteration_inspector.h"
#include "ui/shell/language.h"
#include "ui/shell/run_file_actions.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/training/network_panel.h"
#include "ui_helpers.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace catnet;

namespace {

QString sourceOf(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QString text;
    for (const QJsonValue cell : QJsonDocument::fromJson(file.readAll()).object()["cells"].toArray())
        for (const QJsonValue line : cell.toObject()["source"].toArray())
            text += line.toString();
    return text;
}

} // namespace

class TestExportUi : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void theCurrentRunAsANotebook() {
        auto window = test::makeWindow(true);
        auto* files = window->findChild<ui::RunFileActions*>();
        QVERIFY(!files->exportNotebook()->isEnabled()); // no run yet
        TrainConfig config = twoLayerCourseConfig();
        config.iterations = 150;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        QVERIFY(files->exportNotebook()->isEnabled());
        const auto run = test::controller(*window)->currentRun();
        const QString path = dir_.filePath("run.ipynb");
        QVERIFY(files->exportNotebookTo(path));
        QVERIFY2(test::statusMessage(*window).startsWith("Exported " + run->name + " as a notebook"),
                 qPrintable(test::statusMessage(*window)));
        const QString source = sourceOf(path);
        QVERIFY(source.contains("DATA_DIR = \"" + QString::fromStdString(test::courseDataDirectory()->string())));
        QVERIFY(source.contains("layers_dims = [12288, 7, 1]\nlearning_rate = 0.0075\nnum_iterations = 150\n"));
        QVERIFY(source.contains("* 0.01")); // the 2-layer model's small initialization
        QVERIFY(source.contains(QString("catnet_costs = [[0, %1]").arg(run->costs.front().cost, 0, 'g', 16)));
        const auto correct = [](const std::optional<Evaluation>& e) { return qRound(e->accuracy * e->predictions.size()); };
        QVERIFY(source.contains(QString("catnet_train_correct = %1  # of 209").arg(correct(run->trainEvaluation))));
        QVERIFY(source.contains(QString("catnet_test_correct = %1  # of 50").arg(correct(run->testEvaluation))));

        // The same run as a report: its name, accuracies, its mislabeled test images and its
        // seven first-layer units, every picture inside the page.
        const QString report = dir_.filePath("run.html");
        QVERIFY(files->exportReportTo(report));
        QVERIFY2(test::statusMessage(*window).startsWith("Exported the report of " + run->name),
                 qPrintable(test::statusMessage(*window)));
        QFile page(report);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY(html.contains("<title>catnet run " + run->name.toHtmlEscaped() + "</title>"));
        QVERIFY(html.contains(QString("id=\"train-accuracy\">%1 %<").arg(100.0 * run->trainEvaluation->accuracy, 0, 'f', 1)));
        QVERIFY(html.contains(QString("id=\"test-accuracy\">%1 %<").arg(100.0 * run->testEvaluation->accuracy, 0, 'f', 1)));
        QCOMPARE(html.count("alt=\"test image "), qsizetype(run->testEvaluation->mislabeled.size()));
        QCOMPARE(html.count("alt=\"unit "), 7);
        QCOMPARE(html.count("src=\""), html.count("src=\"data:image/png;base64,"));
        QVERIFY(!html.contains("id=\"gradient-check\""));
        // Once Inside has checked the run's gradients, the report says how it went.
        auto* check = test::child<ui::GradientCheckPanel>(*window, "gradientCheckPanel");
        window->findChild<ui::WorkspaceTabs*>()->showPage(window->findChild<ui::IterationInspector*>());
        QSignalSpy checked(check, &ui::GradientCheckPanel::finished);
        check->start();
        QVERIFY(checked.wait(120000));
        QVERIFY(check->result().has_value());
        QVERIFY(files->exportReportTo(report));
        QFile again(report);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(again.readAll())
                     .contains(QString("id=\"gradient-check\">%1<").arg(check->result()->difference, 0, 'g', 6)),
                 "the report has no gradient check");

        // Dropout is written in numpy too (tst_notebook_export runs it).
        config.options.keepProb = 0.8;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        QVERIFY(files->exportNotebookTo(dir_.filePath("dropout.ipynb")));
        QVERIFY(sourceOf(dir_.filePath("dropout.ipynb")).contains("keep_prob = 0.8  # dropout on the hidden layers"));

        // A run stopped before its end cannot be trained again to the same numbers: refused,
        // with the reason, and no file.
        config.iterations = 100000;
        test::networkPanel(*window)->setConfig(config);
        QSignalSpy finished(test::controller(*window), &ui::RunController::trainingFinished);
        QVERIFY(window->startTraining());
        test::controller(*window)->stopTraining();
        QVERIFY(finished.wait(60000));
        QSignalSpy problems(files, &ui::RunFileActions::problem);
        QVERIFY(!files->exportNotebookTo(dir_.filePath("stopped.ipynb")));
        QCOMPARE(problems.count(), 1);
        QVERIFY2(problems.first().at(1).toString().contains("this run was stopped before its last iteration"),
                 qPrintable(problems.first().at(1).toString()));
        QVERIFY(!QFile::exists(dir_.filePath("stopped.ipynb")));

        // Data that is not a folder of the course's two files.
        test::controller(*window)->useBuiltInDataset("for the test");
        config.options.keepProb = 1.0;
        config.iterations = 150;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        QVERIFY(!files->exportNotebookTo(dir_.filePath("shapes.ipynb")));
        QVERIFY2(problems.last().at(1).toString().contains("reads train_catvnoncat.h5 and test_catvnoncat.h5 from one folder"),
                 qPrintable(problems.last().at(1).toString()));
    }

    // The report and the notebook's markdown speak the window's language; catnet-train's
    // stay English.
    void exportsInTheWindowsLanguage() {
        QVERIFY(ui::installLanguage("zh_CN"));
        auto window = test::makeWindow(true);
        TrainConfig config = twoLayerCourseConfig();
        config.iterations = 100;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        const QString report = dir_.filePath("chinese.html");
        QVERIFY(window->findChild<ui::RunFileActions*>()->exportReportTo(report));
        const QString notebook = dir_.filePath("chinese.ipynb");
        QVERIFY(window->findChild<ui::RunFileActions*>()->exportNotebookTo(notebook));
        QVERIFY(ui::installLanguage("en"));
        QVERIFY(sourceOf(notebook).contains("## 这个运行的设置"));
        QFile page(report);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY(html.contains("<html lang=\"zh-CN\">"));
        QVERIFY(html.contains("<h2>分错的测试图像</h2>"));
    }
};

QTEST_MAIN(TestExportUi)
#include "tst_export_ui.moc"
