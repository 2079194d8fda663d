#include "engine/model/metrics.h"

#include "matrix_compare.h"

#include <QTest>

using namespace catnet;
using catnet::test::rows;

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void predictsStrictlyAboveOneHalf() {
        Eigen::RowVectorXd p(4);
        p << 0.2, 0.5, 0.5000001, 0.9;
        const Eigen::RowVectorXi labels = predictLabels(p);
        QCOMPARE(labels(0), 0);
        QCOMPARE(labels(1), 0); // exactly 0.5 is non-cat, as the course's `> 0.5`
        QCOMPARE(labels(2), 1);
        QCOMPARE(labels(3), 1);
    }

    void accuracyAndMislabeled() {
        Eigen::RowVectorXi predictions(5);
        predictions << 1, 0, 1, 1, 0;
        const Matrix Y = rows({{1, 1, 1, 0, 0}});
        QCOMPARE(accuracy(predictions, Y), 0.6);
        QCOMPARE(mislabeledIndices(predictions, Y), (std::vector<Eigen::Index>{1, 3}));
    }

    void evaluatesAHandBuiltNetwork() {
        // One sigmoid unit: P = sigmoid(2x - 1).
        Parameters p;
        p.W = {rows({{2.0}})};
        p.b = {rows({{-1.0}})};
        const Matrix X = rows({{0.0, 0.5, 1.0, 3.0}});
        const Matrix Y = rows({{0, 1, 1, 0}});
        const Evaluation e = evaluate(p, X, Y);
        QVERIFY(std::abs(e.probabilities(0) - 1 / (1 + std::exp(1.0))) < 1e-15);
        QCOMPARE(e.probabilities(1), 0.5);
        QCOMPARE(e.predictions, (Eigen::RowVectorXi(4) << 0, 0, 1, 1).finished());
        QCOMPARE(e.accuracy, 0.5);
        QCOMPARE(e.mislabeled, (std::vector<Eigen::Index>{1, 3}));
    }

    void refusesDataOfTheWrongSize() {
        Parameters p;
        p.W = {rows({{1.0, 2.0}})};
        p.b = {rows({{0.0}})};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, predictProbabilities(p, rows({{1.0}})));
    }

    void thresholdAndConfusion() {
        Eigen::RowVectorXd p(6);
        p << 0.1, 0.3, 0.5, 0.6, 0.9, 0.2;
        Matrix Y(1, 6);
        Y << 0, 1, 1, 0, 1, 1;
        QCOMPARE(predictLabels(p), (Eigen::RowVectorXi(6) << 0, 0, 0, 1, 1, 0).finished()); // strictly above 0.5
        const Eigen::RowVectorXi low = predictLabels(p, 0.25);
        QCOMPARE(low, (Eigen::RowVectorXi(6) << 0, 1, 1, 1, 1, 0).finished());
        const Confusion c = confusion(low, Y);
        QCOMPARE(c, (Confusion{3, 1, 1, 1}));
        QCOMPARE(c.falseCat + c.falseNonCat, Eigen::Index(mislabeledIndices(low, Y).size()));
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
