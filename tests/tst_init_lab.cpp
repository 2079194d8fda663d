// The initialization lab's engine side: the five schemes on the course's L-layer net,
// and the sentence each run gets, checked against what the run itself shows.
#include "engine/inspect/init_lab.h"
#include "engine/model/course_presets.h"
#include "engine/training/trainer.h"

#include "course_data.h"

#include <QTest>

#include <cmath>

using namespace catnet;

class TestInitLab : public QObject {
    Q_OBJECT
    SweepResult lab_;

    const SweepCell& cellOf(InitScheme scheme) const {
        for (const SweepCell& cell : lab_.cells)
            if (cell.config.init == scheme)
                return cell;
        qFatal("no cell for the scheme");
    }

private slots:
    void initTestCase() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        TrainConfig config = lLayerCourseConfig();
        config.iterations = 600;
        std::vector<SweepValue> schemes;
        for (InitScheme scheme : allInitSchemes())
            schemes.push_back(scheme);
        lab_ = runSweep(config, {{SweepSetting::Init, schemes}}, {data.train.X, data.train.Y, data.test.X, data.test.Y});
        QCOMPARE(lab_.cells.size(), std::size_t(5));
        for (const SweepCell& cell : lab_.cells)
            qInfo("%s: %s", nameOf(cell.config.init).data(),
                  describeInitRun(cell.result, cell.testAccuracy).c_str());
    }

    void schemesInTheLabsOrder() {
        QCOMPARE(allInitSchemes(), (std::vector<InitScheme>{InitScheme::Zeros, InitScheme::Small, InitScheme::Large,
                                                           InitScheme::Lecun, InitScheme::He}));
    }

    void zerosNeverBreaksTheSymmetry() {
        const SweepCell& zeros = cellOf(InitScheme::Zeros);
        QVERIFY(firstLayerUnitsIdentical(zeros.result.parameters));
        QVERIFY(std::abs(zeros.result.costs.front().cost - std::log(2.0)) < 1e-12);
        const std::string text = describeInitRun(zeros.result, zeros.testAccuracy);
        QVERIFY2(text.find("symmetry is never broken") != std::string::npos, text.c_str());
        QVERIFY2(text.find("20 units of layer 1") != std::string::npos, text.c_str());
        // Not so for a scheme with random weights.
        QVERIFY(!firstLayerUnitsIdentical(cellOf(InitScheme::Lecun).result.parameters));
    }

    void smallShrinksTheSignalAndStalls() {
        const SweepCell& small = cellOf(InitScheme::Small);
        const auto& layers = small.result.layerSignals.front().layers;
        QVERIFY(layers[2].activationStd * 10 < layers[0].activationStd); // measured, not assumed
        const double first = small.result.costs.front().cost, last = small.result.costs.back().cost;
        QVERIFY(first - last < 0.1 * first);
        const std::string text = describeInitRun(small.result, small.testAccuracy);
        QVERIFY2(text.find("shrinks layer by layer") != std::string::npos, text.c_str());
        QVERIFY2(text.find("barely moves") != std::string::npos, text.c_str());
    }

    void largeDivergesAtOnce() {
        const SweepCell& large = cellOf(InitScheme::Large);
        QCOMPARE(large.result.outcome, Outcome::Diverged);
        QCOMPARE(large.result.divergedAt, std::optional<int>(0));
        const std::string text = describeInitRun(large.result, large.testAccuracy);
        QVERIFY2(text.rfind("diverged at iteration 0", 0) == 0, text.c_str());
    }

    void lecunTrains() {
        const SweepCell& lecun = cellOf(InitScheme::Lecun);
        const std::string text = describeInitRun(lecun.result, lecun.testAccuracy);
        QVERIFY2(text.find("trains: cost 0.772 to") != std::string::npos, text.c_str()); // SPEC: 0.771749
        QVERIFY(lecun.result.costs.back().cost < 0.6);
    }

    // The sentences follow the numbers, not the scheme's name: a made-up run that
    // stalls is described as stalling whatever its scheme.
    void sentencesComeFromTheRun() {
        TrainResult stalled;
        stalled.costs = {{0, 0.7}, {100, 0.69}};
        stalled.iterationsRun = 101;
        stalled.parameters.W = {Matrix::Identity(3, 4), Matrix::Ones(1, 3)};
        stalled.parameters.b = {Matrix::Zero(3, 1), Matrix::Zero(1, 1)};
        std::string text = describeInitRun(stalled, 0.5);
        QVERIFY2(text.find("barely moves (0.7000 to 0.6900)") != std::string::npos, text.c_str());
        stalled.parameters.W[0] = Matrix::Ones(3, 4);
        text = describeInitRun(stalled, 0.5);
        QVERIFY2(text.find("the 3 units of layer 1") != std::string::npos, text.c_str());
        TrainResult huge = stalled;
        huge.parameters.W[0] = Matrix::Identity(3, 4);
        huge.costs = {{0, 12.5}, {100, 9.0}};
        text = describeInitRun(huge, 0.5);
        QVERIFY2(text.find("the first cost is huge (12.5") != std::string::npos, text.c_str());
    }
};

QTEST_APPLESS_MAIN(TestInitLab)
#include "tst_init_lab.moc"
