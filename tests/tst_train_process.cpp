// catnet-train as a real process: exit codes and a clean stop on Ctrl-C (SIGINT).
#include "course_data.h"

#include <QProcess>
#include <QTest>

#include <csignal>

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

    void missingDataExitsWithOne() {
        QProcess process;
        process.start(CATNET_TRAIN_BINARY, {"--data", "/nonexistent/catnet"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("does not hold train_catvnoncat.h5"));
    }

    void ctrlCStopsAfterTheCurrentIteration() {
        CATNET_REQUIRE_COURSE_DATA();
        QProcess process;
        process.start(CATNET_TRAIN_BINARY, {"--data", QString::fromStdString(catnet::test::courseDataDirectory()->string()),
                                            "--iterations", "1000000000", "--report-every", "1000", "--json", "-"});
        QVERIFY(process.waitForStarted(10000));
        QTest::qWait(700); // let it train a while
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains("cancelled after"), qPrintable(err));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains("\"outcome\": \"cancelled\""), qPrintable(out)); // the report is still written
    }
};

QTEST_APPLESS_MAIN(TestTrainProcess)
#include "tst_train_process.moc"
