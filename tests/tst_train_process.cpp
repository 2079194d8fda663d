// catnet-train as a real process: exit codes and a clean stop on Ctrl-C (SIGINT).
#include "course_data.h"
#include "engine/io/hdf5_support.h"

#include <QImage>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#include <csignal>
#include <unistd.h>

class TestTrainProcess : public QObject {
    Q_OBJECT
private slots:
    void badArgumentsExitWithTwo() {
        QProcess process;
        process.start(CATNET_TRAIN_BINARY, {"--dims", "12288,0,1"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(err, QString("catnet-train: --dims: layer 1 has size 0; every size must be at least 1\n"));
    }

    void thePhotoIsReadWithQtsDecoders() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        // Test image 11 as a lossless PNG: its 64×64 pixels reach the network unchanged.
        const catnet::DataSplit& test = catnet::test::courseDataset().test;
        const QString photo = dir.filePath("eleven.png");
        QVERIFY(QImage(test.image(11), 64, 64, 64 * 3, QImage::Format_RGB888).save(photo));
        QProcess process;
        process.start(CATNET_TRAIN_BINARY, {"-q", "--saliency", dir.filePath("s.h5"), "--photo", photo});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const auto guard = catnet::hdf5::lock();
        const H5::H5File in(dir.filePath("s.h5").toStdString(), H5F_ACC_RDONLY);
        double probability = 0;
        in.openDataSet("photo_probability").read(&probability, H5::PredType::NATIVE_DOUBLE);
        QVERIFY2(std::abs(probability - 0.4731703227) < 1e-9, qPrintable(QString::number(probability, 'g', 12)));
    }

    // An SVG naming itself crashed Qt's reader after training, and the model was lost.
    void aSelfReferencingSvgIsSkippedAndTheModelKept() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        const QString svg = dir.filePath("self.svg");
        QFile file(svg);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                   "width=\"64\" height=\"64\"><image xlink:href=\"self.svg\" width=\"64\" height=\"64\"/></svg>");
        file.close();
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(CATNET_TRAIN_BINARY,
                      {"-q", "--data", QString::fromStdString(catnet::test::courseDataDirectory()->string()),
                       "--iterations", "20", "--save-model", dir.filePath("m.h5"), "--predict", svg});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains("skipped " + svg + ": self.svg: an SVG drawing catnet does not open"), qPrintable(err));
        QVERIFY(QFileInfo::exists(dir.filePath("m.h5")));
    }

    // A target that cannot be written was found only after training, and the model lost.
    void anUnwritableTargetIsRefusedBeforeTraining() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        // A folder nobody may write in: root writes anywhere chmod allows, but not into /sys.
        QString folder = "/sys";
        if (::geteuid() != 0) {
            folder = dir.filePath("locked");
            QVERIFY(QDir().mkdir(folder));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        const QString data = QString::fromStdString(catnet::test::courseDataDirectory()->string());
        for (const QStringList& output : {QStringList{"--save-model", folder + "/m.h5"},
                                          QStringList{"--json", folder + "/report.json"},
                                          QStringList{"--sweep", "learning-rate=0.01,0.02", "--json", folder + "/sweep.json"}}) {
            QProcess process;
            process.start(CATNET_TRAIN_BINARY, QStringList{"--data", data, "--iterations", "100000000"} + output);
            QVERIFY2(process.waitForFinished(30000), "it trained first"); // 10⁸ iterations would take hours
            QCOMPARE(process.exitCode(), 1);
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(err.contains(output.last() + "': cannot be written (Permission denied)"), qPrintable(err));
        }
    }

    void missingDataExitsWithOne() {
        QProcess process;
        process.start(CATNET_TRAIN_BINARY, {"--data", "/nonexistent/catnet"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("does not hold train_catvnoncat.h5"));
    }

    // Every signal that ends a terminal session stops training cleanly, as Ctrl-C does.
    void aSignalStopsAfterTheCurrentIteration_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGHUP") << SIGHUP;
        QTest::newRow("SIGQUIT") << SIGQUIT;
    }
    void aSignalStopsAfterTheCurrentIteration() {
        QFETCH(int, signal);
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        const QString report = dir.filePath("report.json");
        QProcess process;
        process.start(CATNET_TRAIN_BINARY, {"--data", QString::fromStdString(catnet::test::courseDataDirectory()->string()),
                                            "--iterations", "1000000000", "--report-every", "1000", "--json", report});
        // Training has begun once the first cost is printed (deadlines far from normal).
        QVERIFY(process.waitForStarted(60000));
        QVERIFY(process.waitForReadyRead(60000));
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains("cancelled after"), qPrintable(err));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly)); // the report is still written
        QCOMPARE(QJsonDocument::fromJson(file.readAll())["outcome"].toString(), QString("cancelled"));
    }

    // Ctrl-C while --inspect-iteration trains up to its iteration: stopped (130), not failed.
    void aStoppedInspectionExitsAsStopped() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        QProcess process;
        process.start(CATNET_TRAIN_BINARY, {"--data", QString::fromStdString(catnet::test::courseDataDirectory()->string()),
                                            "--iterations", "1", "--inspect-iteration", "1000000000",
                                            dir.filePath("values.h5")});
        QVERIFY(process.waitForStarted(60000));
        QVERIFY(process.waitForReadyRead(60000)); // the one-iteration run has begun
        std::this_thread::sleep_for(std::chrono::seconds(1)); // and ended: the inspection trains
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 130);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains("--inspect-iteration: the run cancelled after"), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath("values.h5")));
    }

    // `catnet-train --save-model m.h5 | head -1`: the pipe closes after the first line,
    // and the model is saved all the same.
    void aClosedPipeDoesNotLoseTheModel() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        const QString model = dir.filePath("m.h5");
        QProcess process;
        process.start(CATNET_TRAIN_BINARY, {"--data", QString::fromStdString(catnet::test::courseDataDirectory()->string()),
                                            "--dims", "12288,7,1", "--iterations", "3000", "--report-every", "1",
                                            "--save-model", model});
        QVERIFY(process.waitForStarted(60000));
        QVERIFY(process.waitForReadyRead(60000));
        process.closeReadChannel(QProcess::StandardOutput); // like head -1 exiting
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by SIGPIPE
        QVERIFY(QFile::exists(model));
    }
};

QTEST_APPLESS_MAIN(TestTrainProcess)
#include "tst_train_process.moc"
