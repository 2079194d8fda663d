// SPEC §6: the course's two training runs on the real data, cost by cost.
#include "engine/model/course_steps.h"
#include "engine/model/initialization.h"
#include "engine/model/metrics.h"
#include "engine/training/trainer.h"

#include "course_data.h"

#include <QTest>

using namespace catnet;

namespace {

const std::vector<double> kTwoLayerCosts = {
    0.693049736, 0.646432095, 0.632514065, 0.601502492, 0.560196631, 0.515830477, 0.475490131,
    0.433916315, 0.400797754, 0.358070501, 0.339428154, 0.305275364, 0.274913773, 0.246817682,
    0.198507350, 0.174483181, 0.170807630, 0.113065246, 0.096294268, 0.083426180, 0.074390787,
    0.066307481, 0.059193295, 0.053361403, 0.048554786};

const std::vector<double> kFiveLayerCosts = {
    0.771749328, 0.672053440, 0.648263205, 0.611506882, 0.567047327, 0.540137663, 0.527929957,
    0.465477377, 0.369125852, 0.391746974, 0.315186989, 0.272699844, 0.237418534, 0.199601205,
    0.189263004, 0.161188547, 0.148213897, 0.137774878, 0.129740175, 0.121225351, 0.113820607,
    0.107839285, 0.102854661, 0.100897454, 0.092878215};

TrainConfig courseConfig(bool fiveLayer, Strategy strategy, int iterations = 2500) {
    TrainConfig config;
    config.layerDims = fiveLayer ? LayerDims{12288, 20, 7, 5, 1} : LayerDims{12288, 7, 1};
    config.init = fiveLayer ? InitScheme::Lecun : InitScheme::Small;
    config.learningRate = 0.0075;
    config.iterations = iterations;
    config.seed = 1;
    config.reportEvery = 100;
    config.strategy = strategy;
    return config;
}

} // namespace

class TestReferenceRuns : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void courseRuns_data() {
        QTest::addColumn<bool>("fiveLayer");
        QTest::addColumn<int>("strategy");
        QTest::addColumn<double>("trainAccuracy");
        QTest::addColumn<double>("testAccuracy");
        QTest::addColumn<int>("mislabeledTest");
        QTest::newRow("2-layer auto") << false << int(Strategy::Auto) << 1.0 << 0.72 << 14;
        QTest::newRow("2-layer direct") << false << int(Strategy::Direct) << 1.0 << 0.72 << 14;
        QTest::newRow("5-layer auto") << true << int(Strategy::Auto) << 206.0 / 209 << 0.8 << 10;
        QTest::newRow("5-layer direct") << true << int(Strategy::Direct) << 206.0 / 209 << 0.8 << 10;
    }
    void courseRuns() {
        QFETCH(bool, fiveLayer);
        QFETCH(int, strategy);
        QFETCH(double, trainAccuracy);
        QFETCH(double, testAccuracy);
        QFETCH(int, mislabeledTest);
#ifdef CATNET_SANITIZED
        if (Strategy(strategy) == Strategy::Direct)
            QSKIP("minutes under sanitizers; the Release run checks it, tst_strategy_equivalence covers the code");
#endif
        const Dataset& data = test::courseDataset();
        const TrainResult result = train(courseConfig(fiveLayer, Strategy(strategy)), data.train.X, data.train.Y);
        QCOMPARE(result.outcome, Outcome::Completed);
        const std::vector<double>& expected = fiveLayer ? kFiveLayerCosts : kTwoLayerCosts;
        QCOMPARE(result.costs.size(), expected.size() + 1); // plus iteration 2499
        for (std::size_t k = 0; k < expected.size(); ++k) {
            QCOMPARE(result.costs[k].iteration, int(k) * 100);
            QVERIFY2(std::abs(result.costs[k].cost - expected[k]) < 1e-6,
                     qPrintable(QString("iteration %1: %2 vs %3")
                                    .arg(k * 100).arg(result.costs[k].cost, 0, 'g', 12).arg(expected[k])));
        }
        const Evaluation train_ = evaluate(result.parameters, data.train.X, data.train.Y);
        const Evaluation test_ = evaluate(result.parameters, data.test.X, data.test.Y);
        QCOMPARE(train_.accuracy, trainAccuracy);
        QCOMPARE(test_.accuracy, testAccuracy);
        QCOMPARE(int(test_.mislabeled.size()), mislabeledTest);
    }

    // Overfitting as the course's 2-layer run shows it: the held-out curve records 100%
    // train and 72% test accuracy at its last report point, and a test cost that rises
    // while the training cost falls.
    void theTwoLayerRunOverfits() {
        const Dataset& data = test::courseDataset();
        const HeldOut heldOut{data.test.X, data.test.Y};
        const TrainResult result =
            train(courseConfig(false, Strategy::Auto), data.train.X, data.train.Y, {}, {}, nullptr, {}, &heldOut);
        QCOMPARE(result.heldOut.size(), result.costs.size());
        const HeldOutPoint& last = result.heldOut.back();
        QCOMPARE(last.iteration, 2499);
        QCOMPARE(last.trainAccuracy, 1.0);
        QCOMPARE(last.testAccuracy, 0.72);
        QVERIFY(result.heldOut.front().testCost < 0.7);
        QVERIFY(last.testCost > result.heldOut.front().testCost);
        QVERIFY(result.costs.back().cost < 0.05);
        // The first test cost is that of the initial parameters.
        const Parameters initial = initializeParameters({12288, 7, 1}, InitScheme::Small, 1);
        Matrix output(1, data.test.count());
        output.row(0) = predictProbabilities(initial, data.test.X);
        QVERIFY(std::abs(result.heldOut.front().testCost - course::computeCost(output, data.test.Y)) <= 1e-12);
    }

    // The baseline path is too slow for a full run in CI. Three iterations on the real
    // data: its first cost is the course's, and its next costs and final parameters are
    // those of the fast path (itself checked against every course cost above).
    void plainPathStartsLikeTheCourse() {
        const Dataset& data = test::courseDataset();
        for (bool fiveLayer : {false, true}) {
            TrainConfig config = courseConfig(fiveLayer, Strategy::Plain, 3);
            config.reportEvery = 1;
            const TrainResult plain = train(config, data.train.X, data.train.Y);
            config.strategy = Strategy::Auto;
            const TrainResult fast = train(config, data.train.X, data.train.Y);
            const std::vector<double>& expected = fiveLayer ? kFiveLayerCosts : kTwoLayerCosts;
            QCOMPARE(plain.costs.size(), std::size_t{3});
            QVERIFY(std::abs(plain.costs[0].cost - expected[0]) < 1e-6);
            for (std::size_t k = 0; k < 3; ++k)
                QVERIFY(std::abs(plain.costs[k].cost - fast.costs[k].cost) <= 1e-9 * fast.costs[k].cost);
            for (int l = 0; l < plain.parameters.layerCount(); ++l)
                QVERIFY((plain.parameters.W[std::size_t(l)] - fast.parameters.W[std::size_t(l)]).cwiseAbs().maxCoeff() < 1e-9);
        }
    }
};

QTEST_APPLESS_MAIN(TestReferenceRuns)
#include "tst_reference_runs.moc"
