// Trainer behaviour: progress, cancellation, divergence and refusals.
#include "engine/inspect/inspection.h"
#include "engine/model/course_steps.h"
#include "engine/model/metrics.h"
#include "engine/training/memory_budget.h"
#include "engine/training/trainer.h"

#include "random_problem.h"

#include <QTest>

#include <cmath>
#include <thread>

using namespace catnet;

namespace {
TrainConfig smallConfig(Strategy strategy) {
    TrainConfig config;
    config.layerDims = {30, 6, 4, 1};
    config.learningRate = 0.05;
    config.iterations = 250;
    config.reportEvery = 100;
    config.init = InitScheme::He;
    config.strategy = strategy;
    return config;
}
const test::RandomProblem& problem() {
    static const test::RandomProblem p = test::makeRandomProblem(30, 40, 11);
    return p;
}
} // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private slots:
    void strategies_data() {
        QTest::addColumn<int>("strategy");
        QTest::newRow("plain") << int(Strategy::Plain);
        QTest::newRow("direct") << int(Strategy::Direct);
        QTest::newRow("gram") << int(Strategy::Gram);
    }

    void recordsCostsAtReportPointsAndTheLastIteration_data() { strategies_data(); }
    void recordsCostsAtReportPointsAndTheLastIteration() {
        QFETCH(int, strategy);
        std::vector<CostPoint> reported;
        const TrainResult result = train(smallConfig(Strategy(strategy)), problem().X, problem().Y,
                                         [&](int i, double c) { reported.push_back({i, c}); });
        QCOMPARE(result.outcome, Outcome::Completed);
        QCOMPARE(result.iterationsRun, 250);
        QCOMPARE(int(result.strategy), strategy);
        QCOMPARE(result.costs.size(), std::size_t{4});
        const int expected[] = {0, 100, 200, 249};
        for (std::size_t k = 0; k < 4; ++k) {
            QCOMPARE(result.costs[k].iteration, expected[k]);
            QCOMPARE(reported[k].iteration, expected[k]);
            QCOMPARE(reported[k].cost, result.costs[k].cost);
        }
        QVERIFY(result.costs.back().cost < result.costs.front().cost); // it learns
        QCOMPARE(result.describeOutcome(), std::string("completed"));
    }

    void stopsWhenAsked_data() { strategies_data(); }
    void stopsWhenAsked() {
        QFETCH(int, strategy);
        std::stop_source stop;
        TrainConfig config = smallConfig(Strategy(strategy));
        config.reportEvery = 1;
        const TrainResult result = train(config, problem().X, problem().Y, [&](int i, double) {
            if (i == 37)
                stop.request_stop();
        }, stop.get_token());
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QCOMPARE(result.iterationsRun, 38); // iteration 37 finishes its update, then it stops
        QCOMPARE(result.costs.size(), std::size_t{38});
        QCOMPARE(result.parameters.layerDims(), config.layerDims);
        QVERIFY(result.parameters.W[0].allFinite());
        QCOMPARE(result.describeOutcome(), std::string("cancelled after 38 iterations"));
    }

    void divergesWithAHugeLearningRate_data() { strategies_data(); }
    void divergesWithAHugeLearningRate() {
        QFETCH(int, strategy);
        TrainConfig config = smallConfig(Strategy(strategy));
        config.learningRate = 1e6;
        config.reportEvery = 1;
        const TrainResult result = train(config, problem().X, problem().Y);
        QCOMPARE(result.outcome, Outcome::Diverged);
        QVERIFY(result.divergedAt.has_value());
        QVERIFY(*result.divergedAt >= 1);
        QCOMPARE(result.iterationsRun, *result.divergedAt);
        // Only the finite part is recorded, one point per iteration before divergence.
        QCOMPARE(result.costs.size(), std::size_t(*result.divergedAt));
        for (const CostPoint& point : result.costs)
            QVERIFY(std::isfinite(point.cost));
        QCOMPARE(result.describeOutcome(),
                 "diverged at iteration " + std::to_string(*result.divergedAt));
    }

    void refusesConfigsThatDoNotFit_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("dims") << "dims";
        QTest::newRow("rate") << "rate";
        QTest::newRow("nan rate") << "nan";
        QTest::newRow("iterations") << "iterations";
        QTest::newRow("report") << "report";
    }
    void refusesConfigsThatDoNotFit() {
        QFETCH(QString, field);
        TrainConfig config = smallConfig(Strategy::Direct);
        if (field == "dims")
            config.layerDims = {29, 4, 1};
        else if (field == "rate")
            config.learningRate = 0.0;
        else if (field == "nan")
            config.learningRate = std::nan("");
        else if (field == "iterations")
            config.iterations = -1; // 0 is fine: the initial parameters
        else
            config.reportEvery = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, train(config, problem().X, problem().Y));
    }

    void autoPicksGramForTheCourseAndDirectForBigData() {
        QCOMPARE(chooseStrategy({12288, 20, 7, 5, 1}, 209, 2500), Strategy::Gram);
        QCOMPARE(chooseStrategy({12288, 7, 1}, 209, 2500), Strategy::Gram);
        // 5,000 and 10,000 images: XᵀX takes 200 MB and 800 MB, and saves most of the work.
        QCOMPARE(chooseStrategy({12288, 20, 7, 5, 1}, 5000, 2500), Strategy::Gram);
        QCOMPARE(chooseStrategy({12288, 20, 7, 5, 1}, 10000, 2500), Strategy::Gram);
        // 20000 examples: the Gram matrix would need 3.2 GB.
        QCOMPARE(chooseStrategy({12288, 20, 1}, 20000, 2500), Strategy::Direct);
        // More examples than features: Gram saves nothing.
        QCOMPARE(chooseStrategy({50, 20, 1}, 4000, 2500), Strategy::Direct);
    }

    // What does not fit is said before anything is allocated, in one line with advice.
    void aStrategyThatDoesNotFitIsRefusedUpFront() {
        TrainConfig config;
        config.layerDims = {2, 1};
        config.iterations = 2;
        config.strategy = Strategy::Gram; // XᵀX, half of a 200,000² matrix: 160 GB
        const Matrix X = Matrix::Random(2, 200'000);
        const Matrix Y = Matrix::Zero(1, 200'000);
        try {
            train(config, X, Y);
            QFAIL("no MemoryError");
        } catch (const MemoryError& e) {
            QVERIFY2(QString(e.what()).contains("gram strategy") && QString(e.what()).contains("--strategy direct") &&
                         QString(e.what()).contains("160 GB"),
                     e.what());
        }
        config.strategy = Strategy::Auto; // picks the direct path, which fits
        QCOMPARE(train(config, X, Y).strategy, Strategy::Direct);
    }

    // SPEC §8's options change what a run holds: flip a mirrored copy of the images (12288
    // × 2m doubles), mini-batches only their batch's activations.
    void theMemoryEstimateCountsTheOptions() {
        TrainConfig config; // the L-layer course net
        config.options.l2 = 0.7; // the plain loop, referring to X
        const std::uint64_t m = 10'000;
        const std::uint64_t plain = trainingMemory(config, Strategy::Plain, m);
        TrainConfig flipped = config;
        flipped.options.flip = true;
        QVERIFY(trainingMemory(flipped, Strategy::Plain, m) >= plain + 12288ull * 2 * m * sizeof(double));
        TrainConfig batches = config;
        batches.options.batchSize = 64;
        QVERIFY(trainingMemory(batches, Strategy::Plain, m) > plain); // a batch's copy of 64 columns
        QVERIFY(trainingMemory(batches, Strategy::Plain, m) < plain + 12288ull * 65 * sizeof(double));
        TrainConfig course; // the course's own descent: the caches copy X twice
        QCOMPARE(trainingMemory(course, Strategy::Plain, m) - plain, 12288ull * 2 * m * sizeof(double));
    }

    void memoryMessages() {
        QCOMPARE(formatBytes(999), std::string("999 bytes"));
        QCOMPARE(formatBytes(1'500'000'000), std::string("1.5 GB"));
        QVERIFY(!memoryProblem(10, 10, "x", "y"));
        QCOMPARE(*memoryProblem(2'000'000'000, 800'000'000, "loading 200000 images", "use fewer images"),
                 std::string("loading 200000 images needs 2.0 GB of memory, but only 800 MB are available; use fewer images"));
    }

    void strategyNamesRoundTrip() {
        for (Strategy s : {Strategy::Auto, Strategy::Plain, Strategy::Direct, Strategy::Gram})
            QCOMPARE(parseName<Strategy>(nameOf(s)), std::optional(s));
        QVERIFY(!parseName<Strategy>("fast"));
    }

    void pausedAndSteppedRunsAreBitIdentical_data() {
        QTest::addColumn<Strategy>("strategy");
        QTest::newRow("plain") << Strategy::Plain;
        QTest::newRow("direct") << Strategy::Direct;
        QTest::newRow("gram") << Strategy::Gram;
    }

    void pausedAndSteppedRunsAreBitIdentical() {
        QFETCH(Strategy, strategy);
        const auto problem = test::makeRandomProblem(40, 30, 6);
        TrainConfig config;
        config.layerDims = {40, 6, 3, 1};
        config.iterations = 12;
        config.reportEvery = 1;
        config.learningRate = 0.05;
        config.strategy = strategy;
        const TrainResult uninterrupted = train(config, problem.X, problem.Y);

        IterationGate gate;
        gate.pause(); // paused before iteration 0: the first Step runs iteration 0
        TrainResult stepped;
        std::jthread worker([&] { stepped = train(config, problem.X, problem.Y, {}, {}, &gate); });
        const auto waitUntilPausedAt = [&](int iteration) {
            return QTest::qWaitFor([&] { return gate.pausedAt() && gate.pausedAt()->iteration == iteration; }, 20000);
        };
        QVERIFY(waitUntilPausedAt(0));
        for (int i = 1; i <= 3; ++i) {
            gate.step();
            QVERIFY(waitUntilPausedAt(i));
        }
        // Paused before iteration 3: the parameters of a 3-iteration run.
        TrainConfig threeIterations = config; // `config` is the running run's
        threeIterations.iterations = 3;
        const TrainResult three = train(threeIterations, problem.X, problem.Y);
        for (int l = 0; l < 3; ++l)
            QVERIFY(gate.pausedAt()->parameters->W[l] == three.parameters.W[l]);
        gate.resume();
        worker.join();
        QCOMPARE(stepped.iterationsRun, 12);
        QCOMPARE(stepped.costs, uninterrupted.costs);
        for (int l = 0; l < 3; ++l) {
            QVERIFY(stepped.parameters.W[l] == uninterrupted.parameters.W[l]); // bit for bit
            QVERIFY(stepped.parameters.b[l] == uninterrupted.parameters.b[l]);
        }
    }

    // The span path's partner thread draws each full-batch step's dropout masks a step
    // ahead; the report points' test-set products and a pause between steps come in
    // between. The draws must still come in the steps' order, as the plain loop takes them.
    void dropoutMasksDrawnAheadKeepTheStepsOrder() {
        const auto problem = test::makeRandomProblem(40, 30, 6);
        const auto heldOutProblem = test::makeRandomProblem(40, 12, 7);
        const HeldOut heldOut{heldOutProblem.X, heldOutProblem.Y};
        TrainConfig config;
        config.layerDims = {40, 6, 3, 1};
        config.iterations = 12;
        config.reportEvery = 3;
        config.learningRate = 0.05;
        config.options.keepProb = 0.8;
        config.strategy = Strategy::Plain;
        const TrainResult plain = train(config, problem.X, problem.Y, {}, {}, nullptr, {}, &heldOut);
        config.strategy = Strategy::Gram;
        IterationGate gate;
        gate.pause();
        TrainResult span;
        std::jthread worker([&] { span = train(config, problem.X, problem.Y, {}, {}, &gate, {}, &heldOut); });
        for (int i = 1; i <= 4; ++i) { // stepped through the first report points, then freely
            QVERIFY(QTest::qWaitFor([&] { return gate.pausedAt() && gate.pausedAt()->iteration == i - 1; }, 20000));
            gate.step();
        }
        gate.resume();
        worker.join();
        QCOMPARE(span.strategy, Strategy::Gram);
        QCOMPARE(span.costs.size(), plain.costs.size());
        for (std::size_t i = 0; i < plain.costs.size(); ++i)
            QVERIFY(std::abs(span.costs[i].cost - plain.costs[i].cost) <= 1e-12 * std::abs(plain.costs[i].cost));
        QCOMPARE(span.heldOut.size(), plain.heldOut.size());
        for (std::size_t k = 0; k < plain.heldOut.size(); ++k)
            QVERIFY(std::abs(span.heldOut[k].testCost - plain.heldOut[k].testCost) <= 1e-12);
    }

    void aStopEndsAPausedRun() {
        const auto problem = test::makeRandomProblem(10, 8, 2);
        TrainConfig config;
        config.layerDims = {10, 3, 1};
        config.iterations = 50;
        IterationGate gate;
        gate.pause();
        std::stop_source stop;
        TrainResult result;
        std::jthread worker([&] { result = train(config, problem.X, problem.Y, {}, stop.get_token(), &gate); });
        QVERIFY(QTest::qWaitFor([&] { return gate.pausedAt().has_value(); }, 20000));
        stop.request_stop();
        worker.join();
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QCOMPARE(result.iterationsRun, 0);
    }

    // Held-out figures at every report point, each equal to what the parameters of that
    // iteration give when computed independently (a run stopped just before it).
    void heldOutFiguresAtEveryReportPoint_data() { strategies_data(); }
    void heldOutFiguresAtEveryReportPoint() {
        QFETCH(int, strategy);
        const test::RandomProblem held = test::makeRandomProblem(30, 25, 12);
        TrainConfig config = smallConfig(Strategy(strategy));
        config.reportEvery = 50;
        const HeldOut heldOut{held.X, held.Y, 0.4};
        std::vector<HeldOutPoint> told;
        const TrainResult result = train(config, problem().X, problem().Y, {}, {}, nullptr, {}, &heldOut,
                                         [&](const HeldOutPoint& point) { told.push_back(point); });
        QCOMPARE(result.heldOut.size(), result.costs.size());
        QCOMPARE(told, result.heldOut);
        for (std::size_t k = 0; k < result.costs.size(); ++k) {
            const HeldOutPoint& point = result.heldOut[k];
            QCOMPARE(point.iteration, result.costs[k].iteration);
            TrainConfig upTo = config;
            upTo.iterations = point.iteration; // the parameters that iteration starts from
            const Parameters p = train(upTo, problem().X, problem().Y).parameters;
            const Evaluation trainEval = evaluate(p, problem().X, problem().Y, 0.4);
            const Evaluation testEval = evaluate(p, held.X, held.Y, 0.4);
            Matrix heldOutput(1, held.X.cols());
            heldOutput.row(0) = testEval.probabilities;
            QVERIFY(std::abs(point.testCost - course::computeCost(heldOutput, held.Y)) <= 1e-10);
            QCOMPARE(point.trainAccuracy, trainEval.accuracy);
            QCOMPARE(point.testAccuracy, testEval.accuracy);
        }
        QVERIFY(result.heldOut.back().trainAccuracy > result.heldOut.front().trainAccuracy);
        // Without a held-out set nothing is recorded.
        QVERIFY(train(config, problem().X, problem().Y).heldOut.empty());
    }

    void layerSignalsAtEveryReportPoint_data() {
        pausedAndSteppedRunsAreBitIdentical_data();
    }

    void layerSignalsAtEveryReportPoint() {
        QFETCH(Strategy, strategy);
        const auto problem = test::makeRandomProblem(40, 30, 9);
        TrainConfig config;
        config.layerDims = {40, 6, 3, 1};
        config.iterations = 25;
        config.reportEvery = 10;
        config.learningRate = 0.05;
        config.strategy = strategy;
        std::vector<SignalPoint> heard;
        const TrainResult result =
            train(config, problem.X, problem.Y, {}, {}, nullptr, [&](const SignalPoint& p) { heard.push_back(p); });
        QCOMPARE(result.layerSignals.size(), result.costs.size()); // iterations 0, 10, 20, 24
        QCOMPARE(heard, result.layerSignals);
        for (const SignalPoint& point : result.layerSignals) {
            // The same measures, computed here from that iteration's values.
            TrainConfig upTo = config;
            upTo.iterations = point.iteration;
            const Parameters p = train(upTo, problem.X, problem.Y).parameters;
            const IterationValues v = inspectIteration(p, problem.X, problem.Y);
            QCOMPARE(point.layers.size(), std::size_t(3));
            for (int l = 1; l <= 3; ++l) {
                const LayerSignals& s = point.layers[std::size_t(l) - 1];
                const Matrix& A = v.A[std::size_t(l)];
                const double std = std::sqrt((A.array() - A.mean()).square().mean());
                const double dead = l < 3 ? double((A.array() == 0).rowwise().all().count()) / double(A.rows()) : 0.0;
                const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
                QVERIFY2(near(s.activationStd, std), qPrintable(QString("layer %1 at %2").arg(l).arg(point.iteration)));
                QCOMPARE(s.deadShare, dead);
                QVERIFY(near(s.gradientNorm, v.dW[std::size_t(l)].norm()));
                QVERIFY(near(s.updateRatio, 0.05 * v.dW[std::size_t(l)].norm() / v.W[std::size_t(l)].norm()));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
