// Importing folders of photos: generated images in several formats and sizes, a broken
// file, a non-image and a duplicate; the written files read back, every readable image
// stored exactly once and exactly as the prediction path sees it; catnet-import's report;
// refusals; and the imported set trained by catnet-train.
#include "cli/import_command.h"
#include "cli/train_command.h"
#include "engine/io/dataset_writer.h"
#include "engine/io/model_io.h"
#include "engine/io/photo_import.h"
#include "engine/model/metrics.h"
#include "photo/photo_loader.h"

#include "course_data.h"
#include "h5_fixtures.h"
#include "photo_folders.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

using namespace catnet;

namespace {

// Each photo decoded as the import decodes it: in the reader program.
const PhotoDecoder decodeWithQt = ui::photoDecoder();

struct CliRun {
    int exitCode;
    QString out, err;
};

CliRun runImport(const std::vector<std::string>& arguments) {
    std::ostringstream out, err;
    const int code = cli::runImportCommand(arguments, out, err, {}, decodeWithQt);
    return {code, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void importsEveryReadableImageOnceAsThePredictionPathSeesIt() {
        const auto folders = test::makePhotoFolders();
        ImportOptions options;
        options.cats = folders->cats.toStdString();
        options.nonCats = folders->nonCats.toStdString();
        options.testFraction = 0.2;
        options.seed = 3;
        std::size_t lastDone = 0, total = 0;
        const ImportResult result = importPhotoFolders(options, decodeWithQt, [&](std::size_t done, std::size_t all) {
            QVERIFY(done > lastDone);
            lastDone = done;
            total = all;
        });
        QCOMPARE(total, std::size_t(13)); // 6 + 1 broken cats, 5 + 1 text non-cats
        QCOMPARE(lastDone, total);

        // Skipped, with their reasons.
        QCOMPARE(result.skipped.size(), std::size_t(2));
        std::map<QString, QString> reasons;
        for (const SkippedFile& skipped : result.skipped)
            reasons[QString::fromStdString(skipped.file.string())] = QString::fromStdString(skipped.reason);
        QVERIFY(reasons.count(folders->broken) && !reasons[folders->broken].isEmpty());
        QVERIFY2(reasons[folders->notAnImage].contains("not an image"), qPrintable(reasons[folders->notAnImage]));
        // The duplicate, reported.
        QCOMPARE(result.duplicates.size(), std::size_t(1));
        QCOMPARE(result.duplicates[0].size(), std::size_t(2));

        // Split per class: 6 cats → 1 test (round 1.2), 5 non-cats → 1 test.
        const auto cats = [](const std::vector<ImportedImage>& images) {
            return std::count_if(images.begin(), images.end(), [](const ImportedImage& i) { return i.label == 1; });
        };
        QCOMPARE(cats(result.train), 5);
        QCOMPARE(int(result.train.size()) - cats(result.train), 4);
        QCOMPARE(cats(result.test), 1);
        QCOMPARE(int(result.test.size()) - cats(result.test), 1);

        // Written and read back: every readable file exactly once, each image exactly the
        // prediction path's input for that file, with its folder's label.
        QTemporaryDir out;
        saveCourseDataset(out.path().toStdString(), result.data);
        const Dataset back = loadCourseDataset(out.path().toStdString());
        QCOMPARE(back.train.classes, (std::vector<std::string>{"non-cat", "cat"}));
        QStringList seen;
        for (const auto& [split, origins] : {std::pair{&back.train, &result.train}, std::pair{&back.test, &result.test}}) {
            QCOMPARE(split->count(), Eigen::Index(origins->size()));
            for (Eigen::Index i = 0; i < split->count(); ++i) {
                const QString source = QString::fromStdString((*origins)[std::size_t(i)].source);
                seen << source;
                const std::vector<std::uint8_t> expected = ui::loadPhoto(source).pixels;
                QVERIFY2(std::equal(expected.begin(), expected.end(), split->image(i)), qPrintable(source));
                QCOMPARE(split->label(i), source.startsWith(folders->cats) ? 1 : 0);
            }
        }
        seen.sort();
        QStringList readable = folders->readable;
        readable.sort();
        QCOMPARE(seen, readable);

        // The same seed gives the same split; another seed another one.
        const ImportResult again = importPhotoFolders(options, decodeWithQt);
        QCOMPARE(again.test[0].source, result.test[0].source);
        QVERIFY(again.data.train.pixels == result.data.train.pixels);
        bool differs = false;
        for (std::uint32_t seed = 4; seed < 12 && !differs; ++seed) {
            options.seed = seed;
            differs = importPhotoFolders(options, decodeWithQt).test[0].source != result.test[0].source;
        }
        QVERIFY(differs);
    }

    // An SVG naming itself in a class folder crashed the import (Qt's SVG reader).
    void aSelfReferencingSvgIsSkipped() {
        const auto folders = test::makePhotoFolders();
        QFile svg(folders->cats + "/self.svg");
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                  "width=\"64\" height=\"64\"><image xlink:href=\"self.svg\" width=\"64\" height=\"64\"/></svg>");
        svg.close();
        QTemporaryDir out;
        const CliRun run = runImport({"--cats", folders->cats.toStdString(), "--non-cats", folders->nonCats.toStdString(),
                                      "--out", out.path().toStdString(), "--json", "-"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray skipped = QJsonDocument::fromJson(run.out.toUtf8()).object()["skipped"].toArray();
        QCOMPARE(skipped.size(), 3);
        bool refused = false;
        for (const QJsonValue& entry : skipped)
            refused |= entry.toObject()["reason"].toString().contains("refers to another file");
        QVERIFY2(refused, qPrintable(run.out));
        QVERIFY(QFile::exists(out.filePath(kTrainFileName)));
    }

    // A file name that is not UTF-8 (Latin-1 "café") no longer loses the JSON report.
    void aNameThatIsNotUtf8KeepsTheReport() {
        const auto folders = test::makePhotoFolders();
        const std::string latin1 = folders->cats.toStdString() + "/caf\xe9.txt";
        std::ofstream(latin1) << "not a photo\n";
        QTemporaryDir out;
        const CliRun run = runImport({"--cats", folders->cats.toStdString(), "--non-cats", folders->nonCats.toStdString(),
                                      "--out", out.path().toStdString(), "--json", "-"});
        QCOMPARE(run.exitCode, 0);
        const QJsonDocument report = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY2(report.isObject(), qPrintable(run.out));
        bool named = false;
        for (const QJsonValue& skipped : report["skipped"].toArray())
            named |= skipped.toObject()["file"].toString().endsWith(QStringLiteral("caf\uFFFD.txt"));
        std::filesystem::remove(latin1); // QTemporaryDir cannot name it to remove it
        QVERIFY2(named, qPrintable(run.out));
    }

    // Arguments that make no sense are usage errors (exit 2), said in one line.
    void nonsenseArgumentsAreUsageErrors_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("same folder twice") << QStringList{"SAME"} << "name the same folder";
        QTest::newRow("empty --out") << QStringList{"NO-OUT"} << "--out: give the folder";
        QTest::newRow("no test share") << QStringList{"--test-fraction", "0"} << "between 0 and 1, both excluded";
        QTest::newRow("everything for testing") << QStringList{"--test-fraction", "1"} << "between 0 and 1";
        QTest::newRow("seed past 32 bits") << QStringList{"--seed", "99999999999"}
                                           << "--seed: '99999999999' is out of range: give a whole number from 0 to "
                                              "4294967295";
    }
    void nonsenseArgumentsAreUsageErrors() {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const auto folders = test::makePhotoFolders();
        QTemporaryDir out;
        const std::string nonCats = extra == QStringList{"SAME"} ? folders->cats.toStdString() + "/"
                                                                 : folders->nonCats.toStdString();
        std::vector<std::string> arguments{"--cats", folders->cats.toStdString(), "--non-cats", nonCats, "--out",
                                           extra == QStringList{"NO-OUT"} ? std::string() : out.path().toStdString()};
        if (extra.size() == 2)
            arguments.insert(arguments.end(), {extra[0].toStdString(), extra[1].toStdString()});
        const CliRun run = runImport(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("catnet-import: ") && run.err.contains(message) && run.err.count('\n') == 1,
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(out.filePath(kTrainFileName)));
    }

    // The output folder is checked before any photo is read, not after the import.
    void anUnwritableOutputIsRefusedFirst() {
        const auto folders = test::makePhotoFolders();
        QTemporaryDir scratch;
        QString out = "/sys"; // not even root may create files there
        if (::geteuid() != 0) {
            out = scratch.filePath("locked");
            QVERIFY(QDir().mkdir(out));
            QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        int decoded = 0;
        std::ostringstream printed, err;
        const int code = cli::runImportCommand(
            {"--cats", folders->cats.toStdString(), "--non-cats", folders->nonCats.toStdString(), "--out",
             out.toStdString()},
            printed, err, {}, 
            [&](const std::vector<std::filesystem::path>& files, std::stop_token stop) {
                decoded += int(files.size());
                return decodeWithQt(files, stop);
            });
        QCOMPARE(code, 1);
        QVERIFY2(QString::fromStdString(err.str()).contains("cannot be written (Permission denied)"), err.str().c_str());
        QCOMPARE(decoded, 0);
    }

    void classFoldersAreFoundByName() {
        const auto folders = test::makePhotoFolders();
        const auto [cats, nonCats] = findClassFolders(folders->root.path().toStdString());
        QCOMPARE(QString::fromStdString(cats.string()), folders->cats);
        QCOMPARE(QString::fromStdString(nonCats.string()), folders->nonCats);
        QTemporaryDir empty;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findClassFolders(empty.path().toStdString()));
    }

    // catnet-import writes the files and a JSON report of where everything went; the
    // imported set trains with catnet-train --data.
    void theCommandLineImportsAndTheSetTrains() {
        const auto folders = test::makePhotoFolders();
        QTemporaryDir out;
        const CliRun run = runImport({"--cats", folders->cats.toStdString(), "--non-cats", folders->nonCats.toStdString(),
                                      "--out", out.path().toStdString(), "--seed", "2", "--json", "-"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(!json.isEmpty(), qPrintable(run.out));
        QCOMPARE(json["train"]["cats"].toInt() + json["test"]["cats"].toInt(), 6);
        QCOMPARE(json["train"]["non_cats"].toInt() + json["test"]["non_cats"].toInt(), 5);
        QCOMPARE(json["test"]["images"].toArray().size(), 2);
        QCOMPARE(json["skipped"].toArray().size(), 2);
        QVERIFY(!json["skipped"].toArray()[0].toObject()["reason"].toString().isEmpty());
        QCOMPARE(json["duplicates"].toArray().size(), 1);
        QVERIFY2(run.err.contains("skipped") && run.err.contains("notes.txt"), qPrintable(run.err));
        QVERIFY(QFile::exists(out.filePath(kTrainFileName)) && QFile::exists(out.filePath(kTestFileName)));

        std::ostringstream trainOut, trainErr;
        const int trained = cli::runTrainCommand({"--data", out.path().toStdString(), "--dims", "12288,7,1", "--iterations",
                                                  "20", "--json", "-"},
                                                 trainOut, trainErr);
        QCOMPARE(trained, 0);
        const QJsonObject report = QJsonDocument::fromJson(QByteArray::fromStdString(trainOut.str())).object();
        QCOMPARE(report["iterations_run"].toInt(), 20);
        QCOMPARE(report["outcome"].toString(), QString("completed"));
        // Small initial weights: every output near 0.5, so the first cost is near ln 2.
        QVERIFY(std::abs(report["costs"].toArray()[0].toObject()["cost"].toDouble() - std::log(2.0)) < 0.01);

        // One folder with the two class sub-folders does the same.
        QTemporaryDir second;
        QCOMPARE(runImport({"--folder", folders->root.path().toStdString(), "--out", second.path().toStdString(),
                            "--seed", "2", "-q"})
                     .exitCode,
                 0);
        QCOMPARE(loadCourseDataset(second.path().toStdString()).train.pixels,
                 loadCourseDataset(out.path().toStdString()).train.pixels);
    }

    // catnet-train --predict: one line per image of the folders and files given, the same in
    // the JSON report; what cannot be read is skipped with its reason.
    void catnetTrainPredictsAFolder() {
        const auto folders = test::makePhotoFolders();
        QTemporaryDir out;
        QCOMPARE(runImport({"--folder", folders->root.path().toStdString(), "--out", out.path().toStdString(), "-q"})
                     .exitCode,
                 0);
        const std::string model = out.filePath("model.h5").toStdString();
        const cli::PhotoDecoder decode = ui::photoDecoder();
        std::ostringstream ignored, ignoredErr;
        QCOMPARE(cli::runTrainCommand({"--data", out.path().toStdString(), "--dims", "12288,7,1", "--iterations", "30",
                                       "-q", "--save-model", model},
                                      ignored, ignoredErr, {}, decode),
                 0);
        const QString json = out.filePath("report.json");
        std::ostringstream lines, err;
        const int code = cli::runTrainCommand({"--data", out.path().toStdString(), "--load-model", model, "--predict",
                                               folders->nonCats.toStdString(), (folders->cats + "/cat-1.jpg").toStdString(),
                                               "--json", json.toStdString()},
                                              lines, err, {}, decode);
        QCOMPARE(code, 0);
        const Parameters parameters = loadModel(model).parameters;
        QStringList printed;
        for (const QString& line : QString::fromStdString(lines.str()).split('\n'))
            if (line.count('\t') == 2)
                printed << line;
        QCOMPARE(printed.size(), 6); // 5 non-cats and the cat; notes.txt skipped
        QVERIFY2(QString::fromStdString(err.str()).contains("skipped " + folders->notAnImage), err.str().c_str());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray predictions = report["predictions"].toArray();
        QCOMPARE(predictions.size(), 6);
        QCOMPARE(report["predictions_skipped"].toArray().size(), 1);
        for (int i = 0; i < predictions.size(); ++i) {
            const QJsonObject prediction = predictions[i].toObject();
            const QString path = prediction["path"].toString();
            const std::vector<std::uint8_t> pixels = ui::loadPhoto(path).pixels;
            const double expected = predictProbabilities(parameters, featuresFromPixels(pixels.data(), 1))(0);
            QCOMPARE(prediction["p_cat"].toDouble(), expected);
            QCOMPARE(prediction["label"].toString(), QString(expected > 0.5 ? "cat" : "non-cat"));
            QVERIFY2(printed[i].startsWith(path + '\t'), qPrintable(printed[i]));
            QCOMPARE(printed[i].section('\t', 2), prediction["label"].toString());
        }
        QCOMPARE(predictions[5].toObject()["path"].toString(), folders->cats + "/cat-1.jpg"); // folders first, in order given

        // A line break in a name stays inside its one line, written as \\n.
        const QString twoLines = out.filePath("two\nlines.jpg");
        QVERIFY(QFile::copy(folders->cats + "/cat-1.jpg", twoLines));
        std::ostringstream oneLine, oneErr;
        QCOMPARE(cli::runTrainCommand({"--data", out.path().toStdString(), "--load-model", model, "--predict",
                                       twoLines.toStdString()},
                                      oneLine, oneErr, {}, decode),
                 0);
        const QString printedLine = QString::fromStdString(oneLine.str()).trimmed().section('\n', -1);
        QVERIFY2(printedLine.startsWith(out.filePath("two\\nlines.jpg\t")), qPrintable(printedLine));
        QCOMPARE(printedLine.section('\t', 1, 1).toDouble(), predictions[5].toObject()["p_cat"].toDouble());
    }

    // The course's own images join the learner's, keeping the course's split.
    void theCoursesImagesCanBeAdded() {
        CATNET_REQUIRE_COURSE_DATA();
        const auto folders = test::makePhotoFolders();
        ImportOptions options;
        std::tie(options.cats, options.nonCats) = findClassFolders(folders->root.path().toStdString());
        options.withCourse = *test::courseDataDirectory();
        const ImportResult result = importPhotoFolders(options, decodeWithQt);
        const Dataset& course = test::courseDataset();
        QCOMPARE(result.data.train.count(), 9 + course.train.count());
        QCOMPARE(result.data.test.count(), 2 + course.test.count());
        QVERIFY(std::equal(course.test.pixels.begin(), course.test.pixels.end(),
                           result.data.test.pixels.end() - std::ptrdiff_t(course.test.pixels.size())));
        QCOMPARE(result.test.back().source, std::string("course:test:49"));
        QCOMPARE(result.data.train.Y.rightCols(course.train.count()), course.train.Y);
    }

    // --out names a folder that may not exist yet: it is made (with its parents), and
    // removed again when the import writes nothing.
    void writesIntoAFolderItMakes() {
        const auto folders = test::makePhotoFolders();
        QTemporaryDir scratch;
        const QString out = scratch.filePath("made/for it");
        const CliRun run = runImport({"--folder", folders->root.path().toStdString(), "--out", out.toStdString()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("(5 cats + 4 non-cats) and test_catvnoncat.h5 (1 cat + 1 non-cat)"), qPrintable(run.out));
        QCOMPARE(loadCourseDataset(out.toStdString()).train.count(), 9);
        QTemporaryDir empty;
        const QString refused = scratch.filePath("never/made");
        QCOMPARE(runImport({"--cats", empty.path().toStdString(), "--non-cats", folders->nonCats.toStdString(), "--out",
                            refused.toStdString()})
                     .exitCode,
                 1);
        QVERIFY(!QFileInfo::exists(scratch.filePath("never")));
        const QString file = scratch.filePath("a-file");
        test::writeBytes(file.toStdString(), "x");
        const CliRun blocked = runImport({"--folder", folders->root.path().toStdString(), "--out", (file + "/sub").toStdString()});
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains("cannot be created"), qPrintable(blocked.err));
    }

    void refusesWhatCannotMakeADataSet() {
        const auto folders = test::makePhotoFolders();
        QTemporaryDir empty, out;
        CliRun run = runImport({"--cats", empty.path().toStdString(), "--non-cats", folders->nonCats.toStdString(),
                                "--out", out.path().toStdString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("the cat folder holds no files"), qPrintable(run.err));
        // One readable image cannot feed both splits.
        QTemporaryDir single;
        test::drawing(1, {64, 64}, true).save(single.filePath("only.png"));
        run = runImport({"--cats", single.path().toStdString(), "--non-cats", folders->nonCats.toStdString(), "--out",
                         out.path().toStdString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("1 readable image; at least 2"), qPrintable(run.err));
        run = runImport({"--folder", folders->root.path().toStdString(), "--out", out.path().toStdString(),
                         "--test-fraction", "1.5"});
        QCOMPARE(run.exitCode, 2); // a usage error
        QVERIFY2(run.err.contains("between 0 and 1"), qPrintable(run.err));
        QCOMPARE(runImport({"--cats", "x"}).exitCode, 2); // --out is required
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // nothing written
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
