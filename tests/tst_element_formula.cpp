// One number's formula (Inside, SPEC §7): each array's element worked out by hand on a
// network small enough to follow, every element of a random network equal to its
// formula, and the course net's sums over 12,288 pixels and 209 images against SPEC.
#include "engine/inspect/element_formula.h"
#include "engine/model/initialization.h"

#include "course_data.h"
#include "random_problem.h"

#include <QTest>

#include <cmath>

using namespace catnet;

namespace {

double sigmoidOf(double z) {
    return 1.0 / (1.0 + std::exp(-z));
}

// [2, 2, 1] on two images, every number chosen to be worked out on paper.
IterationValues handWorked() {
    Parameters p;
    p.W = {Matrix{{0.5, -1.0}, {2.0, 0.25}}, Matrix{{1.0, -0.5}}};
    p.b = {Matrix{{0.1}, {-0.2}}, Matrix{{0.3}}};
    const Matrix X{{1.0, 2.0}, {3.0, -1.0}};
    const Matrix Y{{1.0, 0.0}};
    return inspectIteration(p, X, Y);
}

void compareClose(double actual, double expected, double tolerance = 1e-12) {
    QVERIFY2(std::abs(actual - expected) <= tolerance,
             qPrintable(QStringLiteral("%1 is not %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

} // namespace

class TestElementFormula : public QObject {
    Q_OBJECT

private slots:
    void aNetworkWorkedOutOnPaper() {
        const IterationValues v = handWorked();
        // Z[1][0, 0] = 0.5·1 + (−1)·3 + 0.1 = −2.4
        ElementFormula f = explainElement(v, IterationArray::Z, 1, 0, 0);
        QCOMPARE(f.termCount, Eigen::Index(2));
        QCOMPARE(int(f.terms.size()), 2);
        QCOMPARE(f.terms[1].left, -1.0);
        QCOMPARE(f.terms[1].right, 3.0);
        compareClose(f.sum, -2.5);
        QCOMPARE(f.bias, 0.1);
        compareClose(f.result, -2.4);
        compareClose(f.element, -2.4);
        // A[1] = relu(Z[1]): column 0 is (0, 2.55), column 1 (2.1, 3.55).
        f = explainElement(v, IterationArray::A, 1, 0, 0);
        compareClose(f.z, -2.4);
        QCOMPARE(f.result, 0.0);
        compareClose(explainElement(v, IterationArray::A, 1, 1, 1).result, 3.55);
        // Z[2][0, 1] = 1·2.1 + (−0.5)·3.55 + 0.3 = 0.625; A[2] its sigmoid.
        f = explainElement(v, IterationArray::Z, 2, 0, 1);
        compareClose(f.sum, 0.325);
        compareClose(f.result, 0.625);
        const double a0 = sigmoidOf(-0.975), a1 = sigmoidOf(0.625);
        f = explainElement(v, IterationArray::A, 2, 0, 0);
        QVERIFY(f.output);
        compareClose(f.result, a0);
        // dA[2] = −(y/a − (1−y)/(1−a)): −1/a for the cat, 1/(1−a) for the other.
        f = explainElement(v, IterationArray::dA, 2, 0, 0);
        QCOMPARE(f.y, 1.0);
        compareClose(f.a, a0);
        compareClose(f.result, -1.0 / a0);
        compareClose(explainElement(v, IterationArray::dA, 2, 0, 1).result, 1.0 / (1.0 - a1));
        // dZ[2] = dA·σ(Z)(1 − σ(Z)) = a − y.
        compareClose(explainElement(v, IterationArray::dZ, 2, 0, 0).result, a0 - 1.0);
        compareClose(explainElement(v, IterationArray::dZ, 2, 0, 1).result, a1);
        // dA[1][1, 0] = W[2][0, 1]·dZ[2][0, 0], a sum of one term.
        f = explainElement(v, IterationArray::dA, 1, 1, 0);
        QCOMPARE(f.termCount, Eigen::Index(1));
        compareClose(f.result, -0.5 * (a0 - 1.0));
        // relu_backward: Z[1][0, 0] = −2.4 ≤ 0 stops the gradient; Z[1][1, 0] = 2.55 lets it through.
        f = explainElement(v, IterationArray::dZ, 1, 0, 0);
        compareClose(f.z, -2.4);
        compareClose(f.upstream, 1.0 * (a0 - 1.0));
        QCOMPARE(f.result, 0.0);
        f = explainElement(v, IterationArray::dZ, 1, 1, 0);
        compareClose(f.result, -0.5 * (a0 - 1.0));
        // dW[2][0, 1] = ½ (dZ[2][0,0]·A[1][1,0] + dZ[2][0,1]·A[1][1,1]); db[2] = ½ Σ dZ[2].
        f = explainElement(v, IterationArray::dW, 2, 0, 1);
        QCOMPARE(f.m, Eigen::Index(2));
        compareClose(f.result, 0.5 * ((a0 - 1.0) * 2.55 + a1 * 3.55));
        compareClose(explainElement(v, IterationArray::db, 2, 0, 0).result, 0.5 * ((a0 - 1.0) + a1));
    }

    void everyElementIsItsFormula() {
        const auto problem = test::makeRandomProblem(6, 9, 4);
        const Parameters p = initializeParameters({6, 4, 3, 1}, InitScheme::He, 2);
        const IterationValues v = inspectIteration(p, problem.X, problem.Y);
        const std::pair<IterationArray, const std::vector<Matrix>*> arrays[] = {
            {IterationArray::Z, &v.Z},   {IterationArray::A, &v.A},   {IterationArray::dA, &v.dA},
            {IterationArray::dZ, &v.dZ}, {IterationArray::dW, &v.dW}, {IterationArray::db, &v.db}};
        int checked = 0;
        for (const auto& [array, values] : arrays)
            for (int l = array == IterationArray::dA ? 0 : 1; l <= v.layers; ++l)
                for (Eigen::Index r = 0; r < (*values)[std::size_t(l)].rows(); ++r)
                    for (Eigen::Index c = 0; c < (*values)[std::size_t(l)].cols(); ++c) {
                        const ElementFormula f = explainElement(v, array, l, r, c);
                        QCOMPARE(f.element, (*values)[std::size_t(l)](r, c));
                        compareClose(f.result, f.element, 1e-12 * (1.0 + std::abs(f.element)));
                        QVERIFY(f.terms.size() <= 3);
                        for (std::size_t t = 0; t < f.terms.size(); ++t)
                            QCOMPARE(f.terms[t].k, Eigen::Index(t));
                        ++checked;
                    }
        // Z, A, dZ: 8 units × 9 images each; dA[0 … 3]: 14 units × 9; dW: 39 weights; db: 8.
        QCOMPARE(checked, 3 * 8 * 9 + 14 * 9 + 39 + 8);
    }

    void theCourseNetsLongSums() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        const Parameters p = initializeParameters({12288, 20, 7, 5, 1}, InitScheme::Lecun, 1);
        const IterationValues v = inspectIteration(p, data.train.X, data.train.Y);
        // SPEC §7's dW[1][3, 100]: 209 products over the images, divided by 209.
        ElementFormula f = explainElement(v, IterationArray::dW, 1, 3, 100);
        QCOMPARE(f.termCount, Eigen::Index(209));
        QCOMPARE(f.m, Eigen::Index(209));
        compareClose(f.result, 2.4286476703e-03, 1e-13);
        // Z[1][0, 0]: 12,288 pixels' products.
        f = explainElement(v, IterationArray::Z, 1, 0, 0);
        QCOMPARE(f.termCount, Eigen::Index(12288));
        compareClose(f.result, f.element, 1e-12 * (1.0 + std::abs(f.element)));
        // dA[0], the gradient for a pixel: 20 units' products.
        f = explainElement(v, IterationArray::dA, 0, 5000, 7);
        QCOMPARE(f.termCount, Eigen::Index(20));
        compareClose(f.result, f.element, 1e-15);
    }

    void refusesWhatTheIterationDoesNotHave() {
        const IterationValues v = handWorked();
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, explainElement(v, IterationArray::Z, 0, 0, 0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, explainElement(v, IterationArray::Z, 3, 0, 0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, explainElement(v, IterationArray::A, 0, 0, 0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, explainElement(v, IterationArray::dW, 1, 2, 0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, explainElement(v, IterationArray::db, 1, 0, 1));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, explainElement(v, IterationArray::dZ, 2, 0, -1));
    }
};

QTEST_APPLESS_MAIN(TestElementFormula)
#include "tst_element_formula.moc"
