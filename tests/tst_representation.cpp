// SPEC §9: what a run learned — frames, the projector, distributions and the decision
// plane — against the SPEC's check values on the course's L-layer run, and the mechanics
// (frames from every training path, numpy's percentiles) on small problems.
#include "engine/inspect/activation_tap.h"
#include "engine/inspect/decision_plane.h"
#include "engine/inspect/distributions.h"
#include "engine/inspect/projection.h"
#include "engine/model/course_presets.h"
#include "engine/model/course_steps.h"
#include "engine/model/initialization.h"
#include "engine/training/trainer.h"

#include "course_data.h"
#include "random_problem.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace catnet;

namespace {

// numpy.percentile's linear method, written out with a full sort (the reference for percentilesOf).
double sortedPercentile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    const double index = q / 100.0 * double(values.size() - 1);
    const auto below = std::size_t(std::floor(index));
    const double t = index - double(below);
    const double a = values[below], b = values[std::min(below + 1, values.size() - 1)];
    return t >= 0.5 ? b - (b - a) * (1.0 - t) : a + (b - a) * t;
}

// `relative`: of each expected value (the SPEC prints 10 significant digits); zeros exactly.
void comparePercentiles(const Percentiles& actual, const std::array<double, 9>& expected, double relative) {
    for (std::size_t p = 0; p < expected.size(); ++p)
        QVERIFY2(std::abs(actual[p] - expected[p]) <= relative * std::abs(expected[p]),
                 qPrintable(QString("percentile %1: %2, expected %3")
                                .arg(kDistributionPercentiles[p])
                                .arg(actual[p], 0, 'g', 12)
                                .arg(expected[p], 0, 'g', 12)));
}

// The course's L-layer run with its frames: every 100th iteration's parameters, then the trained ones.
struct CourseFrames {
    Projection projection;
    DistributionFrame first, last;
    Parameters trained;
};

const CourseFrames& courseFrames() {
    static const CourseFrames frames = [] {
        const Dataset& data = test::courseDataset();
        const TrainConfig config = lLayerCourseConfig();
        ProjectionRecorder recorder(3, data.train.X, &data.test.X);
        CourseFrames result;
        IterationGate gate;
        gate.watchFrames(config.reportEvery, [&](const RunFrame& frame) {
            const Parameters parameters = frame.parameters();
            recorder.addFrame(frame.iteration(), parameters);
            if (frame.iteration() == 0)
                result.first = measureDistributions(0, parameters, data.train.X, data.train.Y);
        });
        const TrainResult run = train(config, data.train.X, data.train.Y, {}, {}, &gate);
        recorder.addFrame(run.iterationsRun, run.parameters);
        result.projection = recorder.project();
        result.last = measureDistributions(run.iterationsRun, run.parameters, data.train.X, data.train.Y);
        result.trained = run.parameters;
        return result;
    }();
    return frames;
}

} // namespace

class TestRepresentation : public QObject {
    Q_OBJECT
private slots:
    void percentilesAreNumpys() {
        // np.percentile([1, 2, 3, 4], [0, 6.68, 15.87, 30.85, 50, 69.15, 84.13, 93.32, 100])
        comparePercentiles(percentilesOf(Matrix{{1.0, 2.0, 3.0, 4.0}}),
                           {1.0, 1.2004, 1.4761, 1.9255, 2.5, 3.0745, 3.5239, 3.7996, 4.0}, 1e-14);
        comparePercentiles(percentilesOf(Matrix::Constant(1, 1, 7.0)), {7, 7, 7, 7, 7, 7, 7, 7, 7}, 0.0);
        // Selection instead of a sort, the same numbers: unsorted values, ties, a matrix's every entry.
        NumpyRandom random(4);
        Matrix values = random.randn(37, 29);
        values.col(3) = values.col(5); // ties
        const std::vector<double> all(values.data(), values.data() + values.size());
        const Percentiles selected = percentilesOf(values);
        for (std::size_t p = 0; p < kDistributionPercentiles.size(); ++p)
            QCOMPARE(selected[p], sortedPercentile(all, kDistributionPercentiles[p]));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, percentilesOf(Matrix()));
    }

    // A frame is the parameters before update i: those of a run of i iterations, whichever
    // path trains (a path's W1 is formed from its own algebra, hence 1e-12). Its
    // activations of the training and held-out images, which the Gram path forms from its
    // kept products without W1, are those of its parameters.
    void framesComeFromEveryTrainingPath_data() {
        QTest::addColumn<Strategy>("strategy");
        QTest::addColumn<double>("keepProb");
        QTest::newRow("plain") << Strategy::Plain << 1.0;
        QTest::newRow("direct") << Strategy::Direct << 1.0;
        QTest::newRow("gram") << Strategy::Gram << 1.0;
        QTest::newRow("span (dropout)") << Strategy::Gram << 0.9;
    }
    void framesComeFromEveryTrainingPath() {
        QFETCH(Strategy, strategy);
        QFETCH(double, keepProb);
        const auto problem = test::makeRandomProblem(30, 24, 9);
        TrainConfig config;
        config.layerDims = {30, 5, 3, 1};
        config.learningRate = 0.05;
        config.iterations = 10;
        config.reportEvery = 4;
        config.strategy = strategy;
        config.options.keepProb = keepProb;
        const auto heldOutProblem = test::makeRandomProblem(30, 7, 10);
        const HeldOut heldOut{heldOutProblem.X, heldOutProblem.Y};
        std::vector<std::pair<int, Parameters>> frames;
        std::vector<ActivationFrame> seen;
        IterationGate gate;
        gate.watchFrames(config.reportEvery, [&](const RunFrame& f) {
            seen.push_back(captureActivations(f, problem.X, heldOut.X));
            frames.emplace_back(f.iteration(), f.parameters());
        });
        train(config, problem.X, problem.Y, {}, {}, &gate, {}, &heldOut);
        QCOMPARE(int(frames.size()), 3);
        for (std::size_t f = 0; f < frames.size(); ++f) {
            QCOMPARE(frames[f].first, int(f) * 4);
            const ActivationFrame exact = captureActivations(frames[f].first, frames[f].second, problem.X, heldOut.X);
            QCOMPARE(seen[f].iteration, exact.iteration);
            QVERIFY((seen[f].trainP - exact.trainP).cwiseAbs().maxCoeff() <= 1e-12);
            QVERIFY((seen[f].testP - exact.testP).cwiseAbs().maxCoeff() <= 1e-12);
            for (std::size_t l = 0; l < 2; ++l) {
                QVERIFY((seen[f].train[l] - exact.train[l]).cwiseAbs().maxCoeff() <= 1e-12);
                QVERIFY((seen[f].test[l] - exact.test[l]).cwiseAbs().maxCoeff() <= 1e-12);
            }
            TrainConfig shorter = config;
            shorter.iterations = frames[f].first;
            const TrainResult alone = train(shorter, problem.X, problem.Y);
            for (std::size_t l = 0; l < 3; ++l) {
                QVERIFY((frames[f].second.W[l] - alone.parameters.W[l]).cwiseAbs().maxCoeff() <= 1e-12);
                QVERIFY((frames[f].second.b[l] - alone.parameters.b[l]).cwiseAbs().maxCoeff() <= 1e-12);
            }
        }
    }

    void projectionOfTheCourseRun() {
        CATNET_REQUIRE_COURSE_DATA();
        const Projection& projection = courseFrames().projection;
        QCOMPARE(projection.layer, 3);
        QCOMPARE(int(projection.iterations.size()), 26); // 0, 100, …, 2400 and 2500
        QCOMPARE(projection.iterations.front(), 0);
        QCOMPARE(projection.iterations[24], 2400);
        QCOMPARE(projection.iterations.back(), 2500);
        QCOMPARE(projection.axes.rows(), 5);
        QCOMPARE(projection.axes.cols(), 2);
        const auto close = [](double actual, double expected) { return std::abs(actual - expected) <= 1e-8; };
        QVERIFY(close(projection.explained[0], 0.9425274713));
        QVERIFY(close(projection.explained[1], 0.0309156738));
        const double axes[3][2] = {{0.2500348139, 0.2077661906}, {0.2828022201, 0.2392363159}, {0.4534941831, 0.0391478441}};
        for (int row = 0; row < 3; ++row)
            for (int axis = 0; axis < 2; ++axis)
                QVERIFY2(close(projection.axes(row, axis), axes[row][axis]), qPrintable(QString::number(projection.axes(row, axis), 'g', 12)));
        QVERIFY(close(projection.train.front()(0, 0), -0.0421269396));
        QVERIFY(close(projection.train.front()(1, 0), 0.0645712357));
        QVERIFY(close(projection.train.back()(0, 0), -1.9689120112));
        QVERIFY(close(projection.train.back()(1, 0), 0.0124626247));
        QVERIFY(close(projection.test.front()(0, 0), -0.1598869891));
        QVERIFY(close(projection.test.front()(1, 0), 0.0416740309));
        QCOMPARE(projection.train.back().cols(), 209);
        QCOMPARE(projection.test.back().cols(), 50);
        // The axes are orthonormal; every frame is centred on its own training mean.
        QVERIFY((projection.axes.transpose() * projection.axes - Matrix::Identity(2, 2)).cwiseAbs().maxCoeff() < 1e-12);
        for (const Matrix& frame : projection.train)
            QVERIFY(frame.rowwise().mean().cwiseAbs().maxCoeff() < 1e-12);
    }

    void distributionsOfTheCourseRun() {
        CATNET_REQUIRE_COURSE_DATA();
        const CourseFrames& frames = courseFrames();
        QCOMPARE(frames.first.layers.size(), std::size_t(4));
        comparePercentiles(frames.first.layers[0].W,
                           {-0.039033274, -0.01345527579, -0.008979001342, -0.004498897426, 1.546905645e-05,
                            0.004530253868, 0.00905624768, 0.01358279594, 0.04087371677},
                           1e-9);
        comparePercentiles(frames.first.layers[0].dW,
                           {-0.02507743845, -0.01484474537, -0.007173475756, -0.003421268986, 1.024375855e-04,
                            0.003544741131, 0.01726703539, 0.02403234161, 0.04120429392},
                           1e-9);
        comparePercentiles(frames.first.layers[0].Z,
                           {-1.379437354, -0.5084638756, -0.2887806515, -0.08015610917, 0.1259171901, 0.3443016212,
                            0.5874360864, 0.8592042167, 1.792422301},
                           1e-9);
        comparePercentiles(frames.last.layers[2].A,
                           {0, 0, 0, 0, 0, 0.8756258151, 2.364602598, 3.653549086, 8.776816304}, 1e-9);
        // The output layer's A is P(cat): inside (0, 1).
        QVERIFY(frames.last.layers[3].A.front() > 0.0 && frames.last.layers[3].A.back() < 1.0);
    }

    void planeThroughThreeTrainingImages() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        const Parameters& trained = courseFrames().trained;
        const DecisionPlane plane = decisionPlane(trained, data.train.X, 2, 7, 25, 41);
        QCOMPARE(plane.pCat.rows(), 41);
        QCOMPARE(plane.pCat.cols(), 41);
        QCOMPARE(plane.alphas.front(), -0.5);
        QCOMPARE(plane.alphas[10], 0.0);
        QCOMPARE(plane.betas.back(), 1.5);
        const auto close = [](double actual, double expected) { return std::abs(actual - expected) <= 1e-9; };
        QVERIFY(close(plane.pCat(0, 0), 0.9958537594));
        QVERIFY(close(plane.pCat(10, 10), 0.9960636155));
        QVERIFY(close(plane.pCat(20, 20), 0.9979344592));
        QVERIFY(close(plane.pCat(40, 40), 0.9772165053));
        QVERIFY(close(plane.pCat.mean(), 0.9919361260));
        // (0, 0) is image 2 itself, (1, 0) image 7, (0, 1) image 25: their own P(cat).
        const Matrix own = course::lModelForward(data.train.X(Eigen::all, std::vector<Eigen::Index>{2, 7, 25}), trained);
        QVERIFY(std::abs(plane.pCat(10, 10) - own(0, 0)) < 1e-12);
        QVERIFY(std::abs(plane.pCat(30, 10) - own(0, 1)) < 1e-12);
        QVERIFY(std::abs(plane.pCat(10, 30) - own(0, 2)) < 1e-12);
        // The image at a point of the plane.
        QVERIFY((planePoint(data.train.X, 2, 7, 25, 1.0, 0.0) - data.train.X.col(7)).cwiseAbs().maxCoeff() < 1e-15);
    }

    void planeRefusesWhatIsNotThere() {
        const auto problem = test::makeRandomProblem(12, 5, 3);
        const Parameters parameters = initializeParameters({12, 3, 1}, InitScheme::He, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, decisionPlane(parameters, problem.X, 0, 1, 5, 11));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, decisionPlane(parameters, problem.X, -1, 1, 2, 11));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, decisionPlane(parameters, problem.X, 0, 1, 2, 1));
        QCOMPARE(decisionPlane(parameters, problem.X, 0, 1, 2, 2).pCat.size(), 4);
    }

    // The window's frames hold every hidden layer at once; projected, any layer of them is
    // what the recorder of that one layer gives.
    void framesOfEveryLayerProjectLikeTheRecorder() {
        const auto problem = test::makeRandomProblem(16, 30, 5);
        const auto heldOut = test::makeRandomProblem(16, 9, 6);
        std::vector<ActivationFrame> frames;
        ProjectionRecorder second(2, problem.X, &heldOut.X);
        for (int iteration = 0; iteration < 3; ++iteration) {
            const Parameters parameters = initializeParameters({16, 6, 4, 1}, InitScheme::He, std::uint32_t(iteration + 1));
            frames.push_back(captureActivations(iteration * 10, parameters, problem.X, heldOut.X));
            second.addFrame(iteration * 10, parameters);
            QCOMPARE(frames.back().train.size(), std::size_t(2));
            QVERIFY((frames.back().trainP - course::lModelForward(problem.X, parameters)).cwiseAbs().maxCoeff() < 1e-15);
        }
        const Projection fromFrames = projectFrames(frames, 2), fromRecorder = second.project();
        QCOMPARE(fromFrames.iterations, fromRecorder.iterations);
        QVERIFY(fromFrames.axes == fromRecorder.axes);
        for (std::size_t f = 0; f < 3; ++f) {
            QVERIFY(fromFrames.train[f] == fromRecorder.train[f]);
            QVERIFY(fromFrames.test[f] == fromRecorder.test[f]);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, projectFrames(frames, 3));
    }

    // Every report point while a run is short; a long run or a large data set thinned so
    // that its frames stay within 250 and 256 MB.
    void framesAreThinnedForLongRunsAndLargeData() {
        const std::size_t course = activationFrameBytes({12288, 20, 7, 5, 1}, 209, 50);
        QCOMPARE(course, std::size_t(33 * 259 * 8));
        QCOMPARE(frameInterval(2500, 100, course), 100);
        QCOMPARE(frameInterval(25000, 100, course), 100);
        QCOMPARE(frameInterval(30000, 100, course), 200); // 300 report points: every other
        QCOMPARE(frameInterval(0, 100, course), 100);
        const std::size_t large = activationFrameBytes({12288, 20, 7, 5, 1}, 16000, 4000); // 5.3 MB a frame
        QCOMPARE(frameInterval(2500, 100, large), 100);    // 25 frames: 132 MB
        QCOMPARE(frameInterval(10000, 100, large), 200);   // at most 50 frames
        QVERIFY(10000 / frameInterval(10000, 100, large) * large <= kFrameBytes);
    }

    void aLayerOfOneUnitHasOneAxis() {
        const auto problem = test::makeRandomProblem(12, 20, 3);
        const Parameters parameters = initializeParameters({12, 1, 1}, InitScheme::He, 2);
        ProjectionRecorder recorder(1, problem.X, nullptr);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, recorder.project());
        recorder.addFrame(0, parameters);
        const Projection projection = recorder.project();
        QCOMPARE(projection.axes.cols(), 1);
        QCOMPARE(projection.explained.size(), std::size_t(1));
        QCOMPARE(projection.explained.front(), 1.0);
        QCOMPARE(projection.train.front().rows(), 1);
        QVERIFY(projection.test.front().size() == 0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hiddenActivations(parameters, problem.X, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hiddenActivations(parameters, problem.X, 0));
    }
};

QTEST_APPLESS_MAIN(TestRepresentation)
#include "tst_representation.moc"
