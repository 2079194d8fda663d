// The loss along the way and around the end (engine/loss_landscape.h), on the course's
// 2-layer run: every cost against the course's forward pass on parameters built here.
#include "engine/inspect/loss_landscape.h"
#include "engine/model/course_presets.h"
#include "engine/model/course_steps.h"
#include "engine/model/initialization.h"
#include "engine/training/trainer.h"

#include "course_data.h"

#include <QTest>

#include <cmath>

using namespace catnet;

namespace {

double courseCost(const Parameters& p, const Matrix& X, const Matrix& Y) {
    return course::computeCost(course::lModelForward(X, p), Y);
}

Parameters combine(const Parameters& a, double s, const Parameters& b, double t) {
    Parameters p = a;
    for (std::size_t l = 0; l < p.W.size(); ++l) {
        p.W[l] = s * a.W[l] + t * b.W[l];
        p.b[l] = s * a.b[l] + t * b.b[l];
    }
    return p;
}

Parameters plus(const Parameters& at, double a, const Parameters& d, double b, const Parameters& e) {
    Parameters p = at;
    for (std::size_t l = 0; l < p.W.size(); ++l)
        p.W[l] += a * d.W[l] + b * e.W[l];
    return p;
}

} // namespace

class TestLossLandscape : public QObject {
    Q_OBJECT
    Parameters initial_, trained_;

private slots:
    void initTestCase() {
        CATNET_REQUIRE_COURSE_DATA();
        TrainConfig config = twoLayerCourseConfig();
        config.iterations = 500;
        const Dataset& data = test::courseDataset();
        initial_ = initializeParameters(config.layerDims, config.init, config.seed);
        trained_ = train(config, data.train.X, data.train.Y).parameters;
    }

    void theLineGoesFromTheInitialToTheTrainedParameters() {
        const Dataset& data = test::courseDataset();
        const LossLine line =
            lossAlongLine(initial_, trained_, data.train.X, data.train.Y, data.test.X, data.test.Y);
        QCOMPARE(line.alphas.size(), std::size_t(101));
        QCOMPARE(line.alphas.front(), -0.5);
        QCOMPARE(line.alphas.back(), 1.5);
        QCOMPARE(line.alphas[25], 0.0);
        QCOMPARE(line.alphas[75], 1.0);
        QVERIFY(std::abs(line.trainCosts[25] - courseCost(initial_, data.train.X, data.train.Y)) < 1e-12);
        QVERIFY(std::abs(line.trainCosts[75] - courseCost(trained_, data.train.X, data.train.Y)) < 1e-12);
        QVERIFY(std::abs(line.testCosts[75] - courseCost(trained_, data.test.X, data.test.Y)) < 1e-12);
        // A point in between and one beyond, against parameters mixed here.
        for (std::size_t k : {std::size_t(40), std::size_t(95)}) {
            const double alpha = line.alphas[k];
            const Parameters mixed = combine(initial_, 1.0 - alpha, trained_, alpha);
            QVERIFY(std::abs(line.trainCosts[k] - courseCost(mixed, data.train.X, data.train.Y)) < 1e-10);
            QVERIFY(std::abs(line.testCosts[k] - courseCost(mixed, data.test.X, data.test.Y)) < 1e-10);
        }
        QVERIFY(line.trainCosts[75] < line.trainCosts[25]); // training went down
    }

    void directionsAreFilterNormalized() {
        const Parameters d = filterNormalizedDirection(trained_, 3);
        for (std::size_t l = 0; l < d.W.size(); ++l) {
            QCOMPARE(d.W[l].rows(), trained_.W[l].rows());
            for (Eigen::Index unit = 0; unit < d.W[l].rows(); ++unit)
                QVERIFY(std::abs(d.W[l].row(unit).norm() - trained_.W[l].row(unit).norm()) <
                        1e-12 * trained_.W[l].row(unit).norm());
            QVERIFY(d.b[l].isZero());
        }
        QVERIFY((filterNormalizedDirection(trained_, 3).W[0] - d.W[0]).isZero()); // reproducible
        QVERIFY(!(filterNormalizedDirection(trained_, 4).W[0] - d.W[0]).isZero());
    }

    void theSurfaceAroundTheTrainedParameters() {
        const Dataset& data = test::courseDataset();
        std::vector<double> shares;
        const LossSurface surface = lossSurface(trained_, data.train.X, data.train.Y, 7, 31, 1.0,
                                                [&](double share) { shares.push_back(share); });
        QVERIFY(!surface.stopped);
        QCOMPARE(surface.costs.rows(), 31);
        QCOMPARE(surface.costs.cols(), 31);
        QCOMPARE(surface.coordinates[15], 0.0);
        QCOMPARE(shares.size(), std::size_t(31));
        QCOMPARE(shares.back(), 1.0);
        QVERIFY(std::abs(surface.costs(15, 15) - courseCost(trained_, data.train.X, data.train.Y)) < 1e-12);
        const Parameters delta = filterNormalizedDirection(trained_, 7), eta = filterNormalizedDirection(trained_, 8);
        for (const auto& [i, j] : {std::pair{0, 30}, std::pair{20, 3}}) {
            const Parameters p = plus(trained_, surface.coordinates[std::size_t(i)], delta,
                                      surface.coordinates[std::size_t(j)], eta);
            QVERIFY(std::abs(surface.costs(i, j) - courseCost(p, data.train.X, data.train.Y)) < 1e-10);
        }
    }

    void aStoppedSurfaceSaysSo() {
        const Dataset& data = test::courseDataset();
        std::stop_source stop;
        stop.request_stop();
        QVERIFY(lossSurface(trained_, data.train.X, data.train.Y, 0, 31, 1.0, {}, stop.get_token()).stopped);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 lossAlongLine(initial_, initializeParameters({12288, 3, 1}, InitScheme::He, 1),
                                               data.train.X, data.train.Y, data.test.X, data.test.Y));
    }
};

QTEST_APPLESS_MAIN(TestLossLandscape)
#include "tst_loss_landscape.moc"
