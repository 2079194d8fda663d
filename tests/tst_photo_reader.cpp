// Photos are decoded by the reader program, never in the process that asked: what it
// hands back equals decoding in place, and a photo that crashes it, hangs it or is
// stopped becomes a one-line refusal while the photos after it are still read.
#include "photo/photo_decoder.h"
#include "photo/photo_loader.h"

#include "h5_fixtures.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <future>
#include <sstream>

#include <unistd.h>

using namespace catnet;
using namespace catnet::ui;

class TestPhotoReader : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    QString photo(const QString& name, QColor colour, QSize size = {80, 60}) {
        QImage image(size, QImage::Format_RGB888);
        image.fill(colour);
        const QString path = dir_.filePath(name);
        if (!image.save(path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A stand-in for the reader program: a shell script doing `body`, where $READER is
    // the real reader and $3, $4 … are the photos asked for.
    ReaderProgram standIn(const char* name, const std::string& body, std::chrono::milliseconds limit = kReadTimeLimit) {
        const std::filesystem::path script = dir_.filePath(name).toStdString();
        test::writeBytes(script, "#!/bin/sh\nREADER='" + readerExecutable().string() + "'\n" + body + "\n");
        std::filesystem::permissions(script, std::filesystem::perms::owner_all);
        return {script, limit};
    }

private slots:
    void handsBackWhatDecodingInPlaceGives() {
        const QStringList paths = {photo("red.png", Qt::red), photo("wide.jpg", QColor(20, 140, 60), {3000, 1200})};
        const std::vector<PhotoReading> readings = readPhotos(paths, PhotoDetail::WithPreview);
        QCOMPARE(readings.size(), std::size_t(2));
        for (std::size_t i = 0; i < readings.size(); ++i) {
            QVERIFY2(readings[i].ok(), qPrintable(readings[i].problem));
            const PhotoInput here = decodePhotoFile(paths[qsizetype(i)]);
            QCOMPARE(readings[i].photo.pixels, here.pixels);
            QCOMPARE(readings[i].photo.decodedSize, here.decodedSize);
            QCOMPARE(readings[i].photo.preview, here.preview);
        }
        QCOMPARE(readings[1].photo.decodedSize, QSize(3000, 1200));
        QCOMPARE(readings[1].photo.preview.size(), QSize(1024, 409)); // a preview, not the photo
        // Pixels only: no preview travels.
        QVERIFY(readPhotos(paths, PhotoDetail::Pixels)[1].photo.preview.isNull());
    }

    // A name is any bytes but '/' and NUL: one from an old camera is Latin-1, which a
    // QString cannot carry, and a line break is legal. Such photos are read like any other.
    void photosWithNamesQtCannotSpellAreRead() {
        const QString ordinary = photo("blue.png", Qt::blue);
        const QByteArray latin1 = QFile::encodeName(dir_.path()) + "/caf\xe9.png";
        const QByteArray lineBreak = QFile::encodeName(dir_.path()) + "/two\nlines.png";
        for (const QByteArray& name : {latin1, lineBreak})
            std::filesystem::copy_file(QFile::encodeName(ordinary).toStdString(), name.toStdString());
        const std::vector<PhotoReading> readings = readPhotos(std::vector<QByteArray>{latin1, lineBreak}, PhotoDetail::Pixels);
        const PhotoInput expected = decodePhotoFile(ordinary);
        for (const PhotoReading& reading : readings) {
            QVERIFY2(reading.ok(), qPrintable(reading.problem));
            QCOMPARE(reading.photo.pixels, expected.pixels);
        }
        std::filesystem::remove(latin1.toStdString()); // QTemporaryDir cannot name it to remove it
        // Its problems show the name with U+FFFD for the byte that is not UTF-8.
        QCOMPARE(readPhotos(std::vector<QByteArray>{latin1}, PhotoDetail::Pixels).front().problem,
                 QString("caf\uFFFD.png: no such file"));
    }

    // Each refusal before opening says its true cause.
    void refusalsBeforeOpeningSayWhy() {
        const QString loop = dir_.filePath("loop.png");
        std::filesystem::create_symlink(loop.toStdString(), loop.toStdString());
        QCOMPARE(refusalBeforeOpening(QFile::encodeName(loop)), QString("loop.png: a symbolic link that leads back to itself"));
        QCOMPARE(refusalBeforeOpening(QFile::encodeName(dir_.path())).section(": ", 1), QString("is a folder; drop an image file"));
        QCOMPARE(refusalBeforeOpening("/dev/null"), QString("null: is not a regular file (a FIFO, a device or a socket)"));
        const QString locked = photo("locked.png", Qt::green);
        QFile(locked).setPermissions(QFileDevice::WriteOwner);
        if (::geteuid() != 0) // root reads it anyway
            QCOMPARE(refusalBeforeOpening(QFile::encodeName(locked)), QString("locked.png: cannot be read: permission denied"));
    }

    void eachPhotoGetsItsOwnAnswerInOrder() {
        QStringList paths;
        for (int i = 0; i < kPhotosPerReader + 5; ++i) // two readers' worth
            paths << photo(QString("grey-%1.png").arg(i), QColor(i, i, i));
        paths.insert(3, dir_.filePath("missing.png"));
        const std::vector<PhotoReading> readings = readPhotos(paths, PhotoDetail::Pixels);
        QCOMPARE(readings.size(), std::size_t(paths.size()));
        QCOMPARE(readings[3].problem, QString("missing.png: no such file"));
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (i == 3)
                continue;
            const int grey = int(i < 3 ? i : i - 1);
            QVERIFY2(readings[std::size_t(i)].ok(), qPrintable(readings[std::size_t(i)].problem));
            QCOMPARE(int(readings[std::size_t(i)].photo.pixels[100]), grey);
        }
    }

    void aPhotoThatCrashesTheReaderIsRefusedAndTheRestAreRead() {
        const QStringList paths = {photo("a.png", Qt::red), photo("b.png", Qt::green), photo("c.png", Qt::blue)};
        // Answers for the first photo it is given, then dies as a decoder bug would.
        const ReaderProgram crashing = standIn("crash.sh", "\"$READER\" photos \"$2\" \"$3\"; kill -SEGV $$");
        const std::vector<PhotoReading> readings = readPhotos(paths, PhotoDetail::Pixels, {}, crashing);
        QVERIFY2(readings[0].ok(), qPrintable(readings[0].problem));
        QCOMPARE(readings[1].problem, QString("b.png: the image decoder crashed on it (signal 11); the file is damaged "
                                              "or not what it claims to be"));
        QVERIFY2(readings[2].ok(), qPrintable(readings[2].problem)); // by a new reader
        QCOMPARE(int(readings[2].photo.pixels[2]), 255);             // blue
    }

    void aPhotoThatHangsTheReaderIsGivenUpAfterTheLimit() {
        const QStringList paths = {photo("fine.png", Qt::red), photo("stuck.png", Qt::green)};
        const ReaderProgram hanging =
            standIn("hang.sh", "\"$READER\" photos \"$2\" \"$3\"; exec sleep 600", std::chrono::milliseconds(1000));
        const std::vector<PhotoReading> readings = readPhotos(paths, PhotoDetail::Pixels, {}, hanging);
        QVERIFY(readings[0].ok());
        QCOMPARE(readings[1].problem, QString("stuck.png: decoding it took longer than 1 s, so it was given up (does "
                                              "it refer to a FIFO or a network drive?)"));
    }

    void theLimitIsForEachPhotoNotTheWholeBatch() {
        const QStringList paths = {photo("one.png", Qt::red), photo("two.png", Qt::green), photo("three.png", Qt::blue)};
        // 1.2 s in all, 0.4 s before each answer, within a limit of 1 s.
        const ReaderProgram slow = standIn("slow.sh", "for f in \"$3\" \"$4\" \"$5\"; do sleep 0.4; \"$READER\" photos "
                                                      "\"$2\" \"$f\"; done",
                                           std::chrono::milliseconds(1000));
        for (const PhotoReading& reading : readPhotos(paths, PhotoDetail::Pixels, {}, slow))
            QVERIFY2(reading.ok(), qPrintable(reading.problem));
    }

    void aStopEndsTheReadingAtOnce() {
        const QStringList paths = {photo("x.png", Qt::red), photo("y.png", Qt::green)};
        std::stop_source stop;
        auto reading = std::async(std::launch::async, [&] {
            return readPhotos(paths, PhotoDetail::Pixels, stop.get_token(), standIn("wait.sh", "exec sleep 600"));
        });
        QTest::qWait(200);
        stop.request_stop();
        QCOMPARE(reading.wait_for(std::chrono::seconds(10)), std::future_status::ready);
        for (const PhotoReading& r : reading.get())
            QVERIFY2(r.problem.endsWith(": reading it was stopped"), qPrintable(r.problem));
    }

    void aMissingReaderProgramIsSaidForEachPhoto() {
        const std::vector<PhotoReading> readings = readPhotos({photo("p.png", Qt::red)}, PhotoDetail::Pixels, {},
                                                              ReaderProgram{dir_.filePath("no-reader").toStdString()});
        QVERIFY2(readings[0].problem.startsWith("p.png: cannot start ") && readings[0].problem.contains("no-reader"),
                 qPrintable(readings[0].problem));
    }

    void recordsThatDoNotHoldTogetherAreNotUsed() {
        const std::string good = [&] {
            std::ostringstream out;
            runPhotoReader({"photos", "preview", photo("g.png", Qt::red).toStdString()}, out);
            return out.str();
        }();
        QCOMPARE(photoRecordsFromReply(good, PhotoDetail::WithPreview).size(), std::size_t(1));
        // Cut anywhere: no record.
        for (std::size_t cut : {std::size_t(1), std::size_t(9), good.size() / 2, good.size() - 1})
            QCOMPARE(photoRecordsFromReply(std::string_view(good).substr(0, cut), PhotoDetail::WithPreview).size(),
                     std::size_t(0));
        QCOMPARE(photoRecordsFromReply("X", PhotoDetail::Pixels).size(), std::size_t(0));
        // Two records, the second cut short: the first stands.
        QCOMPARE(photoRecordsFromReply(good + good.substr(0, 20), PhotoDetail::WithPreview).size(), std::size_t(1));
    }
};

QTEST_MAIN(TestPhotoReader)
#include "tst_photo_reader.moc"
