// The sweep (engine/sweep.h) and catnet-train --sweep: every cell equals the same
// configuration trained alone, cells come in the documented order, bad axes are
// refused with one line.
#include "cli/train_command.h"
#include "engine/model/course_presets.h"
#include "engine/training/memory_budget.h"
#include "engine/training/sweep.h"
#include "engine/training/trainer.h"

#include "course_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace catnet;

namespace {

// Shorter runs under the sanitizers (ten times slower there); every check stays.
#ifdef CATNET_SANITIZED
constexpr int kIterationScale = 4;
#else
constexpr int kIterationScale = 1;
#endif

// Every recorded cost of `cell` against a lone run of its configuration.
void compareWithLoneRun(const SweepCell& cell, const Dataset& data) {
    const HeldOut test{data.test.X, data.test.Y};
    const TrainResult alone = train(cell.config, data.train.X, data.train.Y, {}, {}, nullptr, {}, &test);
    QCOMPARE(cell.result.outcome, alone.outcome);
    QCOMPARE(cell.result.iterationsRun, alone.iterationsRun);
    QCOMPARE(cell.result.costs.size(), alone.costs.size());
    for (std::size_t i = 0; i < alone.costs.size(); ++i) {
        QCOMPARE(cell.result.costs[i].iteration, alone.costs[i].iteration);
        QVERIFY2(std::abs(cell.result.costs[i].cost - alone.costs[i].cost) <= 1e-12,
                 qPrintable(QString("iteration %1: %2 vs %3")
                                .arg(alone.costs[i].iteration)
                                .arg(cell.result.costs[i].cost, 0, 'g', 17)
                                .arg(alone.costs[i].cost, 0, 'g', 17)));
    }
    QCOMPARE(cell.result.heldOut.size(), alone.heldOut.size()); // the test curve too
    for (std::size_t i = 0; i < alone.heldOut.size(); ++i) {
        QVERIFY(std::abs(cell.result.heldOut[i].testCost - alone.heldOut[i].testCost) <= 1e-12);
        QCOMPARE(cell.result.heldOut[i].testAccuracy, alone.heldOut[i].testAccuracy);
        QCOMPARE(cell.result.heldOut[i].trainAccuracy, alone.heldOut[i].trainAccuracy);
    }
    for (std::size_t l = 0; l < alone.parameters.W.size(); ++l)
        QVERIFY((cell.result.parameters.W[l] - alone.parameters.W[l]).cwiseAbs().maxCoeff() <= 1e-12);
    QCOMPARE(cell.testAccuracy, evaluate(alone.parameters, data.test.X, data.test.Y).accuracy);
    QCOMPARE(cell.trainAccuracy, evaluate(alone.parameters, data.train.X, data.train.Y).accuracy);
}

struct CliResult {
    int exitCode;
    std::string out, err;
};

CliResult runCli(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--data", test::courseDataDirectory().value().string()});
    std::ostringstream out, err;
    const int code = cli::runTrainCommand(arguments, out, err, {});
    return {code, out.str(), err.str()};
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT

private slots:
    void valuesAreParsedAndFormattedAlike() {
        QCOMPARE(formatSweepValue(parseSweepValue(SweepSetting::LearningRate, "0.0075")), std::string("0.0075"));
        QCOMPARE(formatSweepValue(parseSweepValue(SweepSetting::Iterations, "2500")), std::string("2500"));
        QCOMPARE(formatSweepValue(parseSweepValue(SweepSetting::Init, "he")), std::string("he"));
        QCOMPARE(formatSweepValue(parseSweepValue(SweepSetting::Dims, "12288,20,7,5,1")),
                 std::string("12288,20,7,5,1"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseSweepValue(SweepSetting::LearningRate, "fast"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseSweepValue(SweepSetting::Init, "glorot"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseSweepValue(SweepSetting::Seed, ""));
        // SPEC §8's settings (issue 25): l2, keep-prob, batch-size, optimizer.
        QCOMPARE(formatSweepValue(parseSweepValue(SweepSetting::L2, "0.7")), std::string("0.7"));
        QCOMPARE(formatSweepValue(parseSweepValue(SweepSetting::KeepProb, "0.86")), std::string("0.86"));
        QCOMPARE(formatSweepValue(parseSweepValue(SweepSetting::BatchSize, "64")), std::string("64"));
        QCOMPARE(formatSweepValue(parseSweepValue(SweepSetting::Optimizer, "adam")), std::string("adam"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseSweepValue(SweepSetting::Optimizer, "sgd"));
        const TrainConfig adam = withSweepValue({}, SweepSetting::Optimizer, Optimizer::Adam);
        QCOMPARE(adam.options.optimizer, Optimizer::Adam);
        QCOMPARE(withSweepValue({}, SweepSetting::BatchSize, std::int64_t(64)).options.batchSize, 64);
        QCOMPARE(withSweepValue({}, SweepSetting::L2, 0.7).options.l2, 0.7);
        QCOMPARE(withSweepValue({}, SweepSetting::KeepProb, 0.8).options.keepProb, 0.8);
        try {
            withSweepValue({}, SweepSetting::KeepProb, 1.5);
            QFAIL("a keep probability of 1.5 was taken");
        } catch (const std::invalid_argument& e) {
            QCOMPARE(std::string(e.what()), std::string("keep-prob: 1.5 must be above 0 and at most 1"));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, withSweepValue({}, SweepSetting::L2, -0.1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, withSweepValue({}, SweepSetting::BatchSize, std::int64_t(0)));
    }

    void cellsVaryTheLastAxisFastest() {
        const std::vector<SweepAxis> axes{
            {SweepSetting::LearningRate, {0.01, 0.02}},
            {SweepSetting::Init, {InitScheme::Small, InitScheme::He, InitScheme::Zeros}}};
        const std::vector<TrainConfig> configs = sweepConfigs(lLayerCourseConfig(), axes);
        QCOMPARE(configs.size(), std::size_t(6));
        QCOMPARE(configs[0].learningRate, 0.01);
        QCOMPARE(configs[0].init, InitScheme::Small);
        QCOMPARE(configs[2].init, InitScheme::Zeros);
        QCOMPARE(configs[3].learningRate, 0.02);
        QCOMPARE(configs[3].init, InitScheme::Small);
        QCOMPARE(configs[5].layerDims, lLayerCourseConfig().layerDims); // untouched settings stay
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 sweepConfigs(lLayerCourseConfig(), {{SweepSetting::Seed, {std::int64_t(-1)}}}));
    }

    // A 2×2 sweep over learning rate and architecture, short runs: each cell equals a
    // lone run to 1e-12 (they are stepped together, ten to a product, in the sweep).
    void everyCellEqualsALoneRun() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        TrainConfig base = lLayerCourseConfig();
        base.iterations = 300 / kIterationScale;
        const std::vector<SweepAxis> axes{
            {SweepSetting::LearningRate, {0.0075, 0.02}},
            {SweepSetting::Dims, {LayerDims{12288, 7, 1}, LayerDims{12288, 20, 7, 5, 1}}}};
        std::vector<std::size_t> reported;
        const SweepResult sweep = runSweep(base, axes, {data.train.X, data.train.Y, data.test.X, data.test.Y},
                                           [&](std::size_t index, const SweepCell&) { reported.push_back(index); });
        QCOMPARE(sweep.cells.size(), std::size_t(4));
        QVERIFY(!sweep.stopped);
        std::sort(reported.begin(), reported.end());
        QCOMPARE(reported, (std::vector<std::size_t>{0, 1, 2, 3}));
        QCOMPARE(sweep.cells[1].position, (std::vector<std::size_t>{0, 1}));
        QCOMPARE(sweep.cells[2].config.learningRate, 0.02);
        for (const SweepCell& cell : sweep.cells)
            compareWithLoneRun(cell, data);
    }

    // A sweep of runs with SPEC §8's options trains them with the options (each on its own
    // span path), not as the course's descent on the stacked Gram path.
    void cellsKeepTheirOptions() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        TrainConfig base = lLayerCourseConfig();
        base.layerDims = {12288, 7, 1};
        base.iterations = 40 / kIterationScale;
        base.options.l2 = 0.7;
        const std::vector<SweepAxis> axes{{SweepSetting::LearningRate, {0.0075, 0.02}}};
        const SweepResult sweep = runSweep(base, axes, {data.train.X, data.train.Y, data.test.X, data.test.Y});
        QCOMPARE(sweep.cells.size(), std::size_t(2));
        for (const SweepCell& cell : sweep.cells) {
            QCOMPARE(cell.result.strategy, Strategy::Gram);
            QCOMPARE(cell.config.options.l2, 0.7);
            compareWithLoneRun(cell, data);
        }
        TrainConfig plain = base;
        plain.options = {};
        QVERIFY(train(plain, data.train.X, data.train.Y).costs.front().cost < sweep.cells[0].result.costs.front().cost);
    }

    // More cells than a batch, with seeds and inits (zeros stays symmetric, large
    // diverges): still each equal to its lone run, outcomes included.
    void batchesAndDivergedCellsEqualLoneRuns() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        TrainConfig base = lLayerCourseConfig();
        base.iterations = 120 / kIterationScale;
        base.reportEvery = 10;
        std::vector<SweepValue> seeds;
        for (std::int64_t seed = 1; seed <= 5; ++seed)
            seeds.push_back(seed);
        const std::vector<SweepAxis> axes{{SweepSetting::Init, {InitScheme::Zeros, InitScheme::Large, InitScheme::He}},
                                          {SweepSetting::Seed, seeds}};
        const SweepResult sweep = runSweep(base, axes, {data.train.X, data.train.Y, data.test.X, data.test.Y});
        QCOMPARE(sweep.cells.size(), std::size_t(15));
        QCOMPARE(sweep.cells[5].result.outcome, Outcome::Diverged); // large
        for (const SweepCell& cell : sweep.cells)
            compareWithLoneRun(cell, data);
    }

    void aStoppedSweepSaysSo() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        std::stop_source stop;
        stop.request_stop();
        const SweepResult sweep = runSweep(lLayerCourseConfig(), {{SweepSetting::LearningRate, {0.01, 0.02}}},
                                           {data.train.X, data.train.Y, data.test.X, data.test.Y}, {}, stop.get_token());
        QVERIFY(sweep.stopped);
        for (const SweepCell& cell : sweep.cells)
            QCOMPARE(cell.result.outcome, Outcome::Cancelled);
    }

    // Two hundred runs of a 245-million-parameter net would keep 390 GB of weights:
    // refused before anything is allocated, in one line.
    void aSweepThatDoesNotFitIsRefused() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        TrainConfig base = lLayerCourseConfig();
        base.layerDims = {12288, 20000, 1};
        std::vector<SweepValue> seeds;
        for (std::int64_t seed = 1; seed <= 200; ++seed)
            seeds.push_back(seed);
        try {
            runSweep(base, {{SweepSetting::Seed, seeds}}, {data.train.X, data.train.Y, data.test.X, data.test.Y});
            QFAIL("the sweep should have been refused");
        } catch (const MemoryError& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("a sweep of 200 runs needs") != std::string::npos, message.c_str());
            QVERIFY2(message.find("sweep fewer values or smaller networks") != std::string::npos, message.c_str());
        }
    }

    void cliWritesTheSweepReport() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        const std::string file = dir.filePath("sweep.json").toStdString();
        const int iterations = 200 / kIterationScale;
        const CliResult result = runCli({"--iterations", std::to_string(iterations), "--sweep", "learning-rate=0.0075,0.02", "--sweep",
                                         "dims=12288,7,1;12288,20,7,5,1", "-q", "--json", file});
        QCOMPARE(result.exitCode, 0);
        QFile in(QString::fromStdString(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonObject sweep = QJsonDocument::fromJson(in.readAll()).object()["sweep"].toObject();
        const QJsonArray axes = sweep["axes"].toArray();
        QCOMPARE(axes.size(), 2);
        QCOMPARE(axes[0].toObject()["name"].toString(), QString("learning-rate"));
        QCOMPARE(axes[1].toObject()["values"].toArray()[1].toArray().size(), 5);
        const QJsonArray cells = sweep["cells"].toArray();
        QCOMPARE(cells.size(), 4);
        QVERIFY(sweep["seconds"].toDouble() > 0);
        // Cell 3 (0.02, the L-layer net) equals that run trained alone.
        const QJsonObject cell = cells[3].toObject();
        QCOMPARE(cell["config"].toObject()["learning_rate"].toDouble(), 0.02);
        QCOMPARE(cell["config"].toObject()["layer_dims"].toArray().size(), 5);
        TrainConfig config = lLayerCourseConfig();
        config.iterations = iterations;
        config.learningRate = 0.02;
        const Dataset& data = test::courseDataset();
        const TrainResult alone = train(config, data.train.X, data.train.Y);
        QVERIFY(std::abs(cell["final_cost"].toDouble() - alone.costs.back().cost) <= 1e-12);
        QCOMPARE(cell["test_accuracy"].toDouble(), evaluate(alone.parameters, data.test.X, data.test.Y).accuracy);
        QCOMPARE(cell["iterations_run"].toInt(), iterations);
        QCOMPARE(cell["outcome"].toString(), QString("completed"));
    }

    // Issue 25's form: two axes after one --sweep, SPEC §8's settings; each cell trains
    // with its options and equals that run alone, and the report says its options.
    void cliSweepsTheNextCoursesSettings() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        const std::string file = dir.filePath("sweep.json").toStdString();
        const int iterations = 40 / kIterationScale;
        const CliResult result = runCli({"--dims", "12288,7,1", "--init", "small", "--iterations", std::to_string(iterations),
                                         "--sweep", "l2=0,0.1,0.7", "keep-prob=1,0.8", "-q", "--json", file});
        QVERIFY2(result.exitCode == 0, result.err.c_str());
        QFile in(QString::fromStdString(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonObject sweep = QJsonDocument::fromJson(in.readAll()).object()["sweep"].toObject();
        QCOMPARE(sweep["axes"].toArray()[1].toObject()["name"].toString(), QString("keep-prob"));
        const QJsonArray cells = sweep["cells"].toArray();
        QCOMPARE(cells.size(), 6);
        const QJsonObject cell = cells[5].toObject(); // l2 0.7, keep-prob 0.8
        QCOMPARE(cell["options"].toObject()["l2"].toDouble(), 0.7);
        QCOMPARE(cell["options"].toObject()["keep_prob"].toDouble(), 0.8);
        TrainConfig config = twoLayerCourseConfig();
        config.iterations = iterations;
        config.options.l2 = 0.7;
        config.options.keepProb = 0.8;
        const Dataset& data = test::courseDataset();
        const TrainResult alone = train(config, data.train.X, data.train.Y);
        QVERIFY(std::abs(cell["final_cost"].toDouble() - alone.costs.back().cost) <= 1e-12);
        QCOMPARE(cell["test_accuracy"].toDouble(), evaluate(alone.parameters, data.test.X, data.test.Y).accuracy);

        // Three axes, the optimizer among them: every combination, named.
        const CliResult three = runCli({"--dims", "12288,7,1", "--init", "small", "--iterations", "2", "--sweep",
                                        "optimizer=gd,adam", "batch-size=64,128", "l2=0,0.1"});
        QVERIFY2(three.exitCode == 0, three.err.c_str());
        QVERIFY2(three.out.find("[8/8]") != std::string::npos, three.out.c_str());
        QVERIFY2(three.out.find("optimizer=adam, batch-size=128, l2=0.1") != std::string::npos, three.out.c_str());
    }

    void cliRefusesBadAxes() {
        CATNET_REQUIRE_COURSE_DATA();
        const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
            {{"--sweep", "speed=1,2"}, "--sweep: 'speed=1,2' is not AXIS=V1,V2,..."},
            {{"--sweep", "learning-rate=0.1,fast"}, "--sweep learning-rate: 'fast' is not a number"},
            {{"--sweep", "init=he,glorot"}, "--sweep init: 'glorot' is not one of"},
            {{"--sweep", "seed=1", "--sweep", "seed=2"}, "--sweep: seed is given twice"},
            {{"--sweep", "seed=1", "init=he", "iterations=5", "l2=0", "keep-prob=1"}, "--sweep: at most 4 settings can vary, not 5"},
            {{"--sweep", "keep-prob=1,1.5"}, "--sweep keep-prob: 1.5 must be above 0 and at most 1"},
            {{"--sweep", "l2=0,-1"}, "--sweep l2: -1 must be 0 or more"},
            {{"--sweep", "optimizer=gd,sgd"}, "--sweep optimizer: 'sgd' is not one of gd, momentum, adam"},
            {{"--sweep", "batch-size=0,64"}, "--sweep batch-size: 0 is outside 1..2147483647"},
            {{"--sweep", "seed=1", "--save-model", "m.h5"}, "cannot be combined"},
            {{"--sweep", "dims=12288,7,1;12288,7,2"}, "--sweep dims=12288,7,2: the last size must be 1"},
            {{"--sweep", "dims=100,7,1"}, "--sweep dims=100,7,1:"},
            {{"--sweep", "dims=12288,,1"}, "--sweep dims:"},
        };
        for (const auto& [arguments, message] : cases) {
            const CliResult result = runCli(arguments);
            QVERIFY2(result.exitCode == 2, result.err.c_str());
            QVERIFY2(result.err.find(message) != std::string::npos, result.err.c_str());
            QCOMPARE(std::count(result.err.begin(), result.err.end(), '\n'), 1);
        }
    }
};

QTEST_APPLESS_MAIN(TestSweep)
#include "tst_sweep.moc"
