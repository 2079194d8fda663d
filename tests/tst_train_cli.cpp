// catnet-train's behaviour, driven through runTrainCommand with captured streams.
#include "cli/train_command.h"
#include "engine/io/model_io.h"
#include "engine/training/learning_check.h"

#include "course_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace catnet;
namespace fs = std::filesystem;
using namespace catnet::cli;

namespace {

struct Outcome_ {
    int exitCode;
    QString out;
    QString err;
};

Outcome_ runCli(std::vector<std::string> arguments) {
    std::ostringstream out, err;
    const int code = runTrainCommand(arguments, out, err);
    return {code, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

std::string dataArgument() {
    return test::courseDataDirectory().value().string();
}

} // namespace

class TestTrainCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void badArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown flag") << QStringList{"--epochs", "3"} << "unknown option '--epochs'";
        QTest::newRow("zero layer") << QStringList{"--dims", "12288,0,1"} << "layer 1 has size 0";
        QTest::newRow("not numbers") << QStringList{"--dims", "12288,x,1"} << "'x' is not a whole number";
        QTest::newRow("last not 1") << QStringList{"--dims=12288,7,2"} << "last size must be 1";
        QTest::newRow("zero rate") << QStringList{"--learning-rate", "0"} << "must be a positive number";
        QTest::newRow("negative rate") << QStringList{"--learning-rate", "-0.1"} << "must be a positive number";
        QTest::newRow("rate not a number") << QStringList{"--learning-rate", "fast"} << "'fast' is not a valid number";
        QTest::newRow("nan rate") << QStringList{"--learning-rate", "nan"} << "must be a positive number";
        QTest::newRow("negative iterations") << QStringList{"--iterations", "-1"} << "must be 0 or more, not -1";
        QTest::newRow("inspect negative") << QStringList{"--inspect-iteration", "-2", "x.h5"} << "must be 0 or more, not -2";
        QTest::newRow("inspect no file") << QStringList{"--inspect-iteration", "3"} << "--inspect-iteration";
        QTest::newRow("inspect loaded") << QStringList{"--load-model", "m.h5", "--inspect-iteration", "0", "x.h5"}
                                        << "cannot be combined with --load-model";
        QTest::newRow("iterations not a number") << QStringList{"--iterations", "1e3"} << "not a valid number";
        QTest::newRow("seed out of range") << QStringList{"--seed", "5000000000"}
                                           << "--seed: '5000000000' is out of range: give a whole number from 0 to 4294967295";
        QTest::newRow("threshold above 1") << QStringList{"--threshold", "2"} << "--threshold: must be between 0 and 1, not 2";
        QTest::newRow("unknown init") << QStringList{"--init", "xavier"} << "not one of zeros, small, large, lecun, he";
        QTest::newRow("unknown strategy") << QStringList{"--strategy", "gpu"} << "not one of auto";
        QTest::newRow("missing value") << QStringList{"--seed"} << "--seed: needs a value";
        QTest::newRow("empty layer size") << QStringList{"--dims", "12288,,1"} << "missing between two commas";
        QTest::newRow("negative λ") << QStringList{"--l2", "-1"} << "--l2: must be 0 or more, not -1";
        QTest::newRow("keep 0") << QStringList{"--keep-prob", "0"} << "--keep-prob: must be above 0 and at most 1, not 0";
        QTest::newRow("keep 1.2") << QStringList{"--keep-prob", "1.2"} << "--keep-prob: must be above 0 and at most 1, not 1.2";
        QTest::newRow("batch 0") << QStringList{"--batch-size", "0"} << "--batch-size: must be at least 1, not 0";
        QTest::newRow("unknown optimizer") << QStringList{"--optimizer", "sgd"} << "--optimizer: 'sgd' is not one of gd";
        QTest::newRow("β 1") << QStringList{"--beta", "1"} << "--beta: must be at least 0 and below 1, not 1";
        QTest::newRow("β1 -0.5") << QStringList{"--beta1", "-0.5"} << "--beta1: must be at least 0 and below 1, not -0.5";
        QTest::newRow("β2 1") << QStringList{"--beta2", "1"} << "--beta2: must be at least 0 and below 1, not 1";
        QTest::newRow("ε 0") << QStringList{"--epsilon", "0"} << "--epsilon: must be a positive number, not 0";
        QTest::newRow("unknown augment") << QStringList{"--augment", "crop"} << "--augment: 'crop' is not one of flip";
        QTest::newRow("projection layer alone") << QStringList{"--projection-layer", "2"}
                                                << "--projection-layer goes with --projection FILE.h5";
        QTest::newRow("projection layer 0") << QStringList{"--projection", "p.h5", "--projection-layer", "0"}
                                            << "--projection-layer: a hidden layer, 1 or more, not 0";
        QTest::newRow("projection of a loaded model") << QStringList{"--load-model", "m.h5", "--projection", "p.h5"}
                                                      << "--projection follows a run from its start; it cannot be combined with --load-model";
        QTest::newRow("distributions in a sweep") << QStringList{"--sweep", "seed=1,2", "--distributions", "d.h5"}
                                                  << "--sweep trains many runs; it cannot be combined with --distributions";
        QTest::newRow("plane of two images") << QStringList{"--plane", "2,7", "p.h5"}
                                             << "--plane: '2,7' is not three image numbers I,J,K";
        QTest::newRow("plane of one image thrice") << QStringList{"--plane", "2,2,7", "p.h5"}
                                                   << "--plane: three different images span a plane, not 2,2,7";
        QTest::newRow("plane image -1") << QStringList{"--plane", "2,-1,7", "p.h5"}
                                        << "--plane: images are numbered from 0, not -1";
        QTest::newRow("plane without a file") << QStringList{"--plane", "1,2,3"} << "--plane";
        QTest::newRow("plane set alone") << QStringList{"--plane-set", "test"} << "--plane-set goes with --plane I,J,K FILE.h5";
        QTest::newRow("plane set valid") << QStringList{"--plane", "1,2,3", "p.h5", "--plane-set", "dev"}
                                         << "--plane-set: 'dev' is not one of train, test";
        QTest::newRow("plane grid 1") << QStringList{"--plane", "1,2,3", "p.h5", "--plane-grid", "1"}
                                      << "--plane-grid: from 2 to 1001 points a side, not 1";
        QTest::newRow("plane beside the lab") << QStringList{"--overfitting-lab", "--plane", "1,2,3", "p.h5"}
                                              << "--overfitting-lab trains a row of runs of its own; it cannot be combined with --plane";
        QTest::newRow("direct path with options") << QStringList{"--l2", "0.1", "--strategy", "direct"}
                                                  << "the direct strategy does not take L2";
        QTest::newRow("Gram path with Adam") << QStringList{"--optimizer", "adam", "--strategy", "gram"}
                                             << "the gram strategy does not take Adam";
        QTest::newRow("1001 layer sizes") << QStringList{"--dims", "12288" + QString(",1").repeated(1000)}
                                          << "at most 1000 layer sizes";
    }
    void badArguments() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        std::vector<std::string> args;
        for (const QString& a : arguments)
            args.push_back(a.toStdString());
        const Outcome_ result = runCli(args);
        QCOMPARE(result.exitCode, int(kExitUsage));
        QVERIFY2(result.err.startsWith("catnet-train: ") && result.err.contains(message), qPrintable(result.err));
        QCOMPARE(result.err.count('\n'), 1); // one line
        QVERIFY(result.out.isEmpty());
    }

    void missingDataIsNamed() {
        const std::string empty = dir_.filePath("empty").toStdString();
        std::filesystem::create_directory(empty);
        const Outcome_ result = runCli({"--data", empty});
        QCOMPARE(result.exitCode, int(kExitFailure));
        QVERIFY2(result.err.contains("does not hold train_catvnoncat.h5"), qPrintable(result.err));
    }

    void helpPrintsUsage() {
        const Outcome_ result = runCli({"--help"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--learning-rate"));
    }

    void firstSizeMustFitTheData() {
        CATNET_REQUIRE_COURSE_DATA();
        const Outcome_ result = runCli({"--data", dataArgument(), "--dims", "100,7,1"});
        QCOMPARE(result.exitCode, int(kExitUsage));
        QVERIFY2(result.err.contains("must equal the data's 12288"), qPrintable(result.err));
    }

    void printsCourseStyleLines() {
        CATNET_REQUIRE_COURSE_DATA();
        const Outcome_ result = runCli({"--data", dataArgument(), "--iterations", "201"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Cost after iteration 0: 0.77174932"), qPrintable(result.out));
        QVERIFY(result.out.contains("Cost after iteration 200: 0.64826320"));
        QVERIFY(result.out.contains("Train accuracy: "));
        QVERIFY(result.out.contains("Test accuracy: "));
    }

    void jsonReportOfTheTwoLayerRun() {
        CATNET_REQUIRE_COURSE_DATA();
        const Outcome_ result = runCli({"--data", dataArgument(), "--dims", "12288,7,1", "--init",
                                        "small", "--json", "-", "--report-every", "500"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY2(!json.isEmpty(), qPrintable(result.out));
        QCOMPARE(json["config"]["layer_dims"].toArray(), (QJsonArray{12288, 7, 1}));
        QCOMPARE(json["config"]["init"].toString(), "small");
        QCOMPARE(json["strategy"].toString(), "gram");
        QCOMPARE(json["outcome"].toString(), "completed");
        QVERIFY(json.contains("learning_problem") && json["learning_problem"].isNull());
        QCOMPARE(json["iterations_run"].toInt(), 2500);
        QCOMPARE(json["train_accuracy"].toDouble(), 1.0);
        QCOMPARE(json["test_accuracy"].toDouble(), 0.72);
        QCOMPARE(json["mislabeled_test"].toArray().size(), 14);
        const QJsonArray costs = json["costs"].toArray();
        QCOMPARE(costs.size(), 6); // 0, 500, ..., 2000, and 2499
        QCOMPARE(costs[5]["iteration"].toInt(), 2499);
        QVERIFY(std::abs(costs[0]["cost"].toDouble() - 0.693049736) < 1e-6);
        QVERIFY(std::abs(costs[4]["cost"].toDouble() - 0.074390787) < 1e-6);
        QVERIFY(json["seconds"].toDouble() > 0.0);
        // Test cost and both accuracies at the same iterations: the overfitting picture.
        const QJsonArray testCosts = json["test_costs"].toArray();
        const QJsonArray accuracies = json["accuracies"].toArray();
        QCOMPARE(testCosts.size(), costs.size());
        QCOMPARE(accuracies.size(), costs.size());
        for (qsizetype k = 0; k < costs.size(); ++k) {
            QCOMPARE(testCosts[k]["iteration"].toInt(), costs[k]["iteration"].toInt());
            QCOMPARE(accuracies[k]["iteration"].toInt(), costs[k]["iteration"].toInt());
        }
        QCOMPARE(accuracies[5]["train"].toDouble(), 1.0);
        QCOMPARE(accuracies[5]["test"].toDouble(), 0.72);
        QVERIFY(accuracies[0]["test"].toDouble() < accuracies[3]["test"].toDouble());
        QVERIFY(testCosts[5]["cost"].toDouble() > testCosts[1]["cost"].toDouble()); // rises while training falls
    }

    // SPEC §8's combined check run, through every new flag: the JSON report names each
    // option and counts the steps (7 mini-batches of 32 in each of 20 epochs).
    void jsonReportOfTheCombinedOptionsRun() {
        CATNET_REQUIRE_COURSE_DATA();
        const Outcome_ result = runCli({"--data", dataArgument(), "--dims", "12288,7,1", "--init", "small",
                                        "--l2", "0.1", "--keep-prob", "0.8", "--batch-size", "32", "--optimizer",
                                        "adam", "--beta1", "0.9", "--beta2", "0.999", "--epsilon", "1e-8",
                                        "--learning-rate", "0.0005", "--iterations", "20", "--report-every", "1",
                                        "--json", "-"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY2(!json.isEmpty(), qPrintable(result.out + result.err));
        const QJsonObject options = json["options"].toObject();
        QCOMPARE(options["l2"].toDouble(), 0.1);
        QCOMPARE(options["keep_prob"].toDouble(), 0.8);
        QCOMPARE(options["batch_size"].toInt(), 32);
        QCOMPARE(options["optimizer"].toString(), "adam");
        QCOMPARE(options["beta"].toDouble(), 0.9);
        QCOMPARE(options["beta1"].toDouble(), 0.9);
        QCOMPARE(options["beta2"].toDouble(), 0.999);
        QCOMPARE(options["epsilon"].toDouble(), 1e-8);
        QVERIFY(options.contains("augment") && options["augment"].isNull());
        QCOMPARE(json["strategy"].toString(), "plain");
        QCOMPARE(json["iterations_run"].toInt(), 20);
        QCOMPARE(json["steps"].toInt(), 140);
        const QJsonArray costs = json["costs"].toArray();
        QCOMPARE(costs.size(), 20);
        QVERIFY(std::abs(costs[0]["cost"].toDouble() - 0.6976980600) < 1e-6);
        QVERIFY(std::abs(costs[19]["cost"].toDouble() - 0.6045160534) < 1e-6);
        QCOMPARE(json["test_accuracy"].toDouble(), 0.34);

        const Outcome_ plain = runCli({"--data", dataArgument(), "--iterations", "1", "--augment", "flip", "--json", "-"});
        QCOMPARE(plain.exitCode, 0);
        const QJsonObject flipped = QJsonDocument::fromJson(plain.out.toUtf8()).object();
        QCOMPARE(flipped["options"]["augment"].toString(), "flip");
        QVERIFY(!json.contains("train_accuracy_with_mirrors"));
        // SPEC §8's flip row, 500 epochs: 0.6818181818 / 0.38 is the accuracy on the 418 images
        // it trained on (train_accuracy_with_mirrors); train_accuracy stays on the 209 as given.
        const Outcome_ spec = runCli({"--data", dataArgument(), "--iterations", "500", "--augment", "flip", "--json", "-"});
        QCOMPARE(spec.exitCode, 0);
        const QJsonObject specJson = QJsonDocument::fromJson(spec.out.toUtf8()).object();
        QVERIFY(std::abs(specJson["train_accuracy_with_mirrors"].toDouble() - 0.6818181818) < 1e-9);
        QVERIFY(std::abs(specJson["train_accuracy"].toDouble() - 143.0 / 209.0) < 1e-12);
        QCOMPARE(specJson["test_accuracy"].toDouble(), 0.38);
        QVERIFY(std::abs(specJson["costs"].toArray().last()["cost"].toDouble() - 0.6318633388) < 1e-6);
        QVERIFY(flipped["options"]["batch_size"].isNull());
        QCOMPARE(flipped["steps"].toInt(), 1);
        QVERIFY(std::abs(flipped["costs"][0]["cost"].toDouble() - 0.7680271388) < 1e-6);
    }

    // --overfitting-lab: the row of remedies, a line and a sentence each, the JSON rows.
    void overfittingLab() {
        CATNET_REQUIRE_COURSE_DATA();
        const QString file = dir_.filePath("lab.json");
        const Outcome_ result = runCli({"--data", dataArgument(), "--dims", "12288,5,3,1", "--iterations", "60",
                                        "--report-every", "20", "--overfitting-lab", "--json", file.toStdString()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("[9/9] "), qPrintable(result.out));
        QVERIFY2(result.out.contains("\nnothing added: gap "), qPrintable(result.out));
        QVERIFY2(result.out.contains("\nL2 0.7, keep 0.86, flip: "), qPrintable(result.out));
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonArray rows = report["overfitting_lab"]["rows"].toArray();
        QCOMPARE(rows.size(), 9);
        QCOMPARE(rows[0]["setting"].toString(), "nothing added");
        QCOMPARE(rows[3]["options"]["l2"].toDouble(), 2.0);
        QCOMPARE(rows[6]["options"]["keep_prob"].toDouble(), 0.7);
        QCOMPARE(rows[7]["options"]["augment"].toString(), "flip");
        for (const QJsonValue& row : rows) {
            QVERIFY(std::abs(row["gap_points"].toDouble() -
                             100 * (row["train_accuracy"].toDouble() - row["test_accuracy"].toDouble())) < 1e-9);
            QVERIFY(!row["sentence"].toString().isEmpty());
            QVERIFY(row["best_iteration"].isNull() || row["best_iteration"].toInt() % 20 == 0 ||
                    row["best_iteration"].toInt() == 59);
        }
        QVERIFY(rows[0]["sentence"].toString().startsWith("gap "));

        const Outcome_ refused = runCli({"--overfitting-lab", "--sweep", "seed=1,2"});
        QCOMPARE(refused.exitCode, int(kExitUsage));
        QVERIFY(refused.err.contains("--overfitting-lab trains a row of runs of its own"));
    }

    // Each refusal names its true cause (a FIFO, a loop of links, a file where a folder
    // should be, an empty name), not a neighbouring one.
    void refusalsNameTheTrueCause_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("a FIFO named like the train file") << "fifo" << 1 << "is not a regular file (a FIFO";
        QTest::newRow("a loop of links") << "loop" << 1 << "a loop of symbolic links, not a file";
        QTest::newRow("a file where the folder should be") << "file" << 1 << "is a file, not a folder";
        QTest::newRow("an empty name") << "empty" << 2 << "--gradient-check: give a file name";
    }
    void refusalsNameTheTrueCause() {
        CATNET_REQUIRE_COURSE_DATA();
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const fs::path here = dir_.filePath("causes-" + kind).toStdString();
        fs::create_directories(here);
        std::vector<std::string> arguments{"-q", "--iterations", "1"};
        if (kind == "fifo") {
            QCOMPARE(::mkfifo((here / "train_catvnoncat.h5").c_str(), 0600), 0);
            fs::copy_file(*test::courseDataDirectory() / "test_catvnoncat.h5", here / "test_catvnoncat.h5");
            arguments.insert(arguments.end(), {"--data", here.string()});
        } else {
            arguments.insert(arguments.end(), {"--data", dataArgument()});
            if (kind == "loop") {
                fs::create_symlink(here / "b", here / "a");
                fs::create_symlink(here / "a", here / "b");
                arguments.insert(arguments.end(), {"--load-model", (here / "a").string()});
            } else if (kind == "file") {
                std::ofstream(here / "plain") << "x";
                arguments.insert(arguments.end(), {"--save-model", (here / "plain" / "m.h5").string()});
            } else {
                arguments.insert(arguments.end(), {"--gradient-check", ""});
            }
        }
        const Outcome_ result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void savesAndEvaluatesAModel() {
        CATNET_REQUIRE_COURSE_DATA();
        const std::string model = dir_.filePath("five.h5").toStdString();
        const std::string trainedJson = dir_.filePath("trained.json").toStdString();
        Outcome_ result = runCli({"--data", dataArgument(), "--quiet", "--save-model", model,
                                  "--json", trainedJson});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(loadModel(model).config.layerDims, (LayerDims{12288, 20, 7, 5, 1}));
        // The file records its accuracies and the data they were measured on (issue 24, item 1).
        const std::optional<MeasuredAccuracy> measured = loadModel(model).measured;
        QVERIFY(measured.has_value());
        QCOMPARE(measured->train, 206.0 / 209);
        QCOMPARE(measured->test, 0.8);
        QCOMPARE(measured->data.fingerprint, std::string(kCourseDataFingerprint));
        QCOMPARE(measured->data.name, std::string("the course's data"));
        QCOMPARE(measured->data.trainCount, 209LL);

        result = runCli({"--data", dataArgument(), "--load-model", model, "--json", "-"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json["test_accuracy"].toDouble(), 0.8);
        QCOMPARE(json["train_accuracy"].toDouble(), 206.0 / 209);
        QVERIFY(!json.contains("costs"));
        QCOMPARE(json["model"].toString().toStdString(), model);
        QFile trained(QString::fromStdString(trainedJson));
        QVERIFY(trained.open(QIODevice::ReadOnly));
        const QJsonObject trainedReport = QJsonDocument::fromJson(trained.readAll()).object();
        QCOMPARE(json["mislabeled_test"].toArray(), trainedReport["mislabeled_test"].toArray());
        QCOMPARE(json["mislabeled_test"].toArray().size(), 10);

        // The report's config is the loaded model's, not the command line's defaults.
        const std::string small = dir_.filePath("small.h5").toStdString();
        QCOMPARE(runCli({"--data", dataArgument(), "-q", "--dims", "12288,7,1", "--init", "small", "--iterations", "30",
                         "--save-model", small}).exitCode, 0);
        result = runCli({"--data", dataArgument(), "--load-model", small, "--json", "-"});
        const QJsonObject config = QJsonDocument::fromJson(result.out.toUtf8())["config"].toObject();
        QCOMPARE(config["layer_dims"].toArray(), QJsonArray({12288, 7, 1}));
        QCOMPARE(config["init"].toString(), QString("small"));
        QCOMPARE(config["iterations"].toInt(), 30);
    }

    void refusesADamagedOrUnfitModel() {
        CATNET_REQUIRE_COURSE_DATA();
        const std::string damaged = dir_.filePath("damaged.h5").toStdString();
        QFile file(QString::fromStdString(damaged));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89HDF\r\n\x1a\n and then nothing useful");
        file.close();
        Outcome_ result = runCli({"--data", dataArgument(), "--load-model", damaged});
        QCOMPARE(result.exitCode, int(kExitFailure));
        QVERIFY2(result.err.contains("damaged.h5") && result.err.count('\n') == 1, qPrintable(result.err));

        SavedModel small;
        small.parameters.W = {Matrix::Zero(1, 10)};
        small.parameters.b = {Matrix::Zero(1, 1)};
        const std::string unfit = dir_.filePath("unfit.h5").toStdString();
        saveModel(unfit, small);
        result = runCli({"--data", dataArgument(), "--load-model", unfit});
        QCOMPARE(result.exitCode, int(kExitFailure));
        QVERIFY2(result.err.contains("expects 10 input features, the data has 12288"), qPrintable(result.err));
    }

    void divergenceIsReportedNotPrintedAsNan() {
        CATNET_REQUIRE_COURSE_DATA();
        const Outcome_ result = runCli({"--data", dataArgument(), "--learning-rate", "1e6",
                                        "--dims", "12288,7,1", "--iterations", "50", "--report-every", "1"});
        QCOMPARE(result.exitCode, int(kExitDiverged));
        QVERIFY2(result.err.contains("diverged at iteration"), qPrintable(result.err));
        QVERIFY(!result.out.contains("nan", Qt::CaseInsensitive));
    }

    // Every requested output is attempted whatever another did, and the exit code says
    // when one failed.
    // A --json target that cannot be written is refused before the data is read or a run
    // trains (it was found only after training), with the true cause.
    void aJsonTargetThatCannotBeWrittenIsRefusedFirst_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("a folder") << "FOLDER" << "not a regular file but a folder";
        QTest::newRow("/dev/full") << "/dev/full" << "not a regular file but a device";
        QTest::newRow("no such folder") << "/nonexistent/report.json" << "does not exist";
    }
    void aJsonTargetThatCannotBeWrittenIsRefusedFirst() {
        CATNET_REQUIRE_COURSE_DATA();
        QFETCH(QString, json);
        QFETCH(QString, message);
        if (json == "FOLDER")
            json = dir_.path();
        const std::string model = dir_.filePath("despite-json.h5").toStdString();
        std::filesystem::remove(model);
        const Outcome_ result = runCli({"--data", dataArgument(), "--dims", "12288,7,1", "--iterations", "20",
                                        "--quiet", "--json", json.toStdString(), "--save-model", model});
        QCOMPARE(result.exitCode, int(kExitFailure));
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!std::filesystem::exists(model)); // nothing was trained
        QVERIFY(std::filesystem::is_character_file("/dev/full"));
    }

    void aFailingStandardOutputIsAFailure() {
        CATNET_REQUIRE_COURSE_DATA();
        std::ostringstream out, err;
        out.setstate(std::ios::badbit); // as when standard output is /dev/full or a closed pipe
        const std::string model = dir_.filePath("despite-stdout.h5").toStdString();
        const int code = runTrainCommand({"--data", dataArgument(), "--dims", "12288,7,1", "--iterations", "20",
                                          "--json", "-", "--save-model", model},
                                         out, err);
        QCOMPARE(code, int(kExitFailure));
        QVERIFY2(QString::fromStdString(err.str()).contains("cannot write the report to standard output"),
                 err.str().c_str());
        QVERIFY(std::filesystem::exists(model));
    }

    void anUnfinishedRunDoesNotReplaceAModel() {
        CATNET_REQUIRE_COURSE_DATA();
        const std::string model = dir_.filePath("good.h5").toStdString();
        const std::string beside = dir_.filePath("good.diverged.h5").toStdString();
        Outcome_ result = runCli({"--data", dataArgument(), "--dims", "12288,7,1", "--iterations", "30", "--quiet",
                                  "--save-model", model});
        QCOMPARE(result.exitCode, 0);
        const Matrix good = loadModel(model).parameters.W[0];
        const std::vector<std::string> diverging = {"--data", dataArgument(), "--dims", "12288,7,1", "--learning-rate",
                                                    "1e6", "--iterations", "50", "--quiet", "--save-model", model};
        result = runCli(diverging);
        QCOMPARE(result.exitCode, int(kExitDiverged));
        QVERIFY(loadModel(model).parameters.W[0] == good); // the good model is untouched
        QCOMPARE(loadModel(beside, true).outcome, Outcome::Diverged);
        QVERIFY2(result.err.contains("good.diverged.h5") && result.err.contains("--force"), qPrintable(result.err));
        std::vector<std::string> forced = diverging;
        forced.push_back("--force");
        QCOMPARE(runCli(forced).exitCode, int(kExitDiverged));
        QCOMPARE(loadModel(model, true).outcome, Outcome::Diverged); // asked for: replaced
        QVERIFY(runCli({"--help"}).out.contains("--force"));
    }

    void stopTokenCancels() {
        CATNET_REQUIRE_COURSE_DATA();
        std::stop_source stop;
        stop.request_stop();
        std::ostringstream out, err;
        const int code = runTrainCommand({"--data", dataArgument()}, out, err, stop.get_token());
        QCOMPARE(code, int(kExitCancelled));
        // A stop reaches the reader program too: reading the data is given up at once.
        QVERIFY2(QString::fromStdString(err.str()).contains("reading it was stopped"), err.str().c_str());
    }

    void largeInitDivergesAtIterationZero() {
        CATNET_REQUIRE_COURSE_DATA();
        // SPEC §7: with scale 10 the sigmoid gives exactly 0 or 1 at once, so the first cost is NaN.
        const auto result = runCli({"--data", dataArgument(), "--init", "large", "-q"});
        QCOMPARE(result.exitCode, int(kExitDiverged));
        QVERIFY2(result.err.contains("diverged at iteration 0"), qPrintable(result.err));
    }

    // lr = 10 completes with a flat cost: the report says the run learned nothing.
    void aRunThatLearnedNothingIsFlagged() {
        CATNET_REQUIRE_COURSE_DATA();
        const auto result = runCli({"--data", dataArgument(), "--learning-rate", "10", "--iterations", "300", "-q",
                                    "--json", "-"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("warning: the run completed but learned nothing"), qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json["outcome"].toString(), "completed");
        QVERIFY2(json["learning_problem"].toString().contains("learning rate too large?"),
                 qPrintable(json["learning_problem"].toString()));
    }

    // The course forums' "cost stuck at 0.644": the L-layer model at lr 0.05 ends at the
    // cost of answering the share of cats for every picture (issue 24, item 13).
    void aRunStuckAtTheBaseRateIsSaidSo() {
        CATNET_REQUIRE_COURSE_DATA();
        const auto result = runCli({"--data", dataArgument(), "--learning-rate", "0.05", "-q", "--json", "-"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY(std::abs(json["costs"].toArray().last()["cost"].toDouble() - baseRateCost(72.0 / 209.0)) < 0.005);
        QVERIFY2(json["learning_problem"].toString().startsWith("collapsed to the base rate"),
                 qPrintable(json["learning_problem"].toString()));
        QVERIFY2(result.err.contains("warning: the run completed but learned nothing"), qPrintable(result.err));
    }

    void zerosInitNeverBreaksTheSymmetry() {
        CATNET_REQUIRE_COURSE_DATA();
        const QString model = dir_.filePath("zeros.h5");
        const auto result = runCli({"--data", dataArgument(), "--init", "zeros", "--iterations", "50", "-q", "--json",
                                    dir_.filePath("zeros.json").toStdString(), "--save-model", model.toStdString()});
        QCOMPARE(result.exitCode, 0);
        const SavedModel saved = loadModel(model.toStdString());
        QCOMPARE(saved.config.init, InitScheme::Zeros);
        for (const Matrix& W : saved.parameters.W) // every unit of a layer identical
            for (Eigen::Index unit = 1; unit < W.rows(); ++unit)
                QVERIFY(W.row(unit) == W.row(0));
        QFile json(dir_.filePath("zeros.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report["config"].toObject()["init"].toString(), QString("zeros"));
        // All outputs 0.5 at the start: the cost is ln 2.
        QVERIFY(std::abs(report["costs"].toArray()[0].toObject()["cost"].toDouble() - std::log(2.0)) < 1e-12);
    }

    void thresholdAndConfusionMatrices_data() {
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<QList<int>>("test"); // true cat, false cat, true non-cat, false non-cat (SPEC §7)
        QTest::newRow("0.3") << "0.3" << QList<int>{31, 7, 10, 2};
        QTest::newRow("0.5") << "0.5" << QList<int>{30, 7, 10, 3};
        QTest::newRow("0.7") << "0.7" << QList<int>{28, 6, 11, 5};
    }

    void thresholdAndConfusionMatrices() {
        CATNET_REQUIRE_COURSE_DATA();
        QFETCH(QString, threshold);
        QFETCH(QList<int>, test);
        const QString file = dir_.filePath("threshold.json");
        const auto result = runCli({"--data", dataArgument(), "--threshold", threshold.toStdString(), "-q", "--json",
                                    file.toStdString()});
        QCOMPARE(result.exitCode, 0);
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report["threshold"].toDouble(), threshold.toDouble());
        const QJsonObject c = report["confusion_test"].toObject();
        QCOMPARE((QList<int>{c["true_cat"].toInt(), c["false_cat"].toInt(), c["true_non_cat"].toInt(),
                             c["false_non_cat"].toInt()}),
                 test);
        // The same threshold decides the accuracy and the mislabeled list.
        QCOMPARE(report["mislabeled_test"].toArray().size(), test[1] + test[3]);
        QCOMPARE(report["test_accuracy"].toDouble(), (test[0] + test[2]) / 50.0);
        if (threshold == "0.5") {
            const QJsonObject t = report["confusion_train"].toObject();
            QCOMPARE((QList<int>{t["true_cat"].toInt(), t["false_cat"].toInt(), t["true_non_cat"].toInt(),
                                 t["false_non_cat"].toInt()}),
                     (QList<int>{69, 0, 137, 3}));
        }
    }
};

QTEST_APPLESS_MAIN(TestTrainCli)
#include "tst_train_cli.moc"
