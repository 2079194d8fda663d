// The HDF5 dataset loader: a valid file, and each kind of wrong file, written by the test.
#include "engine/io/data_identity.h"
#include "engine/io/dataset.h"
#include "engine/io/hdf5_support.h"
#include "engine/io/split_features.h"
#include "engine/model/initialization.h"
#include "engine/io/synthetic_dataset.h"

#include "course_data.h"
#include "h5_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace catnet;
using catnet::test::SplitFixture;

class TestDataset : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::filesystem::path path(const char* name) const { return dir_.filePath(name).toStdString(); }

    // Loads `file` and checks that the error message contains every fragment.
    void expectError(const std::filesystem::path& file, const QStringList& fragments) {
        try {
            loadSplit(file, "train");
            QFAIL("the file was accepted");
        } catch (const FileError& e) {
            const QString message = e.what();
            QVERIFY2(message.contains(QString::fromStdString(file.string())), e.what());
            for (const QString& fragment : fragments)
                QVERIFY2(message.contains(fragment), qPrintable("missing '" + fragment + "' in: " + message));
        }
    }

private slots:
    void readsAValidFile() {
        const auto file = path("valid.h5");
        test::writeSplitFixture(file, SplitFixture{});
        const DataSplit split = loadSplit(file, "train");
        QCOMPARE(split.count(), 4);
        QCOMPARE(split.X.rows(), kFeatureCount);
        QCOMPARE(split.X.cols(), 4);
        QCOMPARE(split.classes, (std::vector<std::string>{"non-cat", "cat"}));
        QCOMPARE(split.label(1), 1);
        QCOMPARE(split.label(3), 0);
        // Pixel (h, w, c) of image i is row (h*64 + w)*3 + c of column i, divided by 255.
        const hsize_t row = (5 * 64 + 9) * 3 + 2;
        QCOMPARE(split.image(2)[row], std::uint8_t(test::fixturePixel(2, row) % 128));
        QCOMPARE(split.X(Eigen::Index(row), 2), (test::fixturePixel(2, row) % 128) / 255.0);
    }

    void refusesBrokenFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("missing") << "missing" << QStringList{"no such file"};
        QTest::newRow("empty") << "empty" << QStringList{"empty"};
        QTest::newRow("not hdf5") << "text" << QStringList{"not an HDF5 file"};
        QTest::newRow("truncated") << "truncated" << QStringList{"the file is truncated", "cut off"};
        QTest::newRow("wrong name") << "wrongname" << QStringList{"no dataset 'train_set_x'", "found: list_classes, test_set_x"};
        QTest::newRow("float images") << "float" << QStringList{"train_set_x", "unsigned 8-bit", "64-bit float"};
        QTest::newRow("signed images") << "int8" << QStringList{"signed 8-bit integer"};
        QTest::newRow("wrong rank") << "rank" << QStringList{"(N, 64, 64, 3)", "found shape (4, 12288)"};
        QTest::newRow("63x64 images") << "63" << QStringList{"found shape (4, 63, 64, 3)"};
        QTest::newRow("count mismatch") << "count" << QStringList{"train_set_y", "has 3 labels", "4 images"};
        QTest::newRow("label 2") << "label2" << QStringList{"label 2 is 2", "0 (non-cat) or 1 (cat)"};
        QTest::newRow("float labels") << "floatlabels" << QStringList{"integer labels", "64-bit float"};
        QTest::newRow("512-bit labels") << "widelabels" << QStringList{"integer labels", "signed 512-bit integer"};
        QTest::newRow("no classes") << "noclasses" << QStringList{"no dataset 'list_classes'"};
        QTest::newRow("variable-length classes") << "vlen" << QStringList{"list_classes", "variable-length"};
        QTest::newRow("billions of images") << "huge" << QStringList{"claims 1000000000 images"};
        QTest::newRow("folder") << "folder" << QStringList{"is a folder"};
        QTest::newRow("random bytes") << "random" << QStringList{"not an HDF5 file"};
        QTest::newRow("hdf5 signature then junk") << "signature" << QStringList{"'"};
        // Data that is not really there is refused, never read as zeros.
        QTest::newRow("images never written") << "unwritten" << QStringList{"train_set_x", "never written"};
        QTest::newRow("a compression bomb") << "bomb"
                                            << QStringList{"train_set_x", "claims 307 MB of values in 1.3 MB of compressed storage",
                                                           "one repeated value", "refused before unpacking"};
        QTest::newRow("images as a group") << "group" << QStringList{"train_set_x", "is a group"};
        QTest::newRow("virtual source missing") << "virtual" << QStringList{"virtual dataset", "'gone.h5' is missing"};
        QTest::newRow("LZF compression") << "lzf" << QStringList{"LZF", "re-save it with gzip"};
    }
    void refusesBrokenFiles() {
        QFETCH(QString, kind);
        QFETCH(QStringList, fragments);
        const std::filesystem::path file = path(qPrintable(kind + ".h5"));
        SplitFixture fixture;
        if (kind == "empty") {
            test::writeBytes(file, "");
        } else if (kind == "text") {
            test::writeBytes(file, "these are not the images you are looking for\n");
        } else if (kind == "truncated") {
            const auto whole = path("whole.h5");
            test::writeSplitFixture(whole, fixture);
            const std::string bytes = test::readBytes(whole);
            test::writeBytes(file, bytes.substr(0, bytes.size() * 2 / 3));
        } else if (kind == "random") {
            std::string bytes(8192, '\0');
            for (std::size_t i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 2654435761u) >> 13);
            test::writeBytes(file, bytes);
        } else if (kind == "signature") {
            std::string bytes("\x89HDF\r\n\x1a\n", 8); // appended, not added: GCC 12 misreads the sum (-Warray-bounds)
            bytes.append(4000, '\x7f');
            test::writeBytes(file, bytes);
        } else if (kind == "folder") {
            std::filesystem::create_directory(file);
        } else if (kind != "missing") {
            if (kind == "wrongname")
                fixture.prefix = "test";
            if (kind == "float")
                fixture.pixelType = SplitFixture::PixelType::Float64;
            if (kind == "int8")
                fixture.pixelType = SplitFixture::PixelType::Int8;
            if (kind == "rank")
                fixture.imageShape = {4, 12288};
            if (kind == "63")
                fixture.imageShape = {4, 63, 64, 3};
            if (kind == "count")
                fixture.labels = {0, 1, 1};
            if (kind == "label2")
                fixture.labels = {0, 1, 2, 0};
            if (kind == "floatlabels")
                fixture.floatLabels = true;
            if (kind == "widelabels")
                fixture.labelBytes = 64;
            if (kind == "noclasses")
                fixture.writeClasses = false;
            if (kind == "vlen")
                fixture.variableLengthClasses = true;
            if (kind == "huge") {
                fixture.imageShape = {1000000000, 64, 64, 3};
                fixture.allocateImages = false;
            }
            if (kind == "unwritten")
                fixture.allocateImages = false;
            const auto guard = hdf5::lock(); // the fixture writer uses HDF5 too
            test::writeSplitFixture(file, fixture);
            if (kind == "group" || kind == "virtual" || kind == "lzf")
                replaceImages(file, kind);
            if (kind == "bomb")
                writeZeroImageBomb(file);
        }
        expectError(file, fragments);
    }

    // Replaces train_set_x by a group, a virtual dataset whose source is gone, or a
    // dataset compressed with LZF (filter 32000, which Debian's HDF5 does not have).
    static void replaceImages(const std::filesystem::path& file, const QString& kind) {
        H5::H5File out(file.string(), H5F_ACC_RDWR);
        out.unlink("train_set_x");
        const hsize_t shape[4] = {4, 64, 64, 3};
        const hid_t space = H5Screate_simple(4, shape, nullptr);
        const hid_t plist = H5Pcreate(H5P_DATASET_CREATE);
        if (kind == "group") {
            out.createGroup("train_set_x");
        } else if (kind == "virtual") {
            H5Pset_virtual(plist, space, "gone.h5", "/train_set_x", space);
            H5Dclose(H5Dcreate2(out.getId(), "train_set_x", H5T_STD_U8LE, space, H5P_DEFAULT, plist, H5P_DEFAULT));
        } else {
            const hsize_t chunk[4] = {1, 64, 64, 3};
            H5Pset_chunk(plist, 4, chunk);
            H5Pset_filter(plist, 32000, H5Z_FLAG_OPTIONAL, 0, nullptr);
            const hid_t dataset = H5Dcreate2(out.getId(), "train_set_x", H5T_STD_U8LE, space, H5P_DEFAULT, plist, H5P_DEFAULT);
            const std::vector<std::uint8_t> pixels(4 * 64 * 64 * 3, 7);
            H5Dwrite(dataset, H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, pixels.data());
            H5Dclose(dataset);
        }
        H5Pclose(plist);
        H5Sclose(space);
    }

    // 25,000 black images, gzip'd: 307 MB of pixels in a file of a few hundred KB.
    static void writeZeroImageBomb(const std::filesystem::path& file) {
        H5::H5File out(file.string(), H5F_ACC_RDWR);
        out.unlink("train_set_x");
        const hsize_t images = 25000, perChunk = 1000;
        const hsize_t shape[4] = {images, 64, 64, 3}, chunk[4] = {perChunk, 64, 64, 3};
        H5::DSetCreatPropList plist;
        plist.setChunk(4, chunk);
        plist.setDeflate(1);
        H5::DataSpace space(4, shape);
        H5::DataSet dataset = out.createDataSet("train_set_x", H5::PredType::STD_U8LE, space, plist);
        const std::vector<std::uint8_t> zeros(perChunk * 64 * 64 * 3, 0);
        for (hsize_t first = 0; first < images; first += perChunk) {
            const hsize_t start[4] = {first, 0, 0, 0};
            space.selectHyperslab(H5S_SELECT_SET, chunk, start);
            dataset.write(zeros.data(), H5::PredType::NATIVE_UINT8, H5::DataSpace(4, chunk), space);
        }
    }

    void readsNonAsciiPaths() {
        const std::filesystem::path folder = std::filesystem::path(dir_.path().toStdString()) / "données-猫";
        std::filesystem::create_directory(folder);
        const auto file = folder / "entraînement.h5";
        {
            const auto guard = hdf5::lock();
            test::writeSplitFixture(file, SplitFixture{});
        }
        QCOMPARE(loadSplit(file, "train").count(), 4);
        SplitFixture broken;
        broken.labels = {0, 1, 5, 0};
        {
            const auto guard = hdf5::lock();
            test::writeSplitFixture(file, broken);
        }
        expectError(file, {"entraînement.h5", "label 2 is 5"});
    }

    void unreadableFileIsNamed() {
        if (geteuid() == 0)
            QSKIP("root reads files whatever their permissions");
        const auto file = path("locked.h5");
        test::writeSplitFixture(file, SplitFixture{});
        std::filesystem::permissions(file, std::filesystem::perms::none);
        expectError(file, {"cannot be opened for reading"});
    }

    void findsTheDataFolderInOrder() {
        const std::filesystem::path folder = path("course");
        std::filesystem::create_directory(folder);
        QVERIFY(!holdsCourseFiles(folder));
        test::writeBytes(folder / kTrainFileName, "x");
        test::writeBytes(folder / kTestFileName, "x");
        QVERIFY(holdsCourseFiles(folder));
        QCOMPARE(findDataDirectory(folder, "nowhere"), std::optional(folder));
        QCOMPARE(findDataDirectory(path("elsewhere"), folder), std::nullopt); // explicit wins, even if empty
        const QByteArray saved = qgetenv("CATNET_DATA");
        qputenv("CATNET_DATA", QByteArray::fromStdString(folder.string()));
        QCOMPARE(findDataDirectory(std::nullopt, "nowhere"), std::optional(folder));
        qunsetenv("CATNET_DATA");
        QCOMPARE(findDataDirectory(std::nullopt, folder), std::optional(folder));
        QCOMPARE(findDataDirectory(std::nullopt, "nowhere"), std::nullopt);
        if (!saved.isEmpty())
            qputenv("CATNET_DATA", saved);
    }

    void readsTheRealCourseFiles() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        QCOMPARE(data.train.count(), 209);
        QCOMPARE(data.test.count(), 50);
        QCOMPARE(data.train.classes, (std::vector<std::string>{"non-cat", "cat"}));
        QCOMPARE(int(data.train.Y.sum()), 72);  // the course's 72 cats among 209
        QCOMPARE(int(data.test.Y.sum()), 33);
        QVERIFY(data.train.X.minCoeff() >= 0.0 && data.train.X.maxCoeff() <= 1.0);
        // What runs record of the data they were measured on names it "the course's data".
        QCOMPARE(fingerprintOf(data), std::string(kCourseDataFingerprint));
        QCOMPARE(identify(data, "data").name, std::string("the course's data"));
    }

    void aFingerprintChangesWithAnyPixelOrLabel() {
        Dataset data{makeSyntheticSplit(20, 3), makeSyntheticSplit(6, 4)};
        const std::string original = fingerprintOf(data);
        QCOMPARE(original.size(), std::size_t(16));
        QCOMPARE(fingerprintOf(data), original); // the same content, the same fingerprint
        QCOMPARE(identify(data, "shapes").name, std::string("shapes"));
        data.test.pixels[5000] ^= 1;
        const std::string onePixel = fingerprintOf(data);
        QVERIFY(onePixel != original);
        data.test.pixels[5000] ^= 1;
        data.train.Y(0, 3) = 1.0 - data.train.Y(0, 3);
        QVERIFY(fingerprintOf(data) != original && fingerprintOf(data) != onePixel);
        data.train.Y(0, 3) = 1.0 - data.train.Y(0, 3);
        std::swap(data.train, data.test); // the same images in other splits are other data
        QVERIFY(fingerprintOf(data) != original);
    }

    // The window drops X and makes features where they are used (split_features.h): the
    // same numbers as X, also a block of images at a time.
    void featuresMadeFromThePixelsEqualX() {
        Dataset data{makeSyntheticSplit(kEvaluationBlock * 2 + 37, 5), makeSyntheticSplit(9, 6)};
        const Dataset held = data;
        dropFeatures(data);
        QCOMPARE(data.train.X.size(), Eigen::Index(0));
        QVERIFY(!holdsFeatures(data.train) && holdsFeatures(held.train));
        QCOMPARE(featureCount(data.train), kFeatureCount);
        QCOMPARE(featureCount(held.train), kFeatureCount);
        QCOMPARE(fingerprintOf(data), fingerprintOf(held)); // the same data
        Matrix made;
        QVERIFY(featuresOf(data.train, made) == held.train.X);
        QCOMPARE(&featuresOf(held.train, made), &held.train.X); // held: not made again
        QVERIFY(exampleFeatures(data.train, 1500) == held.train.X.col(1500));

        const Parameters parameters = initializeParameters({kFeatureCount, 4, 1}, InitScheme::Lecun, 3);
        for (const auto& [split, whole] : {std::pair{&data.train, &held.train}, std::pair{&data.test, &held.test}}) {
            const Evaluation expected = evaluate(parameters, whole->X, whole->Y, 0.5);
            const Evaluation blockwise = evaluateSplit(parameters, *split, 0.5);
            QVERIFY((blockwise.probabilities - expected.probabilities).cwiseAbs().maxCoeff() <= 1e-12);
            QCOMPARE(blockwise.predictions, expected.predictions);
            QCOMPARE(blockwise.accuracy, expected.accuracy);
            QCOMPARE(blockwise.mislabeled, expected.mislabeled);
        }
        // A set of up to one block is the very product evaluate() computes.
        QVERIFY(evaluateSplit(parameters, data.test).probabilities == evaluate(parameters, held.test.X, held.test.Y).probabilities);
    }

    // A split given as features only (no pixels) keeps them.
    void featuresWithoutPixelsAreKept() {
        Dataset data;
        data.train.X = Matrix::Constant(3, 4, 0.5);
        data.train.Y = Matrix::Zero(1, 4);
        dropFeatures(data);
        QCOMPARE(data.train.X.cols(), Eigen::Index(4));
        QCOMPARE(featureCount(data.train), Eigen::Index(3));
    }
};

QTEST_APPLESS_MAIN(TestDataset)
#include "tst_dataset.moc"
