// The labs' engine: the overfitting lab's row of settings, what it reads from a run (the
// gap, where the test cost was lowest), its sentences and its runs against lone runs; the
// optimizer race's rows, each step's cost and the epoch a run reaches a cost.
#include "engine/inspect/optimizer_race.h"
#include "engine/inspect/overfitting_lab.h"
#include "engine/model/course_presets.h"
#include "engine/training/trainer.h"

#include "course_data.h"
#include "random_problem.h"

#include <QTest>

#include <cmath>

using namespace catnet;

namespace {

SweepCell cellWith(double train, double test, std::vector<HeldOutPoint> heldOut) {
    SweepCell cell;
    cell.trainAccuracy = train;
    cell.testAccuracy = test;
    cell.result.heldOut = std::move(heldOut);
    return cell;
}

} // namespace

class TestLabs : public QObject {
    Q_OBJECT
private slots:
    void theRow() {
        const std::vector<TrainingOptions> row = overfittingLabSettings();
        QCOMPARE(row.size(), std::size_t(9));
        QVERIFY(row[0].isCourseDescent());
        QCOMPARE(row[1].l2, 0.1);
        QCOMPARE(row[2].l2, 0.7);
        QCOMPARE(row[3].l2, 2.0);
        QCOMPARE(row[4].keepProb, 0.95);
        QCOMPARE(row[5].keepProb, 0.86);
        QCOMPARE(row[6].keepProb, 0.7);
        QVERIFY(row[7].flip && row[7].l2 == 0 && row[7].keepProb == 1);
        QVERIFY(row[8].flip && row[8].l2 == 0.7 && row[8].keepProb == 0.86);
        QCOMPARE(overfittingLabSettings(false).size(), std::size_t(8));
        QCOMPARE(labSettingName(row[0]), std::string("nothing added"));
        QCOMPARE(labSettingName(row[8]), std::string("L2 0.7, keep 0.86, flip"));
        // The lab names a remedy only: the optimizer it keeps is not one.
        QCOMPARE(labSettingName({.l2 = 0.1, .batchSize = 64, .optimizer = Optimizer::Adam}), std::string("L2 0.1"));
    }

    // The earliest lowest test cost, the last report point, the gap in points.
    void whatARunCameTo() {
        const LabOutcome outcome = summarizeLabRun(cellWith(
            0.98, 0.80, {{0, 0.69, 0.6, 0.5}, {100, 0.52, 0.9, 0.74}, {200, 0.52, 0.95, 0.76}, {300, 0.6, 0.98, 0.8}}));
        QCOMPARE(*outcome.bestIteration, 100);
        QCOMPARE(outcome.bestTestCost, 0.52);
        QCOMPARE(outcome.bestTestAccuracy, 0.74);
        QCOMPARE(outcome.lastIteration, 300);
        QVERIFY(std::abs(outcome.gapPoints() - 18.0) < 1e-12);
        QVERIFY(!summarizeLabRun(cellWith(1, 1, {})).bestIteration);
    }

    void sentences() {
        const LabOutcome baseline = summarizeLabRun(cellWith(0.986, 0.80, {{0, 0.7, 0.6, 0.6}, {800, 0.52, 0.9, 0.72},
                                                                          {2400, 0.75, 0.98, 0.8}}));
        QCOMPARE(describeLabRun(baseline, baseline, true),
                 std::string("gap 18.6 points (train 98.6 %, test 80.0 %); test cost lowest at iteration 800 "
                             "(test 72.0 % there)"));
        const LabOutcome helps = summarizeLabRun(cellWith(0.95, 0.86, {{0, 0.7, 0.6, 0.6}, {2400, 0.4, 0.95, 0.86}}));
        QCOMPARE(judgeRemedy(baseline, helps, false), RemedyEffect::Helps);
        QCOMPARE(describeLabRun(baseline, helps, false),
                 std::string("gap 18.6 → 9.0 points, test 80.0 → 86.0 %: narrows the gap and lifts test accuracy; "
                             "test cost still falling at the last iteration"));
        const LabOutcome underfits = summarizeLabRun(cellWith(0.80, 0.76, {}));
        QCOMPARE(judgeRemedy(baseline, underfits, false), RemedyEffect::Underfits);
        QVERIFY(describeLabRun(baseline, underfits, false).find("only by fitting the training images less") !=
                std::string::npos);
        // Half a point narrower is the same gap (the test set moves in steps of 2 points).
        QCOMPARE(judgeRemedy(baseline, summarizeLabRun(cellWith(0.981, 0.80, {})), false), RemedyEffect::NoBetter);
        SweepCell diverged = cellWith(0.5, 0.5, {});
        diverged.result.divergedAt = 1873;
        QCOMPARE(describeLabRun(baseline, summarizeLabRun(diverged), false),
                 std::string("diverged at iteration 1873: no model to compare"));
    }

    // Each cell is the lone run of its configuration; the base's optimizer and batch size
    // stay; flip doubles what it trains on.
    void eachRowIsALoneRun() {
        const test::RandomProblem train = test::makeRandomProblem(48, 60, 3); // 4 × 4 × 3 images
        const test::RandomProblem test = test::makeRandomProblem(48, 20, 4);
        TrainConfig base;
        base.layerDims = {48, 6, 3, 1};
        base.learningRate = 0.05;
        base.iterations = 120;
        base.reportEvery = 20;
        base.init = InitScheme::He;
        base.options = {.l2 = 5.0, .batchSize = 16, .optimizer = Optimizer::Momentum};
        const SweepResult lab = runOverfittingLab(base, overfittingLabSettings(), {train.X, train.Y, test.X, test.Y});
        QCOMPARE(lab.cells.size(), std::size_t(9));
        for (std::size_t k = 0; k < lab.cells.size(); ++k) {
            const SweepCell& cell = lab.cells[k];
            QCOMPARE(cell.position, std::vector<std::size_t>{k});
            QCOMPARE(cell.config.options.optimizer, Optimizer::Momentum);
            QCOMPARE(cell.config.options.batchSize, 16);
            QCOMPARE(cell.config.options.l2, overfittingLabSettings()[k].l2);
            const HeldOut heldOut{test.X, test.Y};
            const TrainResult alone = catnet::train(cell.config, train.X, train.Y, {}, {}, nullptr, {}, &heldOut);
            QCOMPARE(cell.result.costs.size(), alone.costs.size());
            QCOMPARE(cell.result.costs.back().cost, alone.costs.back().cost);
            QCOMPARE(cell.result.heldOut.size(), std::size_t(7));
            QCOMPARE(cell.result.steps, alone.steps);
        }
        QCOMPARE(lab.cells[7].result.steps, 2 * lab.cells[0].result.steps); // 120 images in batches of 16
    }

    // Each step's batch cost with mini-batches (an epoch's cost is their weighted sum), none
    // at full batch; the first epoch whose cost reaches a target.
    void stepCostsAndTheRace() {
        QCOMPARE(raceOptimizers(), (std::vector<Optimizer>{Optimizer::GradientDescent, Optimizer::Momentum,
                                                            Optimizer::Adam}));
        const test::RandomProblem problem = test::makeRandomProblem(30, 50, 6);
        TrainConfig config;
        config.layerDims = {30, 4, 1};
        config.learningRate = 0.1;
        config.iterations = 30;
        config.options = {.batchSize = 16, .optimizer = Optimizer::Adam};
        const TrainResult batched = catnet::train(config, problem.X, problem.Y);
        QCOMPARE(batched.stepCosts.values.size(), std::size_t(120)); // 4 batches (16, 16, 16, 2) a epoch
        for (int epoch : {0, 7, 29}) {
            double weighted = 0.0;
            for (int b = 0; b < 4; ++b)
                weighted += (b < 3 ? 16.0 : 2.0) / 50.0 * batched.stepCosts.values[std::size_t(4 * epoch + b)];
            QVERIFY(std::abs(weighted - batched.costHistory.values[std::size_t(epoch)]) < 1e-12);
        }
        config.options.batchSize = 0;
        QVERIFY(catnet::train(config, problem.X, problem.Y).stepCosts.values.empty());

        const double target = batched.costHistory.values[10];
        const std::optional<int> epoch = firstEpochReaching(batched, target);
        QVERIFY(epoch && *epoch <= 10);
        for (int e = 0; e < *epoch; ++e)
            QVERIFY(batched.costHistory.values[std::size_t(e)] > target);
        QVERIFY(!firstEpochReaching(batched, -1.0));
    }

    // The course's L-layer net: its row "nothing added" is SPEC's run (98.6 % against 80 %).
    void theCoursesBaseline() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        const SweepResult lab = runOverfittingLab(lLayerCourseConfig(), {TrainingOptions{}},
                                                  {data.train.X, data.train.Y, data.test.X, data.test.Y});
        const LabOutcome baseline = summarizeLabRun(lab.cells.front());
        QVERIFY(std::abs(baseline.trainAccuracy - 206.0 / 209.0) < 1e-12);
        QCOMPARE(baseline.testAccuracy, 0.8);
        QVERIFY(std::abs(baseline.gapPoints() - 100.0 * (206.0 / 209.0 - 0.8)) < 1e-9);
        QCOMPARE(baseline.lastIteration, 2499); // report points: every 100 iterations and the last
        QVERIFY(*baseline.bestIteration < 2400); // its test cost turns up again: overfitting
        QVERIFY(describeLabRun(baseline, baseline, true).rfind("gap 18.6 points (train 98.6 %, test 80.0 %)", 0) == 0);
    }
};

QTEST_APPLESS_MAIN(TestLabs)
#include "tst_labs.moc"
