// Back to the notebook (issue 27): catnet-train --export-notebook writes a notebook that
// trains the run again with numpy in the course's functions. The course's two runs, a run
// of another seed, initialization and size, and runs with every option of SPEC §8 (L2,
// dropout, mini-batches, momentum, Adam, flipped images, and all together) are exported,
// executed with jupyter nbconvert against the real data, and their costs must equal
// catnet's to 1e-9 and their accuracies exactly; a run that did not complete is refused.
#include "cli/train_command.h"
#include "engine/model/course_presets.h"
#include "export/notebook.h"

#include "course_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace catnet;
using namespace catnet::cli;

namespace {

struct Result {
    int exitCode;
    QString out, err;
};

Result runCli(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--data", test::courseDataDirectory().value().string(), "--quiet"});
    std::ostringstream out, err;
    const int code = runTrainCommand(arguments, out, err, {}, {});
    return {code, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

QJsonObject readJson(const QString& file) {
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(in.readAll()).object();
}

// Every text a cell printed, joined.
QString printed(const QJsonObject& cell) {
    QString text;
    for (const QJsonValue output : cell["outputs"].toArray()) {
        const QJsonValue lines = output.toObject()["text"];
        if (lines.isArray())
            for (const QJsonValue line : lines.toArray())
                text += line.toString();
        else
            text += lines.toString();
    }
    return text;
}

QString allSource(const QJsonObject& notebook) {
    QString text;
    for (const QJsonValue cell : notebook["cells"].toArray())
        for (const QJsonValue line : cell.toObject()["source"].toArray())
            text += line.toString();
    return text;
}

} // namespace

class TestNotebookExport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void theNotebookTrainsTheRunAgain_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("L-layer (course)") << QStringList{};
        QTest::newRow("2-layer (course)") << QStringList{"--dims", "12288,7,1", "--init", "small"};
        QTest::newRow("seed 7, He, [12288,9,4,1]")
            << QStringList{"--dims", "12288,9,4,1", "--seed", "7", "--init", "he", "--learning-rate", "0.004",
                           "--iterations", "400", "--report-every", "50"};
        // The next course's options the notebook writes in numpy too.
        const QStringList shorter{"--iterations", "400", "--report-every", "50"};
        QTest::newRow("L2 0.7") << (QStringList{"--l2", "0.7"} + shorter);
        QTest::newRow("momentum") << (QStringList{"--optimizer", "momentum", "--beta", "0.8"} + shorter);
        QTest::newRow("Adam, L2 0.1") << (QStringList{"--optimizer", "adam", "--learning-rate", "0.0005", "--l2", "0.1"} +
                                          shorter);
        // Dropout's masks from the run's generator, mini-batches from a generator per epoch,
        // flipped images appended: bit-identical draws, the same images in every batch.
        QTest::newRow("dropout 0.86") << QStringList{"--keep-prob", "0.86", "--iterations", "300", "--report-every", "30"};
        QTest::newRow("Adam, batches of 64")
            << QStringList{"--optimizer", "adam", "--learning-rate", "0.001", "--batch-size", "64", "--iterations", "10",
                           "--report-every", "1"};
        QTest::newRow("flip") << QStringList{"--augment", "flip", "--iterations", "100", "--report-every", "10"};
        QTest::newRow("momentum, flip, batches of 100")
            << QStringList{"--optimizer", "momentum", "--augment", "flip", "--batch-size", "100", "--iterations", "10",
                           "--report-every", "1"};
        // SPEC §8's combined run: L2, dropout, mini-batches and Adam on the 2-layer net.
        QTest::newRow("all combined (SPEC)")
            << QStringList{"--dims", "12288,7,1", "--init", "small", "--l2", "0.1", "--keep-prob", "0.8", "--batch-size",
                           "32", "--optimizer", "adam", "--learning-rate", "0.0005", "--iterations", "20",
                           "--report-every", "1"};
    }
    void theNotebookTrainsTheRunAgain() {
        QFETCH(QStringList, arguments);
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression("[^A-Za-z0-9]"), "_");
        const QString notebook = dir_.filePath(name + ".ipynb"), report = dir_.filePath(name + ".json");
        std::vector<std::string> cli{"--export-notebook", notebook.toStdString(), "--json", report.toStdString()};
        for (const QString& argument : arguments)
            cli.push_back(argument.toStdString());
        const Result exported = runCli(cli);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonObject written = readJson(notebook);
        QCOMPARE(written["nbformat"].toInt(), 4);
        QCOMPARE(written["metadata"].toObject()["kernelspec"].toObject()["name"].toString(), QString("python3"));
        const QString source = allSource(written);
        for (const char* function : {"def initialize_parameters_deep", "def L_model_forward", "def compute_cost",
                                     "def L_model_backward", "def update_parameters", "def predict", "DATA_DIR = "})
            QVERIFY2(source.contains(function), function);
        QVERIFY(source.contains(QString::fromStdString(test::courseDataDirectory().value().string())));
#ifdef CATNET_SANITIZED
        QSKIP("the notebook's numpy run is checked in the Release build");
#endif
        // One cell more, as a learner would go on: the namespace the issue promises, as JSON.
        QJsonObject extended = written;
        QJsonArray cells = extended["cells"].toArray();
        cells.append(QJsonObject{{"cell_type", "code"},
                                 {"execution_count", QJsonValue()},
                                 {"metadata", QJsonObject()},
                                 {"outputs", QJsonArray()},
                                 {"source", QJsonArray{"import json\n",
                                                       "print(\"NAMESPACE\", json.dumps({\"costs\": costs, "
                                                       "\"train_accuracy\": train_accuracy, \"test_accuracy\": "
                                                       "test_accuracy, \"parameters\": sorted(parameters), "
                                                       "\"W1\": list(parameters[\"W1\"].shape)}))"}}});
        extended["cells"] = cells;
        QFile extendedFile(dir_.filePath(name + "-extended.ipynb"));
        QVERIFY(extendedFile.open(QIODevice::WriteOnly));
        extendedFile.write(QJsonDocument(extended).toJson());
        extendedFile.close();
        const QString nbconvert = QStandardPaths::findExecutable("jupyter-nbconvert");
        QVERIFY2(!nbconvert.isEmpty(), "jupyter-nbconvert is not installed: make test installs it");
        QProcess jupyter;
        jupyter.setWorkingDirectory(dir_.path());
        jupyter.start(nbconvert, {"--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=1200", "--output",
                                  name + "-run.ipynb", extendedFile.fileName()});
        QVERIFY(jupyter.waitForFinished(20 * 60 * 1000));
        QVERIFY2(jupyter.exitCode() == 0, jupyter.readAllStandardError().right(2000).constData());
        const QJsonArray run = readJson(dir_.filePath(name + "-run.ipynb"))["cells"].toArray();
        const QString last = printed(run[run.size() - 2].toObject()); // the notebook's own last cell
        QVERIFY2(last.endsWith("\nmatches catnet\n"), qPrintable(last.right(1500)));
        // The namespace's numbers against catnet's report.
        const QString added = printed(run.last().toObject());
        QVERIFY2(added.startsWith("NAMESPACE "), qPrintable(added));
        const QJsonObject numpy = QJsonDocument::fromJson(added.mid(10).toUtf8()).object();
        const QJsonArray parameterNames = numpy["parameters"].toArray();
        QCOMPARE(parameterNames.first().toString(), QString("W1"));
        QVERIFY(parameterNames.contains(QString("b1")));
        QCOMPARE(numpy["W1"].toArray()[1].toInt(), 12288);
        const QJsonObject catnet = readJson(report);
        const QJsonArray ours = numpy["costs"].toArray(), theirs = catnet["costs"].toArray();
        QCOMPARE(ours.size(), theirs.size());
        QVERIFY(ours.size() >= 9);
        for (qsizetype i = 0; i < ours.size(); ++i) {
            QCOMPARE(ours[i].toArray()[0].toInt(), theirs[i].toObject()["iteration"].toInt());
            const double difference = std::abs(ours[i].toArray()[1].toDouble() - theirs[i].toObject()["cost"].toDouble());
            QVERIFY2(difference <= 1e-9, qPrintable(QString("iteration %1: %2").arg(ours[i].toArray()[0].toInt()).arg(difference)));
        }
        QCOMPARE(numpy["train_accuracy"].toDouble(), catnet["train_accuracy"].toDouble());
        QCOMPARE(numpy["test_accuracy"].toDouble(), catnet["test_accuracy"].toDouble());
    }

    // A learner using the window in Chinese gets the markdown in Chinese; the code, and so
    // every number the notebook computes, is the same as the English notebook's.
    void theMarkdownInChinese() {
        NotebookRun run{"[12288,20,7,5,1] lr 0.0075", lLayerCourseConfig(), {{0, 0.7}, {100, 0.6}}, 2500,
                        Outcome::Completed, 0.9, 0.7, 209, 50, "/data", 0.5};
        run.config.options.keepProb = 0.86;
        run.config.options.batchSize = 64;
        run.config.options.optimizer = Optimizer::Adam;
        const nlohmann::json english = notebookOf(run);
        run.language = ExportLanguage::SimplifiedChinese;
        const nlohmann::json chinese = notebookOf(run);
        QCOMPARE(chinese["cells"].size(), english["cells"].size());
        int markdown = 0;
        for (std::size_t i = 0; i < english["cells"].size(); ++i) {
            const nlohmann::json& en = english["cells"][i];
            const nlohmann::json& zh = chinese["cells"][i];
            QVERIFY(zh["cell_type"] == en["cell_type"]);
            if (en["cell_type"] == "code") {
                QVERIFY(zh["source"] == en["source"]);
                continue;
            }
            ++markdown;
            QVERIFY(zh["source"] != en["source"]);
        }
        QCOMPARE(markdown, 13); // title, settings, data, initialization, forward, cost, backward, dropout,
                                // batches, Adam, training, accuracy, the check
        QString settings;
        for (const auto& line : chinese["cells"][2]["source"])
            settings += QString::fromStdString(line.get<std::string>());
        QCOMPARE(settings, QString("## 这个运行的设置\n\n"
                                   "- 各层：[12288, 20, 7, 5, 1]，隐藏层用 ReLU，输出层用 sigmoid\n"
                                   "- 学习率 0.0075，小批量 Adam（每批 64 张图像），2500 个周期，dropout 以概率 0.86 保留"
                                   "每个隐藏单元\n"
                                   "- 初始化：随机数除以 √n[l−1]（课程的 L 层模型），来自 `np.random.seed(1)`\n"
                                   "- 每 100 次迭代以及最后一次迭代记录成本"));
        QString englishSettings;
        for (const auto& line : english["cells"][2]["source"])
            englishSettings += QString::fromStdString(line.get<std::string>());
        QVERIFY2(englishSettings.contains("- learning rate 0.0075, 2500 epochs of mini-batches of 64 images, Adam, "
                                          "dropout keeping each hidden unit with probability 0.86\n"),
                 qPrintable(englishSettings));
    }

    // A run that did not complete cannot be trained again to the same numbers: refused, and
    // nothing is written; nor can a model loaded from a file, trained who knows how.
    void whatItCannotReproduceIsRefused() {
        const QString notebook = dir_.filePath("refused.ipynb");
        const Result diverged =
            runCli({"--export-notebook", notebook.toStdString(), "--iterations", "30", "--learning-rate", "10000"});
        QCOMPARE(diverged.exitCode, 1);
        QVERIFY2(diverged.err.contains("cannot export as a notebook: this run diverged before its last iteration"),
                 qPrintable(diverged.err));
        QVERIFY(!QFile::exists(notebook));
        const Result loaded = runCli({"--export-notebook", notebook.toStdString(), "--load-model", "model.h5"});
        QCOMPARE(loaded.exitCode, 2);
        QVERIFY2(loaded.err.contains("--export-notebook follows a run from its start"), qPrintable(loaded.err));
    }
};

QTEST_APPLESS_MAIN(TestNotebookExport)
#include "tst_notebook_export.moc"
