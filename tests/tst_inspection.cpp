// Looking inside an iteration (SPEC §7): every forward and backward value against a
// transcription written here from the course's formulas, the real-data norms of the
// course net at its initialization, and saliency against SPEC and a numerical
// derivative of P(cat).
#include "engine/inspect/inspection.h"
#include "engine/inspect/value_summary.h"
#include "engine/model/initialization.h"
#include "engine/model/metrics.h"
#include "engine/training/trainer.h"

#include "course_data.h"
#include "random_problem.h"

#include <QTest>

using namespace catnet;

namespace {

Matrix reluOf(const Matrix& Z) { return Z.cwiseMax(0.0); }
Matrix sigmoidOf(const Matrix& Z) { return (1.0 / (1.0 + (-Z.array()).exp())).matrix(); }
Matrix reluDerivative(const Matrix& Z) { return (Z.array() > 0).cast<double>().matrix(); }

double maxDifference(const Matrix& a, const Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    return (a - b).cwiseAbs().maxCoeff();
}

} // namespace

class TestInspection : public QObject {
    Q_OBJECT

private slots:
    void everyValueOfATwoHiddenLayerNetwork() {
        const auto problem = test::makeRandomProblem(6, 9, 4);
        const Parameters p = initializeParameters({6, 4, 3, 1}, InitScheme::He, 2);
        const Matrix& X = problem.X;
        const Matrix& Y = problem.Y;
        const double m = 9;
        // The course's formulas, written out for L = 3.
        const Matrix Z1 = (p.W[0] * X).colwise() + p.b[0].col(0), A1 = reluOf(Z1);
        const Matrix Z2 = (p.W[1] * A1).colwise() + p.b[1].col(0), A2 = reluOf(Z2);
        const Matrix Z3 = (p.W[2] * A2).colwise() + p.b[2].col(0), A3 = sigmoidOf(Z3);
        const double cost = -((Y.array() * A3.array().log() + (1 - Y.array()) * (1 - A3.array()).log()).sum()) / m;
        const Matrix dA3 = (-(Y.array() / A3.array() - (1 - Y.array()) / (1 - A3.array()))).matrix();
        const Matrix dZ3 = (dA3.array() * A3.array() * (1 - A3.array())).matrix();
        const Matrix dW3 = dZ3 * A2.transpose() / m, db3 = dZ3.rowwise().sum() / m, dA2 = p.W[2].transpose() * dZ3;
        const Matrix dZ2 = dA2.cwiseProduct(reluDerivative(Z2));
        const Matrix dW2 = dZ2 * A1.transpose() / m, db2 = dZ2.rowwise().sum() / m, dA1 = p.W[1].transpose() * dZ2;
        const Matrix dZ1 = dA1.cwiseProduct(reluDerivative(Z1));
        const Matrix dW1 = dZ1 * X.transpose() / m, db1 = dZ1.rowwise().sum() / m, dA0 = p.W[0].transpose() * dZ1;

        const IterationValues v = inspectIteration(p, X, Y);
        QCOMPARE(v.layers, 3);
        QVERIFY(std::abs(v.cost - cost) < 1e-14);
        const std::vector<std::pair<const Matrix*, const Matrix*>> pairs = {
            {&v.A[0], &X},    {&v.A[1], &A1},   {&v.A[2], &A2},   {&v.A[3], &A3},   {&v.Z[1], &Z1},
            {&v.Z[2], &Z2},   {&v.Z[3], &Z3},   {&v.dA[0], &dA0}, {&v.dA[1], &dA1}, {&v.dA[2], &dA2},
            {&v.dA[3], &dA3}, {&v.dZ[1], &dZ1}, {&v.dZ[2], &dZ2}, {&v.dZ[3], &dZ3}, {&v.dW[1], &dW1},
            {&v.dW[2], &dW2}, {&v.dW[3], &dW3}, {&v.db[1], &db1}, {&v.db[2], &db2}, {&v.db[3], &db3},
            {&v.W[2], &p.W[1]}, {&v.b[3], &p.b[2]}};
        for (std::size_t i = 0; i < pairs.size(); ++i)
            QVERIFY2(maxDifference(*pairs[i].first, *pairs[i].second) < 1e-13, qPrintable(QString::number(i)));
        QCOMPARE(v.Z[0].size(), Eigen::Index(0)); // the course has no Z[0]
    }

    void courseNetAtItsInitializationMatchesSpec() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        const Parameters p = initializeParameters({12288, 20, 7, 5, 1}, InitScheme::Lecun, 1);
        const IterationValues v = inspectIteration(p, data.train.X, data.train.Y);
        const double dW[] = {6.1603475450, 0.2949584621, 0.1402593353, 0.1064217237};
        const double db[] = {0.1352951518, 0.1810050241, 0.2589663631, 0.2465549526};
        for (int l = 1; l <= 4; ++l) {
            QVERIFY2(std::abs(v.dW[l].norm() - dW[l - 1]) < 1e-9, qPrintable(QString::number(v.dW[l].norm(), 'g', 12)));
            QVERIFY2(std::abs(v.db[l].norm() - db[l - 1]) < 1e-9, qPrintable(QString::number(v.db[l].norm(), 'g', 12)));
        }
        QVERIFY(std::abs(v.dA[0].norm() - 5.1930277792) < 1e-9);
        QVERIFY(std::abs(v.dW[1](3, 100) - 2.4286476703e-03) < 1e-13);
        QCOMPARE(v.dW[2](0, 5), 0.0);
        QVERIFY(std::abs(v.db[3](2, 0) - 1.2347731728e-01) < 1e-11);
        QVERIFY(std::abs(v.dW[4](0, 1) - 7.9953310812e-03) < 1e-13);
        QCOMPARE(v.Z[1].rows(), Eigen::Index(20));
        QCOMPARE(v.Z[1].cols(), Eigen::Index(209));
    }

    void saliencyAfterTheCourseRunMatchesSpec() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        TrainConfig config;
        const TrainResult run = train(config, data.train.X, data.train.Y);
        const Matrix s = saliency(run.parameters, data.test.X);
        QCOMPARE(s.rows(), Eigen::Index(12288));
        QCOMPARE(s.cols(), Eigen::Index(50));
        const Eigen::RowVectorXd P = predictProbabilities(run.parameters, data.test.X);
        QVERIFY(std::abs(P(0) - 0.9990748581) < 1e-9);
        QVERIFY2(std::abs(s.col(0).sum() - 3.7627157700e-03) < 1e-11, qPrintable(QString::number(s.col(0).sum(), 'g', 12)));
        QVERIFY(std::abs(s.col(0).cwiseAbs().maxCoeff() - 1.4130039884e-04) < 1e-12);
        QVERIFY(std::abs(P(11) - 0.4731703227) < 1e-9);
        QVERIFY(std::abs(s.col(11).sum() - 1.9720043821e-01) < 1e-9);
        QVERIFY(std::abs(s.col(11).cwiseAbs().maxCoeff() - 2.2190342585e-02) < 1e-10);
    }

    void summariesCountEveryValueOnce() {
        Matrix values(2, 5);
        values << 0, 0, 1, 2, 3,
                  4, 0, std::nan(""), 9, -1;
        const ValueSummary s = summarize(values, 5);
        QCOMPARE(s.count, Eigen::Index(10));
        QCOMPARE(s.min, -1.0);
        QCOMPARE(s.max, 9.0);
        QCOMPARE(s.mean, 18.0 / 9);
        QCOMPARE(s.zeroShare, 3.0 / 9);
        double squares = 0;
        for (double v : {0., 0., 1., 2., 3., 4., 0., 9., -1.})
            squares += (v - 2) * (v - 2);
        QCOMPARE(s.standardDeviation, std::sqrt(squares / 9));
        QCOMPARE(s.binWidth(), 2.0);
        // [-1,1): -1 0 0 0 · [1,3): 1 2 · [3,5): 3 4 · [5,7) · [7,9]: 9
        QCOMPARE(s.bins, (std::vector<Eigen::Index>{4, 2, 2, 0, 1}));
    }

    void saliencyIsTheDerivativeOfTheProbability() {
        const auto problem = test::makeRandomProblem(30, 5, 8);
        const Parameters p = initializeParameters({30, 6, 4, 1}, InitScheme::He, 5);
        const Matrix s = saliency(p, problem.X);
        const double h = 1e-6;
        for (Eigen::Index image : {0, 3})
            for (Eigen::Index feature : {0, 7, 19, 29}) {
                Matrix up = problem.X.col(image), down = up;
                up(feature) += h;
                down(feature) -= h;
                const double numerical =
                    (predictProbabilities(p, up)(0) - predictProbabilities(p, down)(0)) / (2 * h);
                QVERIFY2(std::abs(numerical - s(feature, image)) < 1e-8,
                         qPrintable(QString("%1 vs %2").arg(numerical).arg(s(feature, image))));
            }
    }
};

QTEST_APPLESS_MAIN(TestInspection)
#include "tst_inspection.moc"
