// Saving never destroys what it should not: devices, FIFOs and folders are refused,
// links are written through, permissions kept, stale temporaries of ours cleaned up.
#include "engine/io/atomic_file.h"
#include "engine/io/file_error.h"
#include "engine/io/model_io.h"
#include "engine/model/initialization.h"

#include <QTemporaryDir>
#include <QTest>

#include <QScopeGuard>

#include <sys/mount.h>
#include <sys/stat.h>

#include <fstream>

using namespace catnet;
namespace fs = std::filesystem;

namespace {

SavedModel smallModel(std::uint32_t seed) {
    SavedModel model;
    model.config.layerDims = {6, 3, 1};
    model.parameters = initializeParameters(model.config.layerDims, InitScheme::He, seed);
    return model;
}

std::string contents(const fs::path& file) {
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), {}};
}

template <typename Save>
QString refusal(const Save& save) {
    try {
        save();
    } catch (const FileError& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    fs::path path(const char* name) const { return dir_.filePath(name).toStdString(); }

    static void writeTemporary(const AtomicWrite& write, const std::string& text) {
        std::ofstream(write.temporary()) << text;
    }
    static int leftovers(const fs::path& folder) {
        int count = 0;
        for (const auto& entry : fs::directory_iterator(folder))
            count += entry.path().filename().string().find(".tmp-") != std::string::npos;
        return count;
    }

private slots:
    // The data set's two files go in together: when the second cannot be put in place, the
    // first is put back, and the message says nothing changed (catnet-import mixed a new
    // train file with the old test file).
    void filesCommittedTogetherAreAllReplacedOrNone() {
        const fs::path a = path("together-a"), b = path("together-b");
        fs::create_directories(a);
        fs::create_directories(b);
        std::ofstream(a / "train.h5") << "old train";
        {
            AtomicWrite train(a / "train.h5"), test(b / "test.h5"), fresh(a / "fresh.h5");
            writeTemporary(train, "new train");
            writeTemporary(test, "new test");
            writeTemporary(fresh, "new file");
            fs::remove_all(b); // the second rename now fails (its folder is gone)
            const QString message = refusal([&] { commitTogether({&train, &fresh, &test}); });
            QVERIFY2(message.contains("test.h5': cannot replace the file") && message.endsWith("nothing was changed"),
                     qPrintable(message));
        }
        QCOMPARE(contents(a / "train.h5"), std::string("old train")); // put back
        QVERIFY(!fs::exists(a / "fresh.h5"));                        // there was none before
        QCOMPARE(leftovers(a), 0);

        fs::create_directories(b);
        {
            AtomicWrite train(a / "train.h5"), test(b / "test.h5");
            writeTemporary(train, "new train");
            writeTemporary(test, "new test");
            commitTogether({&train, &test});
        }
        QCOMPARE(contents(a / "train.h5"), std::string("new train"));
        QCOMPARE(contents(b / "test.h5"), std::string("new test"));
        QCOMPARE(leftovers(a) + leftovers(b), 0);
    }

    void devicesAreNeverReplaced_data() {
        QTest::addColumn<QString>("device");
        QTest::newRow("/dev/null") << "/dev/null";
        QTest::newRow("/dev/full") << "/dev/full";
    }
    void devicesAreNeverReplaced() {
        QFETCH(QString, device);
        const fs::path file = device.toStdString();
        const QString message = refusal([&] { saveModel(file, smallModel(1)); });
        QVERIFY2(message.contains("not a regular file but a device"), qPrintable(message));
        QVERIFY(fs::is_character_file(file)); // still the device node, even when run as root
        QVERIFY(refusal([&] { writeFileAtomically(file, "{}"); }).contains("not a regular file"));
    }

    void fifosAndFoldersAreRefused() {
        const fs::path fifo = path("pipe");
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        QVERIFY(refusal([&] { saveModel(fifo, smallModel(1)); }).contains("but a FIFO"));
        QVERIFY(fs::is_fifo(fifo));
        fs::create_directory(path("folder"));
        QVERIFY(refusal([&] { writeFileAtomically(path("folder"), "x"); }).contains("but a folder"));
    }

    void aLinkIsWrittenThrough() {
        const fs::path real = path("real.h5"), link = path("link.h5");
        saveModel(real, smallModel(1));
        fs::create_symlink(real, link);
        saveModel(link, smallModel(2));
        QVERIFY(fs::is_symlink(fs::symlink_status(link))); // the link stays a link
        QVERIFY(loadModel(real).parameters.W[0] == smallModel(2).parameters.W[0]); // its target was replaced
    }

    void permissionsAreKept() {
        const fs::path file = path("private.json");
        writeFileAtomically(file, "old");
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
        writeFileAtomically(file, "new");
        QCOMPARE(contents(file), std::string("new"));
        QCOMPARE(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    }

    void staleTemporariesOfOursAreRemoved() {
        const fs::path folder = path("stale");
        fs::create_directory(folder);
        const auto write = [&](const char* name, std::chrono::minutes age) {
            std::ofstream(folder / name) << "left by a killed save";
            fs::last_write_time(folder / name, fs::file_time_type::clock::now() - age);
        };
        write(".model.h5.tmp-123", std::chrono::minutes(60));      // ours, old: removed
        write(".model.h5.tmp-456", std::chrono::minutes(1));       // ours, recent (a save under way): kept
        write(".other.h5.tmp-789", std::chrono::minutes(60));      // another file's: kept by a save of model.h5
        write("notes.tmp-1", std::chrono::minutes(60));            // not our pattern: kept
        write(".model.h5.tmp-abc", std::chrono::minutes(60));      // not our pattern: kept
        saveModel(folder / "model.h5", smallModel(1));
        QVERIFY(!fs::exists(folder / ".model.h5.tmp-123"));
        for (const char* kept : {".model.h5.tmp-456", ".other.h5.tmp-789", "notes.tmp-1", ".model.h5.tmp-abc"})
            QVERIFY2(fs::exists(folder / kept), kept);
        removeStaleTemporaries(folder); // at start: every old temporary of ours
        QVERIFY(!fs::exists(folder / ".other.h5.tmp-789"));
        QVERIFY(fs::exists(folder / ".model.h5.tmp-456"));
        QVERIFY(fs::exists(folder / "notes.tmp-1"));
    }

    // A full disk is named as such (HDF5 says only "write failed"), and the old file stays.
    // Needs a small file system of its own: a 256 KB tmpfs, which only root can mount.
    void aFullDiskSaysSo() {
        const fs::path folder = path("small-disk");
        fs::create_directory(folder);
        if (::mount("catnet-test", folder.c_str(), "tmpfs", 0, "size=256k") != 0)
            QSKIP("mounting a small file system needs root (CAP_SYS_ADMIN)");
        const auto unmount = qScopeGuard([&] { ::umount2(folder.c_str(), MNT_DETACH); });
        saveModel(folder / "model.h5", smallModel(1));
        SavedModel large;
        large.config.layerDims = {12288, 20, 1}; // 2 MB of weights
        large.parameters = initializeParameters(large.config.layerDims, InitScheme::He, 1);
        QCOMPARE(refusal([&] { saveModel(folder / "model.h5", large); }),
                 QString("'%1': cannot save the model (no space left on the device)")
                     .arg(QString::fromStdString((folder / "model.h5").string())));
        QCOMPARE(loadModel(folder / "model.h5").parameters.W[0], smallModel(1).parameters.W[0]);
        QCOMPARE(leftovers(folder), 0);
    }
};

QTEST_APPLESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
