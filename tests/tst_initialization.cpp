#include "engine/model/initialization.h"
#include "engine/model/numpy_random.h"

#include "matrix_compare.h"

#include <QTest>

using namespace catnet;
using catnet::test::rows;

class TestInitialization : public QObject {
    Q_OBJECT
private slots:
    void smallMatchesTheCourseCheck() {
        // SPEC §4: dims [5,4,3], seed 3, small.
        const Parameters p = initializeParameters({5, 4, 3}, InitScheme::Small, 3);
        QCOMPARE(p.layerCount(), 2);
        QCOMPARE(p.W[0].rows(), 4);
        QCOMPARE(p.W[0].cols(), 5);
        QCOMPARE(p.W[1].rows(), 3);
        QCOMPARE(p.W[1].cols(), 4);
        CATNET_COMPARE_MATRIX(Eigen::MatrixXd(p.W[0].row(0)),
                              rows({{0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388}}),
                              1e-8);
        CATNET_COMPARE_MATRIX(Eigen::MatrixXd(p.W[1].row(0)),
                              rows({{-0.01185047, -0.0020565, 0.01486148, 0.00236716}}), 1e-8);
        QVERIFY(p.b[0].isZero(0.0));
        QVERIFY(p.b[1].isZero(0.0));
        QCOMPARE(p.b[1].rows(), 3);
        QCOMPARE(p.b[1].cols(), 1);
    }

    void schemesScaleTheSameDraws() {
        const LayerDims dims{8, 4, 1};
        NumpyRandom rng(7);
        const Eigen::MatrixXd draws1 = rng.randn(4, 8);
        const Eigen::MatrixXd draws2 = rng.randn(1, 4);
        const Parameters lecun = initializeParameters(dims, InitScheme::Lecun, 7);
        const Parameters he = initializeParameters(dims, InitScheme::He, 7);
        CATNET_COMPARE_MATRIX(lecun.W[0], Eigen::MatrixXd(draws1 / std::sqrt(8.0)), 1e-15);
        CATNET_COMPARE_MATRIX(lecun.W[1], Eigen::MatrixXd(draws2 / 2.0), 1e-15);
        CATNET_COMPARE_MATRIX(he.W[0], Eigen::MatrixXd(draws1 * std::sqrt(2.0 / 8.0)), 1e-15);
        CATNET_COMPARE_MATRIX(he.W[1], Eigen::MatrixXd(draws2 * std::sqrt(2.0 / 4.0)), 1e-15);
        // SPEC §7: large is scale 10 of the same draws; zeros draws nothing.
        const Parameters large = initializeParameters(dims, InitScheme::Large, 7);
        QVERIFY(large.W[0] == Eigen::MatrixXd(draws1 * 10.0));
        QVERIFY(large.W[1] == Eigen::MatrixXd(draws2 * 10.0));
        const Parameters zeros = initializeParameters(dims, InitScheme::Zeros, 7);
        QCOMPARE(zeros.W[0].rows(), Eigen::Index(4));
        QCOMPARE(zeros.W[0].cols(), Eigen::Index(8));
        for (int l = 0; l < 2; ++l) {
            QCOMPARE(zeros.W[l].cwiseAbs().maxCoeff(), 0.0);
            QCOMPARE(zeros.b[l].cwiseAbs().maxCoeff(), 0.0);
        }
    }

    void schemeNamesRoundTrip() {
        QCOMPARE(nameList<InitScheme>("|"), std::string("zeros|small|large|lecun|he"));
        for (InitScheme scheme : {InitScheme::Zeros, InitScheme::Small, InitScheme::Large, InitScheme::Lecun, InitScheme::He})
            QCOMPARE(parseName<InitScheme>(nameOf(scheme)), std::optional(scheme));
        QVERIFY(!parseName<InitScheme>("xavier"));
    }

    void refusesFewerThanTwoSizes() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 initializeParameters({5}, InitScheme::Small, 1));
    }
};

QTEST_APPLESS_MAIN(TestInitialization)
#include "tst_initialization.moc"
