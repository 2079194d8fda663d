// catnet-train's looking-inside outputs (--iterations 0, --inspect-iteration,
// --gradient-check, --saliency), read back from their HDF5 files and checked against
// SPEC §6 and §7.
#include "cli/train_command.h"
#include "engine/io/dataset.h"
#include "engine/io/hdf5_support.h"

#include "course_data.h"
#include "photo_decoders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>
#include <sstream>

using namespace catnet;
using namespace catnet::cli;

namespace {

struct Array {
    std::vector<hsize_t> shape;
    std::vector<double> values; // row-major, as numpy reads them
};

Array readArray(const QString& file, const char* name) {
    const auto guard = hdf5::lock();
    const H5::H5File in(file.toStdString(), H5F_ACC_RDONLY);
    const H5::DataSet dataset = in.openDataSet(name);
    Array array;
    array.shape = hdf5::shapeOf(dataset);
    array.values.resize(std::accumulate(array.shape.begin(), array.shape.end(), hsize_t{1}, std::multiplies<>()));
    dataset.read(array.values.data(), H5::PredType::NATIVE_DOUBLE);
    return array;
}

double readAttribute(const QString& file, const char* name) {
    const auto guard = hdf5::lock();
    const H5::H5File in(file.toStdString(), H5F_ACC_RDONLY);
    double value = 0;
    in.openAttribute(name).read(H5::PredType::NATIVE_DOUBLE, &value);
    return value;
}

double norm(const Array& array) {
    return std::sqrt(std::inner_product(array.values.begin(), array.values.end(), array.values.begin(), 0.0));
}

struct Result {
    int exitCode;
    QString out, err;
};

Result runCli(std::vector<std::string> arguments, const PhotoDecoder& decodePhoto = {}) {
    arguments.insert(arguments.begin(), {"--data", test::courseDataDirectory().value().string()});
    std::ostringstream out, err;
    const int code = runTrainCommand(arguments, out, err, {}, decodePhoto);
    return {code, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

QJsonObject readJson(const QString& file) {
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(in.readAll()).object();
}

} // namespace

class TestInspectCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void zeroIterationsEvaluatesTheInitialParameters() {
        const Result result = runCli({"--iterations", "0", "--json", path("zero.json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = readJson(dir_.filePath("zero.json"));
        QCOMPARE(report["iterations_run"].toInt(), 0);
        QCOMPARE(report["costs"].toArray().size(), 0);
        QCOMPARE(report["train_accuracy"].toDouble(), 72.0 / 209); // the untrained net says "non-cat" mostly
    }

    void inspectIterationZeroHoldsTheCourseValues() {
        const QString file = dir_.filePath("it0.h5");
        QCOMPARE(runCli({"--iterations", "0", "-q", "--inspect-iteration", "0", file.toStdString()}).exitCode, 0);
        // SPEC §6: the L-layer run's cost at iteration 0; §7: the gradients' norms there.
        QVERIFY(std::abs(readAttribute(file, "cost") - 0.771749328) < 1e-9);
        QCOMPARE(readAttribute(file, "iteration"), 0.0);
        QVERIFY(std::abs(norm(readArray(file, "dW1")) - 6.1603475450) < 1e-9);
        QVERIFY(std::abs(norm(readArray(file, "db3")) - 0.2589663631) < 1e-9);
        QVERIFY(std::abs(norm(readArray(file, "dA0")) - 5.1930277792) < 1e-9);
        const Array dW1 = readArray(file, "dW1");
        QCOMPARE(dW1.shape, (std::vector<hsize_t>{20, 12288}));
        QVERIFY(std::abs(dW1.values[3 * 12288 + 100] - 2.4286476703e-03) < 1e-13); // dW1[3, 100], row-major
        QCOMPARE(readArray(file, "Z1").shape, (std::vector<hsize_t>{20, 209}));
        QCOMPARE(readArray(file, "A4").shape, (std::vector<hsize_t>{1, 209}));
        QCOMPARE(readArray(file, "b2").shape, (std::vector<hsize_t>{7, 1}));
        // A0 is X: pixel bytes / 255, image after image in numpy's (12288, 209) layout.
        const Array A0 = readArray(file, "A0");
        QCOMPARE(A0.shape, (std::vector<hsize_t>{12288, 209}));
        QCOMPARE(A0.values[0], test::courseDataset().train.X(0, 0));
        QCOMPARE(A0.values[209 * 5 + 7], test::courseDataset().train.X(5, 7));
        // ReLU outputs and the sigmoid's: A1 = max(0, Z1).
        const Array Z1 = readArray(file, "Z1"), A1 = readArray(file, "A1");
        for (std::size_t i = 0; i < Z1.values.size(); i += 97)
            QCOMPARE(A1.values[i], std::max(0.0, Z1.values[i]));
    }

    void inspectIterationHundredIsAfterAHundredUpdates() {
        const QString file = dir_.filePath("it100.h5");
        QCOMPARE(runCli({"--iterations", "5", "-q", "--inspect-iteration", "100", file.toStdString()}).exitCode, 0);
        QVERIFY(std::abs(readAttribute(file, "cost") - 0.672053440) < 1e-8); // SPEC §6 at iteration 100
        QCOMPARE(readAttribute(file, "iteration"), 100.0);
    }

    void gradientCheckAtTheInitialization() {
        const QString file = dir_.filePath("gc.h5");
        const Result result =
            runCli({"--iterations", "0", "--gradient-check", file.toStdString(), "--json", path("gc.json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Gradient check: difference"), qPrintable(result.out));
        const QJsonObject check = readJson(dir_.filePath("gc.json"))["gradient_check"].toObject();
        QVERIFY(check["difference"].toDouble() < 2e-7);
        QVERIFY(check["difference"].toDouble() > 0);
        QCOMPARE(check["epsilon"].toDouble(), 1e-7);
        QCOMPARE(check["parameters"].toInt(), 245973);
        QVERIFY(check["seconds"].toDouble() > 0);
        const QJsonArray layers = check["layers"].toArray();
        QCOMPARE(layers.size(), 4);
        QCOMPARE(layers[3].toObject()["layer"].toInt(), 4);
        QVERIFY(layers[0].toObject()["dW_difference"].toDouble() < 2e-7);
        QVERIFY(layers[2].toObject().contains("db_difference"));
        QCOMPARE(readAttribute(file, "epsilon"), 1e-7);
        QCOMPARE(readAttribute(file, "difference"), check["difference"].toDouble());
        const Array numerical = readArray(file, "numerical_db3");
        QCOMPARE(numerical.shape, (std::vector<hsize_t>{5, 1}));
        QVERIFY(std::abs(numerical.values[2] - 1.2347731726e-01) < 1e-9);
        QCOMPARE(readArray(file, "numerical_dW1").shape, (std::vector<hsize_t>{20, 12288}));
        QVERIFY(std::abs(norm(readArray(file, "dW1")) - 6.1603475450) < 1e-9);
    }

    void saliencyOfEveryTestImage() {
        const QString file = dir_.filePath("saliency.h5");
        QCOMPARE(runCli({"-q", "--saliency", file.toStdString()}).exitCode, 0);
        const Array saliency = readArray(file, "test_saliency");
        QCOMPARE(saliency.shape, (std::vector<hsize_t>{50, 64, 64, 3}));
        const std::vector<double>& values = saliency.values; // not the file-local Array: -Wsubobject-linkage
        const auto image = [&values](std::size_t i) {
            return std::vector<double>(values.begin() + long(i * 12288), values.begin() + long((i + 1) * 12288));
        };
        const std::vector<double> first = image(0), eleventh = image(11);
        QVERIFY(std::abs(std::accumulate(first.begin(), first.end(), 0.0) - 3.7627157700e-03) < 1e-11);
        QVERIFY(std::abs(std::accumulate(eleventh.begin(), eleventh.end(), 0.0) - 1.9720043821e-01) < 1e-9);
        const Array probabilities = readArray(file, "test_probabilities");
        QCOMPARE(probabilities.shape, (std::vector<hsize_t>{1, 50}));
        QVERIFY(std::abs(probabilities.values[0] - 0.9990748581) < 1e-9);
        QVERIFY(std::abs(probabilities.values[11] - 0.4731703227) < 1e-9);
    }

    void saliencyOfAPhoto() {
        // The "photo" is test image 11, decoded by a stand-in for Qt's decoders: SPEC §7's values.
        const DataSplit& test = test::courseDataset().test;
        const PhotoDecoder decoder = test::eachPhoto([&](const std::filesystem::path& path) {
            if (path != "eleven.png")
                throw std::runtime_error("unexpected path " + path.string());
            return std::vector<std::uint8_t>(test.image(11), test.image(11) + kImageBytes);
        });
        const QString file = dir_.filePath("photo.h5");
        QCOMPARE(runCli({"-q", "--saliency", file.toStdString(), "--photo", "eleven.png"}, decoder).exitCode, 0);
        const Array photo = readArray(file, "photo_saliency");
        QCOMPARE(photo.shape, (std::vector<hsize_t>{64, 64, 3}));
        QVERIFY(std::abs(std::accumulate(photo.values.begin(), photo.values.end(), 0.0) - 1.9720043821e-01) < 1e-9);
        const Array probability = readArray(file, "photo_probability");
        QVERIFY(probability.shape.empty()); // a scalar
        QVERIFY(std::abs(probability.values[0] - 0.4731703227) < 1e-9);
        // A photo that cannot be read is an error that names it; without --saliency, a usage error.
        const PhotoDecoder broken = test::eachPhoto([](const std::filesystem::path&) -> std::vector<std::uint8_t> {
            throw std::runtime_error("notes.txt is not an image");
        });
        const Result unreadable = runCli({"-q", "--saliency", file.toStdString(), "--photo", "notes.txt"}, broken);
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY2(unreadable.err.contains("notes.txt is not an image"), qPrintable(unreadable.err));
        const Result alone = runCli({"--photo", "x.png"}, decoder);
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains("--photo goes with --saliency"), qPrintable(alone.err));
    }

    // Every output is checked before any work: one that cannot be written stops the run
    // at once, before the others are written.
    void anUnwritableOutputIsRefusedBeforeAnyWork() {
        const Result result = runCli({"--iterations", "0", "-q", "--saliency", "/nonexistent/s.h5", "--inspect-iteration",
                                      "0", path("still.h5")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("/nonexistent/s.h5") && result.err.contains("does not exist"),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(dir_.filePath("still.h5")));
    }

    // --loss-line and --loss-surface: read back, the ends equal the costs of the
    // initial and trained parameters as the JSON and the course's cost give them.
    void lossLineAndSurfaceFiles() {
        const QString line = dir_.filePath("line.h5"), surface = dir_.filePath("surface.h5");
        const QString json = dir_.filePath("line.json");
        const Result result = runCli({"--dims", "12288,7,1", "--init", "small", "--iterations", "300", "-q",
                                      "--loss-line", line.toStdString(), "--loss-surface", surface.toStdString(),
                                      "--json", json.toStdString()});
        QCOMPARE(result.exitCode, 0);
        const Array alphas = readArray(line, "alphas");
        const Array train = readArray(line, "train_costs");
        QCOMPARE(alphas.shape, (std::vector<hsize_t>{101}));
        QCOMPARE(readArray(line, "test_costs").shape, (std::vector<hsize_t>{101}));
        QCOMPARE(alphas.values[25], 0.0);
        // α = 0: the course's first cost of the 2-layer run (SPEC §6).
        QVERIFY(std::abs(train.values[25] - 0.693049736) < 1e-6);
        QVERIFY(train.values[75] < train.values[25]);
        const QJsonArray costs = readJson(json)["costs"].toArray();
        QVERIFY(std::abs(train.values[25] - costs[0].toObject()["cost"].toDouble()) < 1e-12);
        const Array grid = readArray(surface, "costs");
        QCOMPARE(grid.shape, (std::vector<hsize_t>{31, 31}));
        QCOMPARE(readArray(surface, "coordinates").values[15], 0.0);
        QCOMPARE(readAttribute(surface, "seed"), 1.0);
        QVERIFY(std::abs(grid.values[15 * 31 + 15] - train.values[75]) < 1e-12); // the centre is the trained net
        for (double cost : grid.values)
            QVERIFY(cost >= grid.values[15 * 31 + 15] - 0.05); // a valley around it, roughly
        // No run to start from with a loaded model.
        QCOMPARE(runCli({"--load-model", "m.h5", "--loss-line", "x.h5"}).exitCode, 2);
    }

    // --projection, --distributions and --plane (SPEC §9) of the course's L-layer run, read
    // back: the shapes the issue names and the SPEC's check values (the engine's own test,
    // tst_representation, checks every one of them).
    void whatTheRunLearnedFiles() {
        const QString projection = dir_.filePath("projection.h5"), distributions = dir_.filePath("distributions.h5");
        const QString plane = dir_.filePath("plane.h5");
        const Result result = runCli({"-q", "--projection", projection.toStdString(), "--projection-layer", "3",
                                      "--distributions", distributions.toStdString(), "--plane", "2,7,25",
                                      plane.toStdString()});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(readArray(projection, "iterations").values.front(), 0.0);
        QCOMPARE(readArray(projection, "iterations").values.back(), 2500.0);
        const Array coordinates = readArray(projection, "coordinates");
        QCOMPARE(coordinates.shape, (std::vector<hsize_t>{26, 2, 209}));
        QCOMPARE(readArray(projection, "test_coordinates").shape, (std::vector<hsize_t>{26, 2, 50}));
        QCOMPARE(readArray(projection, "axes").shape, (std::vector<hsize_t>{5, 2}));
        QVERIFY(std::abs(readArray(projection, "explained").values[0] - 0.9425274713) < 1e-8);
        QVERIFY(std::abs(coordinates.values[25 * 2 * 209] - -1.9689120112) < 1e-8); // image 0, last frame, axis 1
        QCOMPARE(readAttribute(projection, "layer"), 3.0);
        for (const char* name : {"iterations", "W4", "dW4", "Z4", "A4"})
            QVERIFY2(readArray(distributions, name).shape.front() == 26, name);
        const Array w1 = readArray(distributions, "W1");
        QCOMPARE(w1.shape, (std::vector<hsize_t>{26, 9}));
        QVERIFY(std::abs(w1.values[4] - 1.546905645e-05) < 1e-14); // frame 0's median
        const Array a3 = readArray(distributions, "A3");
        QVERIFY(std::abs(a3.values[25 * 9 + 8] - 8.776816304) < 1e-8); // last frame's largest
        const Array pCat = readArray(plane, "p_cat");
        QCOMPARE(pCat.shape, (std::vector<hsize_t>{41, 41}));
        QVERIFY(std::abs(pCat.values[0] - 0.9958537594) < 1e-9);
        QVERIFY(std::abs(pCat.values[10 * 41 + 10] - 0.9960636155) < 1e-9);
        QCOMPARE(readArray(plane, "alpha").shape, (std::vector<hsize_t>{41}));
        QCOMPARE(readArray(plane, "beta").values.back(), 1.5);
        // Images outside the set, and a layer the network does not have, are refused before training.
        const Result outside = runCli({"-q", "--plane", "2,7,50", plane.toStdString(), "--plane-set", "test"});
        QCOMPARE(outside.exitCode, 2);
        QVERIFY2(outside.err.contains("--plane: the test set has 50 images, numbered from 0; 50 is not one of them"),
                 qPrintable(outside.err));
        const Result noLayer = runCli({"-q", "--projection", projection.toStdString(), "--projection-layer", "4"});
        QCOMPARE(noLayer.exitCode, 2);
        QVERIFY2(noLayer.err.contains("--projection-layer: the network's hidden layers are 1 to 3, not 4"),
                 qPrintable(noLayer.err));
    }
};

QTEST_APPLESS_MAIN(TestInspectCli)
#include "tst_inspect_cli.moc"
