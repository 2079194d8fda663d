// Model files: exact round trip, atomic saves, and refusal of damaged or unfit models.
#include "engine/io/hdf5_support.h"
#include "engine/io/isolated_reader.h"
#include "engine/io/model_io.h"
#include "engine/model/initialization.h"

#include "h5_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace catnet;

namespace {

SavedModel sampleModel() {
    SavedModel model;
    model.config.layerDims = {12, 5, 3, 1};
    model.config.learningRate = 0.0075;
    model.config.iterations = 300;
    model.config.seed = 42;
    model.config.init = InitScheme::He;
    model.parameters = initializeParameters(model.config.layerDims, InitScheme::He, 42);
    model.parameters.b[1](2, 0) = -0.125; // a non-zero bias survives too
    model.costs = {{0, 0.69}, {100, 0.5}, {200, 0.25}, {299, 0.125}};
    model.iterationsRun = 300;
    return model;
}

// Rewrites one dataset of a saved model through the HDF5 API.
// `stored` is the type in the file (a double, or narrower as h5py may write it).
void replaceDataset(const std::filesystem::path& file, const std::string& name, const Matrix& value,
                    const H5::PredType& stored = H5::PredType::IEEE_F64LE) {
    const auto guard = hdf5::lock();
    H5::H5File out(file.string(), H5F_ACC_RDWR);
    out.unlink(name);
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rowMajor = value;
    const hsize_t shape[2] = {hsize_t(value.rows()), hsize_t(value.cols())};
    out.createDataSet(name, stored, H5::DataSpace(2, shape)).write(rowMajor.data(), H5::PredType::NATIVE_DOUBLE);
}

} // namespace

class TestModelIo : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::filesystem::path path(const char* name) const { return dir_.filePath(name).toStdString(); }

    void expectError(const std::filesystem::path& file, const QString& fragment) {
        try {
            loadModel(file);
            QFAIL("the model was accepted");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains(fragment), e.what());
        }
    }

private slots:
    void roundTripIsExact() {
        const SavedModel model = sampleModel();
        const auto file = path("model.h5");
        saveModel(file, model);
        const SavedModel loaded = loadModel(file);
        QCOMPARE(loaded.parameters.layerCount(), 3);
        for (int l = 0; l < 3; ++l) {
            QVERIFY(loaded.parameters.W[l] == model.parameters.W[l]); // bit for bit
            QVERIFY(loaded.parameters.b[l] == model.parameters.b[l]);
        }
        QCOMPARE(loaded.config.layerDims, model.config.layerDims);
        QCOMPARE(loaded.config.learningRate, 0.0075);
        QCOMPARE(loaded.config.iterations, 300);
        QCOMPARE(loaded.config.seed, 42u);
        QCOMPARE(loaded.config.init, InitScheme::He);
        QCOMPARE(loaded.iterationsRun, 300);
        QCOMPARE(loaded.outcome, Outcome::Completed);
        QCOMPARE(loaded.costs.size(), model.costs.size());
        QCOMPARE(loaded.costs[3].iteration, 299);
        QCOMPARE(loaded.costs[3].cost, 0.125);
    }

    // Every iteration's cost and the app's run number come back, directly and through
    // the reader program.
    void costHistoryAndRunNumberRoundTrip() {
        SavedModel model = sampleModel();
        model.costHistory.stride = 2;
        model.costHistory.values = {0.69, 0.5, 0.25, 0.125};
        model.runNumber = 17;
        const auto file = path("history.h5");
        saveModel(file, model);
        for (const SavedModel& loaded : {loadModel(file), loadModelIsolated(file)}) {
            QCOMPARE(loaded.costHistory, model.costHistory);
            QCOMPARE(loaded.runNumber, 17);
        }
        // A model without them reads back without them.
        saveModel(path("plain.h5"), sampleModel());
        const SavedModel plain = loadModel(path("plain.h5"));
        QVERIFY(plain.costHistory.values.empty());
        QCOMPARE(plain.costHistory.stride, 1);
        QCOMPARE(plain.runNumber, 0);
    }

    void whereItWasMeasuredRoundTrips() {
        SavedModel model = sampleModel();
        model.measured = MeasuredAccuracy{{"my cats", "00112233aabbccdd", 12, 4}, 0.75, 0.5};
        const auto file = path("measured.h5");
        saveModel(file, model);
        for (const SavedModel& loaded : {loadModel(file), loadModelIsolated(file)}) {
            QVERIFY(loaded.measured.has_value());
            QCOMPARE(loaded.measured->train, 0.75);
            QCOMPARE(loaded.measured->test, 0.5);
            QCOMPARE(loaded.measured->data.name, std::string("my cats"));
            QCOMPARE(loaded.measured->data.fingerprint, std::string("00112233aabbccdd"));
            QCOMPARE(loaded.measured->data.trainCount, 12LL);
            QCOMPARE(loaded.measured->data.testCount, 4LL);
        }
        saveModel(path("unmeasured.h5"), sampleModel()); // older files have no record
        QVERIFY(!loadModelIsolated(path("unmeasured.h5")).measured);
        // A record that does not hold together is refused, not believed.
        model.measured->train = 1.5;
        saveModel(path("badly-measured.h5"), model);
        try {
            loadModel(path("badly-measured.h5"));
            QFAIL("an accuracy of 150 % was read");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains("does not hold together"), e.what());
        }
    }

    // SPEC §8's options are recorded (h5py sees them as attributes) and read back, also
    // through the reader process; files written before them load as gradient descent.
    void trainingOptionsRoundTrip() {
        SavedModel model = sampleModel();
        TrainingOptions& options = model.config.options;
        options.l2 = 0.7;
        options.keepProb = 0.86;
        options.batchSize = 64;
        options.optimizer = Optimizer::Adam;
        options.beta = 0.8;
        options.beta1 = 0.85;
        options.beta2 = 0.99;
        options.epsilon = 1e-7;
        options.flip = true;
        const auto file = path("options.h5");
        saveModel(file, model);
        for (const SavedModel& loaded : {loadModel(file), loadModelIsolated(file)})
            QVERIFY(loaded.config.options == options);
        {
            const auto guard = hdf5::lock();
            const H5::H5File h5(file.string(), H5F_ACC_RDONLY);
            for (const char* name : {"l2", "keep_prob", "batch_size", "optimizer", "beta", "beta1", "beta2", "epsilon",
                                     "augment"})
                QVERIFY2(h5.attrExists(name), name);
        }

        // An older file: none of the attributes.
        {
            const auto guard = hdf5::lock();
            H5::H5File h5(file.string(), H5F_ACC_RDWR);
            for (const char* name : {"l2", "keep_prob", "batch_size", "optimizer", "beta", "beta1", "beta2", "epsilon",
                                     "augment"})
                h5.removeAttr(name);
        }
        for (const SavedModel& loaded : {loadModel(file), loadModelIsolated(file)}) {
            QVERIFY(loaded.config.options == TrainingOptions{});
            QVERIFY(loaded.config.options.isCourseDescent());
        }

        // Options that do not hold together are refused with their name.
        options = {};
        options.keepProb = 1.5;
        saveModel(file, model);
        expectError(file, "keep_prob must be above 0 and at most 1");
    }

    void layerSignalsRoundTrip() {
        SavedModel model = sampleModel();
        model.layerSignals = {{0, {{0.5, 0.2, 1e-3, 1e-5}, {0.25, 0.0, 2e-3, 3e-5}, {0.125, 0.0, 4e-3, 5e-5}}},
                              {299, {{0.6, 0.4, 1e-4, 1e-6}, {0.3, 1.0 / 3, 2e-4, 3e-6}, {0.1, 0.0, 4e-4, 5e-6}}}};
        const auto file = path("signals.h5");
        saveModel(file, model);
        QCOMPARE(loadModel(file).layerSignals, model.layerSignals);
        QCOMPARE(loadModelIsolated(file).layerSignals, model.layerSignals); // through the reader program too
        // A layer_signals array of the wrong shape is refused, naming it.
        {
            const auto guard = hdf5::lock();
            H5::H5File out(file.string(), H5F_ACC_RDWR);
            out.unlink("layer_signals");
            const hsize_t shape[3] = {2, 2, 4};
            std::vector<double> values(16, 0.5);
            out.createDataSet("layer_signals", H5::PredType::IEEE_F64LE, H5::DataSpace(3, shape))
                .write(values.data(), H5::PredType::NATIVE_DOUBLE);
        }
        expectError(file, "'layer_signals' should be (points, 3, 4)");
    }

    void heldOutRoundTrip() {
        SavedModel model = sampleModel();
        model.heldOut = {{0, 0.69, 0.5, 0.34}, {100, 0.8125, 0.75, 0.625}, {299, 0.9, 1.0, 0.72}};
        const auto file = path("held_out.h5");
        saveModel(file, model);
        QCOMPARE(loadModel(file).heldOut, model.heldOut);
        QCOMPARE(loadModelIsolated(file).heldOut, model.heldOut);
        saveModel(path("without_held_out.h5"), sampleModel());
        QVERIFY(loadModel(path("without_held_out.h5")).heldOut.empty()); // optional: absent in older files
        {
            const auto guard = hdf5::lock();
            H5::H5File out(file.string(), H5F_ACC_RDWR);
            out.unlink("held_out");
            const hsize_t shape[2] = {3, 2};
            std::vector<double> values(6, 0.5);
            out.createDataSet("held_out", H5::PredType::IEEE_F64LE, H5::DataSpace(2, shape))
                .write(values.data(), H5::PredType::NATIVE_DOUBLE);
        }
        expectError(file, "'held_out' should be (points, 3)");
    }

    void weightsAreStoredRowMajorAsNumpyShapes() {
        const SavedModel model = sampleModel();
        const auto file = path("layout.h5");
        saveModel(file, model);
        const auto guard = hdf5::lock();
        H5::H5File in(file.string(), H5F_ACC_RDONLY);
        const H5::DataSet W1 = in.openDataSet("W1");
        QCOMPARE(hdf5::shapeOf(W1), (std::vector<hsize_t>{5, 12}));
        std::vector<double> flat(60);
        W1.read(flat.data(), H5::PredType::NATIVE_DOUBLE);
        QCOMPARE(flat[1], model.parameters.W[0](0, 1)); // row-major: (0, 1) comes second
        QCOMPARE(flat[12], model.parameters.W[0](1, 0));
        QCOMPARE(hdf5::shapeOf(in.openDataSet("b2")), (std::vector<hsize_t>{3, 1}));
    }

    void bigLayersAreWrittenInBlocksWithProgress() {
        // W1 of 12288 × 100 is 1.2 M values: more than two 2^19-value blocks, with a last
        // block that is not full.
        SavedModel model;
        model.config.layerDims = {12288, 100, 1};
        model.parameters = initializeParameters(model.config.layerDims, InitScheme::Lecun, 3);
        std::vector<double> heard;
        const auto file = path("big.h5");
        saveModel(file, model.parameters, model, [&](double share) { heard.push_back(share); });
        const SavedModel loaded = loadModel(file);
        QVERIFY(loaded.parameters.W[0] == model.parameters.W[0]); // every block in its place
        QVERIFY(loaded.parameters.W[1] == model.parameters.W[1]);
        QVERIFY2(heard.size() >= 4, qPrintable(QString::number(heard.size())));
        QVERIFY(std::is_sorted(heard.begin(), heard.end()));
        QVERIFY(heard.front() > 0 && heard.front() < 0.5);
        QCOMPARE(heard.back(), 1.0);
    }

    void aFailedSaveKeepsTheOldFile() {
        const auto file = path("keep.h5");
        saveModel(file, sampleModel());
        const std::string before = test::readBytes(file);
        SavedModel broken = sampleModel();
        broken.parameters.W.clear();
        broken.parameters.b.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saveModel(file, broken));
        QCOMPARE(test::readBytes(file), before);
        QVERIFY_THROWS_EXCEPTION(FileError, saveModel(path("no/such/folder/m.h5"), sampleModel()));
        // No temporary files are left behind.
        int entries = 0;
        for (const auto& entry : std::filesystem::directory_iterator(dir_.path().toStdString()))
            entries += entry.path().filename().string().find(".tmp-") != std::string::npos;
        QCOMPARE(entries, 0);
    }

    void nonAsciiPathAndNonFiniteOnRequest() {
        const std::filesystem::path folder = std::filesystem::path(dir_.path().toStdString()) / "modèles-猫";
        std::filesystem::create_directory(folder);
        const auto file = folder / "réseau.h5";
        SavedModel diverged = sampleModel();
        diverged.parameters.W[0](0, 0) = std::nan("");
        diverged.outcome = Outcome::Diverged;
        saveModel(file, diverged);
        expectError(file, "réseau.h5");
        // The app keeps a diverged run's record, NaN and all, when asked to.
        const SavedModel loaded = loadModel(file, true);
        QVERIFY(std::isnan(loaded.parameters.W[0](0, 0)));
        QCOMPARE(loaded.outcome, Outcome::Diverged);
    }

    void theLayerLimitIsTheSameForWritingAndReading() {
        SavedModel model;
        model.config.layerDims = LayerDims(1001, 1);
        model.parameters = initializeParameters(model.config.layerDims, InitScheme::He, 1); // 1000 layers
        try {
            saveModel(path("too-deep.h5"), model);
            QFAIL("a model that could not be read back was written");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains("more than 999 layers"), e.what());
        }
        QVERIFY(!std::filesystem::exists(path("too-deep.h5")));
        model.config.layerDims = LayerDims(1000, 1); // 999 layers, 1000 sizes: the largest allowed
        model.parameters = initializeParameters(model.config.layerDims, InitScheme::He, 1);
        saveModel(path("deepest.h5"), model);
        QCOMPARE(loadModel(path("deepest.h5")).parameters.layerCount(), 999);
    }

    // float32 weights (as h5py writes them) load, converted: they were refused as
    // "claims 688128 bytes of data, more than the file holds".
    void float32WeightsLoad() {
        const auto file = path("float32.h5");
        SavedModel model = sampleModel(); // the course's first layer: its float32 data is half of what doubles take
        model.config.layerDims = {12288, 7, 1};
        model.parameters = initializeParameters(model.config.layerDims, InitScheme::Small, 1);
        saveModel(file, model);
        replaceDataset(file, "W1", model.parameters.W[0], H5::PredType::IEEE_F32LE);
        const SavedModel loaded = loadModel(file);
        const Matrix expected = model.parameters.W[0].cast<float>().cast<double>();
        QVERIFY(loaded.parameters.W[0] == expected);
        QVERIFY(loaded.parameters.W[1] == model.parameters.W[1]);
    }

    // Cut anywhere past its first bytes, a model is called truncated, not "open for writing".
    void aModelCutAnywhereIsCalledTruncated() {
        const auto file = path("cut-source.h5");
        saveModel(file, sampleModel());
        const std::string bytes = test::readBytes(file);
        for (std::size_t cut : {std::size_t(800), bytes.size() / 4, bytes.size() / 2, bytes.size() - 1}) {
            const auto cutFile = path("cut.h5");
            test::writeBytes(cutFile, bytes.substr(0, cut));
            try {
                loadModel(cutFile);
                QFAIL("a cut model was read");
            } catch (const FileError& e) {
                QVERIFY2(QString(e.what()).contains("the file is truncated"), e.what());
            }
        }
    }

    void refusesDamagedModels_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not hdf5") << "text" << "not an HDF5 file";
        QTest::newRow("truncated") << "truncated" << "the file is truncated";
        QTest::newRow("a dataset file") << "dataset" << "no dataset 'W1'";
        QTest::newRow("layers do not chain") << "chain" << "the layers do not chain";
        QTest::newRow("bias of the wrong shape") << "bias" << "'b2' should have shape (3, 1)";
        QTest::newRow("two outputs") << "outputs" << "has 2 outputs";
        QTest::newRow("NaN weights") << "nan" << "NaN or infinite";
        QTest::newRow("missing bias") << "nobias" << "no dataset 'b3'";
        QTest::newRow("empty file") << "empty" << "the file is empty";
        QTest::newRow("integer weights") << "integers" << "'W2' should hold floats";
        QTest::newRow("infinite bias") << "inf" << "NaN or infinite";
        QTest::newRow("a gap in the layers") << "gap" << "has 'W3' but no 'W2'";
        QTest::newRow("unknown outcome") << "outcome" << "'outcome' attribute is 'exploded', not one of completed";
        QTest::newRow("unknown strategy") << "strategy" << "'strategy' attribute is 'gpu', not one of auto";
        QTest::newRow("W1 is a group") << "group" << "'W1' should be a dataset, found a group";
        QTest::newRow("costs are strings") << "strings" << "'costs' should hold numbers, found fixed-length string";
        QTest::newRow("format is an array of strings") << "formats" << "'format' should be one string, found 2";
        QTest::newRow("weights never written") << "unwritten" << "'W2' holds no stored data";
        QTest::newRow("weights partly written") << "partly" << "'W2' holds only 1 of its 3 chunks";
        QTest::newRow("512-bit floats") << "wide" << "'W2' should hold floats, found 512-bit float";
        QTest::newRow("a 20 kB name") << "longname" << "'format' claims a string of 20000 bytes";
    }
    void refusesDamagedModels() {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        const std::filesystem::path file = path(qPrintable("damaged-" + kind + ".h5"));
        if (kind == "text") {
            test::writeBytes(file, "W1 = [[1, 2]]");
        } else if (kind == "empty") {
            test::writeBytes(file, "");
        } else if (kind == "dataset") {
            const auto guard = hdf5::lock();
            test::writeSplitFixture(file, test::SplitFixture{});
        } else {
            saveModel(file, sampleModel());
            if (kind == "truncated") {
                const std::string bytes = test::readBytes(file);
                test::writeBytes(file, bytes.substr(0, bytes.size() / 2));
            } else if (kind == "chain") {
                replaceDataset(file, "W2", Matrix::Zero(3, 4));
            } else if (kind == "bias") {
                replaceDataset(file, "b2", Matrix::Zero(1, 3));
            } else if (kind == "outputs") {
                replaceDataset(file, "W3", Matrix::Zero(2, 3));
                replaceDataset(file, "b3", Matrix::Zero(2, 1));
            } else if (kind == "nan") {
                Matrix W = Matrix::Ones(5, 12);
                W(2, 3) = std::nan("");
                replaceDataset(file, "W1", W);
            } else if (kind == "integers") {
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.unlink("W2");
                const hsize_t shape[2] = {3, 5};
                const std::vector<int> zeros(15, 0);
                out.createDataSet("W2", H5::PredType::STD_I32LE, H5::DataSpace(2, shape))
                    .write(zeros.data(), H5::PredType::NATIVE_INT);
            } else if (kind == "inf") {
                Matrix b = Matrix::Zero(3, 1);
                b(1, 0) = std::numeric_limits<double>::infinity();
                replaceDataset(file, "b2", b);
            } else if (kind == "gap") {
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.unlink("W2");
                out.unlink("b2");
            } else if (kind == "outcome" || kind == "strategy") {
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.removeAttr(kind.toStdString());
                const std::string value = kind == "outcome" ? "exploded" : "gpu";
                const H5::StrType type(H5::PredType::C_S1, value.size());
                out.createAttribute(kind.toStdString(), type, H5::DataSpace()).write(type, value);
            } else if (kind == "group") {
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.unlink("W1");
                out.createGroup("W1");
            } else if (kind == "strings") {
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.unlink("costs");
                const H5::StrType type(H5::PredType::C_S1, 4);
                const hsize_t count[1] = {4};
                out.createDataSet("costs", type, H5::DataSpace(1, count)).write("0.690.500.250.12", type);
            } else if (kind == "formats") {
                // Variable-length strings: reading them as one once smashed the reader's stack.
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.removeAttr("format");
                const H5::StrType type(H5::PredType::C_S1, H5T_VARIABLE);
                const hsize_t count[1] = {2};
                const char* values[2] = {"catnet-model", "catnet-model"};
                out.createAttribute("format", type, H5::DataSpace(1, count)).write(type, values);
            } else if (kind == "unwritten") {
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.unlink("W2");
                const hsize_t shape[2] = {3, 5};
                out.createDataSet("W2", H5::PredType::IEEE_F64LE, H5::DataSpace(2, shape));
            } else if (kind == "partly") {
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.unlink("W2");
                const hsize_t shape[2] = {3, 5}, row[2] = {1, 5}, start[2] = {0, 0};
                H5::DSetCreatPropList chunked;
                chunked.setChunk(2, row);
                H5::DataSpace space(2, shape);
                H5::DataSet W2 = out.createDataSet("W2", H5::PredType::IEEE_F64LE, space, chunked);
                space.selectHyperslab(H5S_SELECT_SET, row, start);
                const std::vector<double> firstRow(5, 0.5);
                W2.write(firstRow.data(), H5::PredType::NATIVE_DOUBLE, H5::DataSpace(2, row), space);
            } else if (kind == "wide") {
                // A damaged header can claim any width; HDF5 would allocate a buffer of that
                // width per value to convert them.
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.unlink("W2");
                H5::FloatType wide(H5::PredType::IEEE_F64LE);
                wide.setSize(64);
                const hsize_t shape[2] = {3, 5};
                const std::vector<char> zeros(15 * 64, 0);
                out.createDataSet("W2", wide, H5::DataSpace(2, shape)).write(zeros.data(), wide);
            } else if (kind == "longname") {
                const auto guard = hdf5::lock();
                H5::H5File out(file.string(), H5F_ACC_RDWR);
                out.removeAttr("format");
                const std::string value(20'000, 'x');
                const H5::StrType type(H5::PredType::C_S1, value.size());
                out.createAttribute("format", type, H5::DataSpace()).write(type, value);
            } else if (kind == "nobias") {
                const auto guard = hdf5::lock();
                H5::H5File(file.string(), H5F_ACC_RDWR).unlink("b3");
            }
        }
        expectError(file, fragment);
    }
};

QTEST_APPLESS_MAIN(TestModelIo)
#include "tst_model_io.moc"
