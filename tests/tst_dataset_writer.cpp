// Writing a data set in the course's layout: read back by catnet's loader bit for bit,
// with the course's dtypes, shapes and class names (what h5py and load_data() expect),
// the real course files reproduced exactly, and a failed write leaving nothing behind.
#include "engine/io/dataset_writer.h"
#include "engine/io/hdf5_support.h"
#include "engine/io/synthetic_dataset.h"

#include "course_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace catnet;

namespace {

struct StoredDataset {
    H5T_class_t typeClass;
    std::size_t typeSize;
    H5T_sign_t sign = H5T_SGN_ERROR;
    std::vector<hsize_t> shape;
};

StoredDataset describeStored(const std::filesystem::path& file, const std::string& name) {
    const auto guard = hdf5::lock();
    const H5::H5File h5(file.string(), H5F_ACC_RDONLY);
    const H5::DataSet dataset = h5.openDataSet(name);
    const H5::DataType type = dataset.getDataType();
    StoredDataset stored{type.getClass(), type.getSize(), H5T_SGN_ERROR, hdf5::shapeOf(dataset)};
    if (stored.typeClass == H5T_INTEGER)
        stored.sign = dataset.getIntType().getSign();
    return stored;
}

} // namespace

class TestDatasetWriter : public QObject {
    Q_OBJECT

private slots:
    void writesTheCourseLayout() {
        QTemporaryDir dir;
        const Dataset data{makeSyntheticSplit(30, 5), makeSyntheticSplit(12, 6)};
        saveCourseDataset(dir.path().toStdString(), data);
        const std::filesystem::path train = dir.filePath(kTrainFileName).toStdString();
        const std::filesystem::path test = dir.filePath(kTestFileName).toStdString();

        const StoredDataset x = describeStored(train, "train_set_x");
        QCOMPARE(x.typeClass, H5T_INTEGER);
        QCOMPARE(x.typeSize, std::size_t(1));
        QCOMPARE(x.sign, H5T_SGN_NONE); // uint8, as numpy's images
        QCOMPARE(x.shape, (std::vector<hsize_t>{30, 64, 64, 3}));
        const StoredDataset y = describeStored(test, "test_set_y");
        QCOMPARE(y.typeClass, H5T_INTEGER);
        QCOMPARE(y.typeSize, std::size_t(8));
        QCOMPARE(y.shape, (std::vector<hsize_t>{12}));
        const StoredDataset classes = describeStored(train, "list_classes");
        QCOMPARE(classes.typeClass, H5T_STRING);
        QCOMPARE(classes.typeSize, std::size_t(7)); // |S7
        QCOMPARE(classes.shape, (std::vector<hsize_t>{2}));

        const Dataset back = loadCourseDataset(dir.path().toStdString());
        for (const auto& [written, read] : {std::pair{&data.train, &back.train}, std::pair{&data.test, &back.test}}) {
            QVERIFY(read->pixels == written->pixels);
            QVERIFY(read->Y == written->Y);
            QVERIFY(read->X == written->X);
            QCOMPARE(read->classes, (std::vector<std::string>{"non-cat", "cat"}));
        }
    }

    // The course's own files, read and written again, hold the same images and labels.
    void reproducesTheCourseFiles() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        const Dataset& course = test::courseDataset();
        saveCourseDataset(dir.path().toStdString(), course);
        const Dataset back = loadCourseDataset(dir.path().toStdString());
        QVERIFY(back.train.pixels == course.train.pixels);
        QVERIFY(back.test.pixels == course.test.pixels);
        QVERIFY(back.train.Y == course.train.Y);
        QVERIFY(back.test.Y == course.test.Y);
        QCOMPARE(back.train.classes, course.train.classes);
    }

    // Nothing is replaced unless both files are written: a folder that cannot take them
    // keeps what it had.
    void aFailedWriteLeavesTheFolderAsItWas() {
        QTemporaryDir dir;
        const Dataset first{makeSyntheticSplit(4, 1), makeSyntheticSplit(3, 2)};
        saveCourseDataset(dir.path().toStdString(), first);
        Dataset broken{makeSyntheticSplit(5, 3), makeSyntheticSplit(3, 4)};
        broken.test.Y(0, 1) = 2.0; // not a label: refused before anything is written
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saveCourseDataset(dir.path().toStdString(), broken));
        QCOMPARE(loadCourseDataset(dir.path().toStdString()).train.count(), 4);
        QVERIFY_THROWS_EXCEPTION(FileError, saveCourseDataset("/nonexistent-folder/data", first));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporaries left
    }
};

QTEST_APPLESS_MAIN(TestDatasetWriter)
#include "tst_dataset_writer.moc"
