// Bundles of runs (issue 27, item 3): several runs in one HDF5 file, one group per run with
// a model file's fields, read back exactly, in the reader process too; a damaged bundle
// (truncated, a group missing or foreign, a bad count, NaN weights in a run that did not
// diverge, a model file given instead) is refused whole with a reason; the same run is
// known again whatever it is called; catnet-train --export-runs writes one.
#include "cli/train_command.h"
#include "engine/io/hdf5_support.h"
#include "engine/io/isolated_reader.h"
#include "engine/io/model_io.h"
#include "engine/io/run_bundle.h"
#include "engine/model/initialization.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <sstream>

using namespace catnet;

namespace {

// Three runs unlike each other: settings, options, measured accuracies, a diverged one.
std::vector<SavedModel> sampleRuns() {
    std::vector<SavedModel> runs;
    for (int i = 0; i < 3; ++i) {
        SavedModel model;
        model.config.layerDims = i == 1 ? LayerDims{12, 4, 1} : LayerDims{12, 5, 3, 1};
        model.config.learningRate = 0.0075 * (i + 1);
        model.config.iterations = 300 + i;
        model.config.seed = std::uint32_t(40 + i);
        model.config.init = i == 0 ? InitScheme::He : InitScheme::Lecun;
        model.parameters = initializeParameters(model.config.layerDims, model.config.init, model.config.seed);
        model.costs = {{0, 0.69 + i}, {100, 0.5}, {200, 0.25 / (i + 1)}};
        model.costHistory.stride = 1 + i;
        model.costHistory.values = {0.69, 0.6 + 0.01 * i, 0.55};
        model.heldOut = {{0, 0.7, 0.5, 0.34}, {100, 0.6 + i, 0.6, 0.4}};
        model.layerSignals = {{0, std::vector<LayerSignals>(model.parameters.layerCount(), {0.5, 0.1 * i, 2.0, 0.01})}};
        model.iterationsRun = 300 + i;
        model.name = "run of seed " + std::to_string(40 + i);
        model.runNumber = 3 * i + 2;
        model.seconds = 0.125 * (i + 1);
        runs.push_back(std::move(model));
    }
    runs[0].config.options.l2 = 0.7;
    runs[1].config.options.optimizer = Optimizer::Adam;
    runs[1].measured = MeasuredAccuracy{{"the course's data", kCourseDataFingerprint, 209, 50}, 0.985, 0.8};
    runs[2].outcome = Outcome::Diverged; // its weights went to NaN, its record stays
    runs[2].parameters.W[1](0, 0) = std::numeric_limits<double>::quiet_NaN();
    runs[2].costs.push_back({250, std::numeric_limits<double>::quiet_NaN()});
    return runs;
}

std::vector<BundledRun> bundled(const std::vector<SavedModel>& runs) {
    std::vector<BundledRun> bundle;
    for (const SavedModel& run : runs)
        bundle.push_back({std::make_shared<const Parameters>(run.parameters), run});
    return bundle;
}

bool sameWeights(const Parameters& a, const Parameters& b) {
    if (a.layerCount() != b.layerCount())
        return false;
    for (int l = 0; l < a.layerCount(); ++l) {
        const auto same = [](const Matrix& x, const Matrix& y) {
            return x.rows() == y.rows() && x.cols() == y.cols() &&
                   std::memcmp(x.data(), y.data(), std::size_t(x.size()) * sizeof(double)) == 0; // NaN too
        };
        if (!same(a.W[std::size_t(l)], b.W[std::size_t(l)]) || !same(a.b[std::size_t(l)], b.b[std::size_t(l)]))
            return false;
    }
    return true;
}

// Edits a written bundle through the HDF5 API.
template <class Edit>
void editBundle(const std::filesystem::path& file, Edit edit) {
    const auto guard = hdf5::lock();
    H5::H5File h5(file.string(), H5F_ACC_RDWR);
    edit(h5);
}

} // namespace

class TestRunBundle : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path path(const QString& name) const { return dir_.filePath(name).toStdString(); }

    void expectRefused(const std::filesystem::path& file, const QString& fragment) {
        for (const bool isolated : {false, true}) {
            try {
                const auto runs = isolated ? loadRunBundleIsolated(file) : loadRunBundle(file);
                QFAIL(qPrintable(QString("a damaged bundle gave %1 runs").arg(runs.size())));
            } catch (const FileError& e) {
                QVERIFY2(QString(e.what()).contains(fragment), e.what());
            }
        }
    }

    std::filesystem::path writeSample(const QString& name) {
        const auto file = path(name);
        saveRunBundle(file, bundled(sampleRuns()));
        return file;
    }

private slots:
    void everyRunComesBackExactly() {
        const std::vector<SavedModel> runs = sampleRuns();
        const auto file = path("three.h5");
        std::vector<int> progress;
        saveRunBundle(file, bundled(runs), [&](int written) { progress.push_back(written); });
        QCOMPARE(progress, (std::vector<int>{1, 2, 3}));
        for (const bool isolated : {false, true}) {
            const std::vector<SavedModel> back = isolated ? loadRunBundleIsolated(file) : loadRunBundle(file);
            QCOMPARE(back.size(), runs.size());
            for (std::size_t i = 0; i < runs.size(); ++i) {
                QVERIFY(sameWeights(back[i].parameters, runs[i].parameters));
                QVERIFY(sameRun(back[i], runs[i]));
                QCOMPARE(back[i].name, runs[i].name);
                QCOMPARE(back[i].runNumber, runs[i].runNumber);
                QVERIFY(back[i].config.options == runs[i].config.options);
                QVERIFY(back[i].heldOut == runs[i].heldOut);
                QCOMPARE(back[i].layerSignals.size(), runs[i].layerSignals.size());
                QCOMPARE(back[i].layerSignals[0].layers[1].deadShare, runs[i].layerSignals[0].layers[1].deadShare);
                QCOMPARE(back[i].measured.has_value(), runs[i].measured.has_value());
            }
            QCOMPARE(back[1].measured->test, 0.8);
            QCOMPARE(back[1].measured->data.fingerprint, std::string(kCourseDataFingerprint));
            QCOMPARE(back[2].outcome, Outcome::Diverged);
            QVERIFY(std::isnan(back[2].costs.back().cost));
        }
    }

    // h5py sees the format, the count and run1…run3, each laid out as a model file.
    void theLayoutIsAModelFilePerGroup() {
        const auto file = writeSample("layout.h5");
        const auto guard = hdf5::lock();
        const H5::H5File h5(file.string(), H5F_ACC_RDONLY);
        QCOMPARE(hdf5::memberNames(h5), (std::vector<std::string>{"run1", "run2", "run3"}));
        std::int64_t count = 0;
        h5.openAttribute("runs").read(H5::PredType::NATIVE_INT64, &count);
        QCOMPARE(count, std::int64_t{3});
        std::string format;
        const H5::Attribute attribute = h5.openAttribute("format");
        attribute.read(attribute.getStrType(), format);
        QCOMPARE(format, std::string("catnet-runs"));
        const H5::Group run2 = h5.openGroup("run2");
        QCOMPARE(hdf5::shapeOf(run2.openDataSet("W1")), (std::vector<hsize_t>{4, 12})); // numpy's (n1, n0)
        std::int64_t number = 0;
        run2.openAttribute("run_number").read(H5::PredType::NATIVE_INT64, &number);
        QCOMPARE(number, std::int64_t{5});
    }

    void aTruncatedBundleIsRefusedWhole() {
        const auto file = writeSample("cut.h5");
        std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);
        expectRefused(file, "truncated");
    }

    void aMissingGroupIsRefused() {
        const auto file = writeSample("missing.h5");
        editBundle(file, [](H5::H5File& h5) { h5.unlink("run2"); });
        expectRefused(file, "run 2 of 3: the group 'run2' is missing");
    }

    void aForeignMemberIsRefused() {
        const auto file = writeSample("foreign.h5");
        editBundle(file, [](H5::H5File& h5) { h5.createGroup("run4"); });
        expectRefused(file, "it holds 'run4', which is not one of its 3 runs");
    }

    void aDamagedRunIsRefusedWithItsNumber() {
        const auto file = writeSample("damaged.h5");
        editBundle(file, [](H5::H5File& h5) { h5.openGroup("run3").unlink("b2"); });
        expectRefused(file, "run 3 of 3: has W2 but no dataset 'b2'");
    }

    void nanWeightsInARunThatDidNotDivergeAreRefused() {
        std::vector<SavedModel> runs = sampleRuns();
        runs[0].parameters.b[0](1, 0) = std::numeric_limits<double>::infinity();
        const auto file = path("nan.h5");
        saveRunBundle(file, bundled(runs));
        expectRefused(file, "run 1 of 3: layer 1 holds NaN or infinite weights, but the run did not diverge");
    }

    void aBadCountIsRefused() {
        const auto file = writeSample("count.h5");
        editBundle(file, [](H5::H5File& h5) {
            const std::int64_t many = kMaxBundledRuns + 1;
            h5.removeAttr("runs");
            h5.createAttribute("runs", H5::PredType::STD_I64LE, H5::DataSpace()).write(H5::PredType::NATIVE_INT64, &many);
        });
        expectRefused(file, "its 'runs' attribute says 10001 runs");
    }

    void aModelFileIsNotABundle() {
        const auto file = path("model.h5");
        saveModel(file, sampleRuns()[0]);
        expectRefused(file, "is one model, not a bundle of runs");
        // Nor is a bundle one model: File → Load model… says where it goes.
        const auto bundle = writeSample("given-as-model.h5");
        try {
            loadModelIsolated(bundle);
            QFAIL("a bundle was loaded as one model");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains("is a bundle of runs, not one model; take it in with File → Import runs…"),
                     e.what());
        }
    }

    void theSameRunIsKnownWhateverItIsCalled() {
        const std::vector<SavedModel> runs = sampleRuns();
        SavedModel renamed = runs[0];
        renamed.name = "another name";
        renamed.runNumber = 99;
        QVERIFY(sameRun(runs[0], renamed));
        QVERIFY(sameRun(runs[2], runs[2])); // NaN costs equal themselves
        SavedModel retrained = runs[0];
        retrained.seconds += 0.001; // the same settings trained again: another run
        QVERIFY(!sameRun(runs[0], retrained));
        SavedModel longer = runs[0];
        longer.costs.push_back({300, 0.1});
        QVERIFY(!sameRun(runs[0], longer));
        QVERIFY(!sameRun(runs[0], runs[1]));
    }

    // catnet-train --export-runs FILE.h5 RUN_FILES...: the same run given twice goes in once.
    void theCommandLineBundlesModelFiles() {
        const std::vector<SavedModel> runs = sampleRuns();
        std::vector<std::string> files;
        for (std::size_t i = 0; i < 2; ++i) {
            files.push_back(path(QString("model%1.h5").arg(i)).string());
            saveModel(files.back(), runs[i]);
        }
        const std::string bundle = path("cli.h5").string();
        std::ostringstream out, err;
        QCOMPARE(cli::runTrainCommand({"--export-runs", bundle, files[0], files[1], files[0]}, out, err), 0);
        QVERIFY2(out.str().find("is the same run as run 1; it goes in once") != std::string::npos, out.str().c_str());
        QVERIFY2(out.str().find("Bundled 2 runs into") != std::string::npos, out.str().c_str());
        QVERIFY2(out.str().find("run2: #5 run of seed 41, 301 iterations, completed") != std::string::npos,
                 out.str().c_str());
        const std::vector<SavedModel> back = loadRunBundle(bundle);
        QCOMPARE(back.size(), std::size_t{2});
        QVERIFY(sameRun(back[1], runs[1]) && sameWeights(back[1].parameters, runs[1].parameters));

        std::ostringstream out2, err2;
        QCOMPARE(cli::runTrainCommand({"--export-runs", bundle, files[0], "--dims", "12,4,1"}, out2, err2), 2);
        QCOMPARE(err2.str(), std::string("catnet-train: --export-runs bundles saved runs without training; it cannot "
                                         "be combined with --dims\n"));
        std::ostringstream out3, err3;
        QCOMPARE(cli::runTrainCommand({"--export-runs", bundle}, out3, err3), 2);
        QVERIFY2(err3.str().find("--export-runs") != std::string::npos, err3.str().c_str());
        std::ostringstream out4, err4;
        const std::string missing = path("missing-model.h5").string();
        QCOMPARE(cli::runTrainCommand({"--export-runs", path("other.h5").string(), files[0], missing}, out4, err4), 1);
        QVERIFY2(err4.str().find("missing-model.h5") != std::string::npos && err4.str().find("no such file") != std::string::npos,
                 err4.str().c_str());
        QVERIFY(!std::filesystem::exists(path("other.h5"))); // nothing half written
    }
};

QTEST_GUILESS_MAIN(TestRunBundle)
#include "tst_run_bundle.moc"
