// Files are parsed in a child process: same results as in-process, same messages,
// and a crash of the parser (as libhdf5 can on malformed files) is only a message.
#include "hdf5_support.h"
#include "initialization.h"
#include "isolated_reader.h"

#include "h5_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace catnet;

class TestIsolatedReader : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path path(const char* name) const { return dir_.filePath(name).toStdString(); }

private slots:
    void modelIsTheSameAsInProcess() {
        SavedModel model;
        model.config.layerDims = {12, 4, 1};
        model.config.learningRate = 0.02;
        model.config.init = InitScheme::He;
        model.parameters = initializeParameters(model.config.layerDims, InitScheme::He, 9);
        model.costs = {{0, 0.7}, {5, 0.4}};
        model.name = "a run";
        model.seconds = 1.5;
        model.strategy = Strategy::Gram;
        model.outcome = Outcome::Cancelled;
        model.iterationsRun = 6;
        saveModel(path("m.h5"), model);
        const SavedModel direct = loadModel(path("m.h5"));
        const SavedModel isolated = loadModelIsolated(path("m.h5"));
        for (int l = 0; l < 2; ++l) {
            QVERIFY(isolated.parameters.W[l] == direct.parameters.W[l]);
            QVERIFY(isolated.parameters.b[l] == direct.parameters.b[l]);
        }
        QCOMPARE(isolated.config.layerDims, direct.config.layerDims);
        QCOMPARE(isolated.config.learningRate, 0.02);
        QCOMPARE(isolated.config.init, InitScheme::He);
        QCOMPARE(isolated.costs.size(), std::size_t{2});
        QCOMPARE(isolated.costs[1].cost, 0.4);
        QCOMPARE(isolated.name, std::string("a run"));
        QCOMPARE(isolated.seconds, 1.5);
        QCOMPARE(isolated.strategy, Strategy::Gram);
        QCOMPARE(isolated.outcome, Outcome::Cancelled);
        QCOMPARE(isolated.iterationsRun, 6);
    }

    void datasetIsTheSameAsInProcess() {
        {
            const auto guard = hdf5::lock();
            test::writeSplitFixture(path("d.h5"), test::SplitFixture{});
        }
        const DataSplit direct = loadSplit(path("d.h5"), "train");
        const DataSplit isolated = loadSplitIsolated(path("d.h5"), "train");
        QVERIFY(isolated.pixels == direct.pixels);
        QVERIFY(isolated.X == direct.X);
        QVERIFY(isolated.Y == direct.Y);
        QCOMPARE(isolated.classes, direct.classes);
        QCOMPARE(isolated.file, direct.file);
    }

    void messagesComeThrough() {
        test::SplitFixture fixture;
        fixture.labels = {0, 1, 7, 0};
        {
            const auto guard = hdf5::lock();
            test::writeSplitFixture(path("bad.h5"), fixture);
        }
        try {
            loadSplitIsolated(path("bad.h5"), "train");
            QFAIL("accepted");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains("label 2 is 7"), e.what());
        }
    }

    void aCrashingReaderIsOnlyAMessage() {
        try {
            readInChildProcess(path("x.h5"), []() -> std::string {
                std::raise(SIGSEGV);
                return {};
            });
            QFAIL("no error");
        } catch (const FileError& e) {
            // SIGSEGV, or SIGABRT where a sanitizer catches the crash and aborts.
            QVERIFY2(QString(e.what()).contains("failed while reading it (signal "), e.what());
        }
    }

    // A model file found by fuzzing on which libhdf5 1.10.8 overflows a heap buffer
    // (H5O__msg_iterate_real, from H5Aexists). Whatever the library does with it in the
    // child, the caller gets a FileError and carries on.
    void theHdf5OverflowFixtureIsContained() {
        const std::filesystem::path fixture = CATNET_FIXTURES_DIR "/hdf5-attribute-overflow.bin";
        QVERIFY(std::filesystem::exists(fixture));
        QVERIFY_THROWS_EXCEPTION(FileError, loadModelIsolated(fixture));
        // And the process still works.
        QCOMPARE(initializeParameters({3, 1}, InitScheme::Small, 1).layerCount(), 1);
    }
};

QTEST_APPLESS_MAIN(TestIsolatedReader)
#include "tst_isolated_reader.moc"
