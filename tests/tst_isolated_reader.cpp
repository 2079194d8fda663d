// Files are parsed by the reader program: same results as in-process, same messages;
// a crash of the parser (as libhdf5 can on malformed files), a hang or a stop is only a
// message, and files that would block are refused before reading.
#include "engine/io/hdf5_support.h"
#include "engine/io/isolated_reader.h"
#include "engine/model/initialization.h"

#include "h5_fixtures.h"

#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

#include <sys/stat.h>

#include <fstream>
#include <thread>

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

    // A stand-in for the reader program: a shell script doing `body`.
    ReaderProgram standIn(const char* name, const char* body, std::chrono::milliseconds limit = kReadTimeLimit) {
        const std::filesystem::path script = path(name);
        test::writeBytes(script, std::string("#!/bin/sh\n") + body + "\n");
        std::filesystem::permissions(script, std::filesystem::perms::owner_all);
        return {script, limit};
    }

    QString readError(const std::filesystem::path& file, const ReaderProgram& program = {}, std::stop_token stop = {}) {
        try {
            readInReaderProcess(file, {"model", file.string()}, stop, program);
        } catch (const FileError& e) {
            return e.what();
        }
        return {};
    }

    // Found by fuzz_reader_reply: an empty matrix in a reply was copied from a null
    // pointer (undefined behaviour). Replies that do not hold together are refused.
    void aBrokenReplyIsRefused() {
        std::string reply;
        for (std::int64_t value : {1, 0, 0, 0, 0}) // one layer, W and b of shape (0, 0), then nothing
            reply.append(reinterpret_cast<const char*>(&value), sizeof value);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, modelFromReaderReply(reply));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, splitFromReaderReply(reply.substr(0, 12), "x.h5"));
        // No pixels, labels of shape (0, 2⁶²): the image count must not overflow.
        std::string split;
        for (std::int64_t value : {std::int64_t(0), std::int64_t(0), std::int64_t(1) << 62, std::int64_t(0)})
            split.append(reinterpret_cast<const char*>(&value), sizeof value);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, splitFromReaderReply(split, "x.h5"));
    }

    void aCrashingReaderIsOnlyAMessage() {
        const QString message = readError(path("x.h5"), standIn("crash.sh", "kill -SEGV $$"));
        QVERIFY2(message.contains("failed while reading it (signal 11)"), qPrintable(message));
    }

    void aHangingReaderIsKilledAfterTheTimeLimit() {
        const QString message = readError(path("x.h5"), standIn("hang.sh", "exec sleep 600", std::chrono::milliseconds(300)));
        QVERIFY2(message.contains("took longer than") && message.contains("given up"), qPrintable(message));
    }

    // The limit grows with the file: a second more for every 10 MB, so a 2 GB model
    // catnet wrote (inside its own parameter limit) has 60 + 214 s, not 60.
    void theTimeLimitGrowsWithTheFile() {
        QCOMPARE(readTimeLimit(path("missing.h5")), kReadTimeLimit);
        const std::filesystem::path large = path("large.h5");
        std::ofstream(large).close();
        std::filesystem::resize_file(large, 2'140'000'000); // sparse: no disk used
        QCOMPARE(readTimeLimit(large), std::chrono::milliseconds(60'000 + 214'000));
        QCOMPARE(readTimeLimit(large, std::chrono::milliseconds(300)), std::chrono::milliseconds(300 + 214'000));
        std::filesystem::remove(large);
    }

    // A large model catnet wrote comes back whole through the reader (100 MB here: what
    // CI holds easily; the 2 GB case differs only in the time it may take).
    void aLargeModelComesBackWhole() {
        SavedModel model;
        model.config.layerDims = {12288, 1000, 1};
        model.parameters = initializeParameters(model.config.layerDims, InitScheme::He, 3);
        saveModel(path("large-model.h5"), model);
        QVERIFY(std::filesystem::file_size(path("large-model.h5")) > 98'000'000);
        const SavedModel isolated = loadModelIsolated(path("large-model.h5"));
        QVERIFY(isolated.parameters.W[0] == model.parameters.W[0]);
        QVERIFY(isolated.parameters.W[1] == model.parameters.W[1]);
        std::filesystem::remove(path("large-model.h5"));
    }

    void aStopEndsTheReader() {
        std::stop_source stop;
        std::jthread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            stop.request_stop();
        });
        const QString message = readError(path("x.h5"), standIn("wait.sh", "exec sleep 600"), stop.get_token());
        QVERIFY2(message.contains("reading it was stopped"), qPrintable(message));
    }

    void aMissingReaderProgramIsNamed() {
        const QString message = readError(path("x.h5"), ReaderProgram{path("no-such-reader"), kReadTimeLimit});
        QVERIFY2(message.contains("reader program") && message.contains("is missing"), qPrintable(message));
    }

    void theRealReaderIsFoundNextToThisProgram() {
        QVERIFY2(std::filesystem::exists(readerExecutable()), readerExecutable().c_str());
    }

    // A FIFO would block whoever opens it: refused before any reading starts.
    void aFifoIsRefused() {
        const std::filesystem::path fifo = path("dataset-fifo.h5");
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        QString message;
        try {
            loadSplitIsolated(fifo, "train");
        } catch (const FileError& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("not a regular file"), qPrintable(message));
    }

    // A file another program holds open for writing (as h5py does) is named as such.
    void aFileOpenForWritingIsNamedSo() {
        const std::filesystem::path file = path("being-written.h5");
        const auto guard = hdf5::lock();
        test::writeSplitFixture(file, test::SplitFixture{});
        const H5::H5File writer(file.string(), H5F_ACC_RDWR); // holds HDF5's write lock
        QString message;
        try {
            loadSplitIsolated(file, "train");
        } catch (const FileError& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("another program has it open for writing"), qPrintable(message));
    }

    // An external link, to a FIFO (HDF5 would block opening it) or to a file that links
    // on to a FIFO (each read would stall until the time limit), and a soft link: refused
    // before anything follows them, at once.
    void linksOutOfTheFileAreRefused_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("external link to a FIFO") << "fifo";
        QTest::newRow("external link to a file linking to a FIFO") << "chain";
        QTest::newRow("soft link") << "soft";
    }
    void linksOutOfTheFileAreRefused() {
        QFETCH(QString, kind);
        const std::filesystem::path fifo = path("images-fifo.h5");
        if (!std::filesystem::exists(fifo))
            QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        const std::filesystem::path middle = path("middle.h5");
        const std::filesystem::path file = path("linked.h5");
        {
            const auto guard = hdf5::lock();
            test::writeSplitFixture(middle, test::SplitFixture{});
            H5::H5File between(middle.string(), H5F_ACC_RDWR);
            between.unlink("train_set_x");
            QVERIFY(H5Lcreate_external(fifo.filename().c_str(), "/train_set_x", between.getId(), "train_set_x",
                                       H5P_DEFAULT, H5P_DEFAULT) >= 0);
            test::writeSplitFixture(file, test::SplitFixture{});
            H5::H5File out(file.string(), H5F_ACC_RDWR);
            out.unlink("train_set_x");
            if (kind == "soft")
                QVERIFY(H5Lcreate_soft("/train_set_y", out.getId(), "train_set_x", H5P_DEFAULT, H5P_DEFAULT) >= 0);
            else
                QVERIFY(H5Lcreate_external((kind == "fifo" ? fifo : middle).filename().c_str(), "/train_set_x",
                                           out.getId(), "train_set_x", H5P_DEFAULT, H5P_DEFAULT) >= 0);
        }
        QElapsedTimer clock;
        clock.start();
        QString message;
        try {
            loadSplitIsolated(file, "train");
        } catch (const FileError& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("'train_set_x' is " + QString(kind == "soft" ? "a soft" : "an external link to")) &&
                     message.contains("catnet reads only self-contained files"),
                 qPrintable(message));
        QVERIFY2(clock.elapsed() < 30'000, "refused from the link, not after the reader's 60 s limit");
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
