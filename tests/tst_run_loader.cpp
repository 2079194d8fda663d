// The background reader of kept runs: two workers, results handed over in the order
// the jobs were added, a file that cannot be read reported in its place, and each run
// evaluated on the data it came with.
#include "ui/core/run_loader.h"

#include "engine/io/model_io.h"
#include "engine/io/synthetic_dataset.h"
#include "engine/model/initialization.h"
#include "engine/model/metrics.h"

#include <QTemporaryDir>
#include <QTest>

using namespace catnet;

namespace {

const LayerDims kDims{12288, 3, 1};

// Writes `count` small models named "run 0", "run 1", … and returns their files.
std::vector<std::string> writeModels(const QTemporaryDir& folder, int count) {
    std::vector<std::string> files;
    for (int i = 0; i < count; ++i) {
        SavedModel model;
        model.config.layerDims = kDims;
        model.parameters = initializeParameters(kDims, InitScheme::Lecun, std::uint32_t(i + 1));
        model.name = "run " + std::to_string(i);
        files.push_back(folder.filePath(QStringLiteral("run-%1.h5").arg(i)).toStdString());
        saveModel(files.back(), model);
    }
    return files;
}

// Everything `loader` hands over until it has nothing pending.
std::vector<ui::RunLoader::Loaded> takeAll(ui::RunLoader& loader) {
    std::vector<ui::RunLoader::Loaded> all;
    const bool done = QTest::qWaitFor(
        [&] {
            const bool idle = loader.pending() == 0;
            for (auto& loaded : loader.take())
                all.push_back(std::move(loaded));
            return idle && loader.take().empty();
        },
        120000);
    if (!done)
        qFatal("the loader did not finish within two minutes");
    return all;
}

} // namespace

class TestRunLoader : public QObject {
    Q_OBJECT

private slots:
    void handsResultsOverInTheOrderAdded() {
        QTemporaryDir folder;
        std::vector<std::string> files = writeModels(folder, 9);
        files.insert(files.begin() + 4, folder.filePath("missing.h5").toStdString());
        const auto data = std::make_shared<const Dataset>(makeSyntheticDataset());

        ui::RunLoader loader;
        std::vector<ui::RunLoader::Job> jobs;
        for (const std::string& file : files)
            jobs.push_back({0, file, data, {}});
        loader.add(std::move(jobs));
        QCOMPARE(loader.pending(), files.size());

        const auto loaded = takeAll(loader);
        QCOMPARE(loaded.size(), files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            QCOMPARE(loaded[i].file, files[i]);
            if (i == 4) {
                QVERIFY(!loaded[i].model);
                QVERIFY2(loaded[i].error.find("missing.h5") != std::string::npos, loaded[i].error.c_str());
                continue;
            }
            QVERIFY2(loaded[i].model.has_value(), loaded[i].error.c_str());
            QCOMPARE(loaded[i].model->name, "run " + std::to_string(i < 4 ? i : i - 1));
            QVERIFY(loaded[i].model->parameters.W.empty()); // weights let go of
            // Evaluated with the weights it was saved with.
            const SavedModel model = loadModel(files[i]);
            const Evaluation expected = evaluate(model.parameters, data->test.X, data->test.Y);
            QVERIFY(loaded[i].test.has_value());
            QCOMPARE(loaded[i].test->accuracy, expected.accuracy);
            QCOMPARE(loaded[i].train->predictions.size(), data->train.Y.size());
        }
        QCOMPARE(loader.pending(), std::size_t{0});
    }

    void jobsAddedLaterKeepTheirPlace() {
        QTemporaryDir folder;
        const std::vector<std::string> files = writeModels(folder, 6);
        ui::RunLoader loader;
        std::vector<ui::RunLoader::Loaded> all;
        // Three batches, taken from while the workers are busy.
        for (int batch = 0; batch < 3; ++batch) {
            std::vector<ui::RunLoader::Job> jobs;
            for (int i = 2 * batch; i < 2 * batch + 2; ++i)
                jobs.push_back({i + 100, files[std::size_t(i)], nullptr, {}});
            loader.add(std::move(jobs));
            for (auto& loaded : loader.take())
                all.push_back(std::move(loaded));
        }
        for (auto& loaded : takeAll(loader))
            all.push_back(std::move(loaded));
        QCOMPARE(all.size(), files.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].runId, int(i) + 100);
            QVERIFY(!all[i].train); // no data given: nothing to evaluate
        }
    }
};

QTEST_GUILESS_MAIN(TestRunLoader) // results arrive through the event loop
#include "tst_run_loader.moc"
