// Every step-function case of SPEC §5, inputs drawn in the listed order.
#include "engine/model/course_steps.h"
#include "engine/model/numpy_random.h"

#include "matrix_compare.h"

#include <QTest>

using namespace catnet;
using namespace catnet::course;
using catnet::test::rows;

class TestCourseSteps : public QObject {
    Q_OBJECT
private slots:
    void linearForwardCase() {
        NumpyRandom rng(1);
        const Matrix A = rng.randn(3, 2), W = rng.randn(1, 3), b = rng.randn(1, 1);
        LinearCache cache;
        const Matrix Z = linearForward(A, W, b, &cache);
        CATNET_COMPARE_MATRIX(Z, rows({{3.26295337, -1.23429987}}), 1e-8);
        CATNET_COMPARE_MATRIX(cache.A_prev, A, 0.0);
        CATNET_COMPARE_MATRIX(cache.W, W, 0.0);
    }

    void linearActivationForwardCase() {
        NumpyRandom rng(2);
        const Matrix A_prev = rng.randn(3, 2), W = rng.randn(1, 3), b = rng.randn(1, 1);
        LayerCache cache;
        CATNET_COMPARE_MATRIX(linearActivationForward(A_prev, W, b, Activation::Sigmoid, &cache),
                              rows({{0.96890023, 0.11013289}}), 1e-8);
        CATNET_COMPARE_MATRIX(cache.Z, linearForward(A_prev, W, b), 0.0);
        CATNET_COMPARE_MATRIX(linearActivationForward(A_prev, W, b, Activation::Relu),
                              rows({{3.43896131, 0.}}), 1e-8);
    }

    void modelForwardCase() {
        NumpyRandom rng(1);
        const Matrix X = rng.randn(4, 2);
        Parameters p;
        p.W.push_back(rng.randn(3, 4));
        p.b.push_back(rng.randn(3, 1));
        p.W.push_back(rng.randn(1, 3));
        p.b.push_back(rng.randn(1, 1));
        std::vector<LayerCache> caches;
        CATNET_COMPARE_MATRIX(lModelForward(X, p, &caches), rows({{0.17007265, 0.2524272}}), 1e-8);
        QCOMPARE(caches.size(), std::size_t{2});
    }

    void costCase() {
        QVERIFY(std::abs(computeCost(rows({{0.8, 0.9, 0.4}}), rows({{1, 1, 1}})) -
                         0.41493159961539694) < 1e-12);
    }

    void linearBackwardCase() {
        NumpyRandom rng(1);
        const Matrix dZ = rng.randn(1, 2), A = rng.randn(3, 2), W = rng.randn(1, 3), b = rng.randn(1, 1);
        const Gradients g = linearBackward(dZ, LinearCache{A, W, b});
        CATNET_COMPARE_MATRIX(g.dA_prev, rows({{0.51822968, -0.19517421},
                                               {-0.40506361, 0.15255393},
                                               {2.37496825, -0.89445391}}), 1e-8);
        CATNET_COMPARE_MATRIX(g.dW, rows({{-0.10076895, 1.40685096, 1.64992505}}), 1e-8);
        CATNET_COMPARE_MATRIX(g.db, rows({{0.50629448}}), 1e-8);
    }

    void linearActivationBackwardCase() {
        NumpyRandom rng(2);
        const Matrix dA = rng.randn(1, 2), A = rng.randn(3, 2), W = rng.randn(1, 3), b = rng.randn(1, 1);
        const Matrix Z = rng.randn(1, 2);
        const LayerCache cache{LinearCache{A, W, b}, Z};

        const Gradients s = linearActivationBackward(dA, cache, Activation::Sigmoid);
        CATNET_COMPARE_MATRIX(s.dA_prev, rows({{0.11017994, 0.01105339},
                                               {0.09466817, 0.00949723},
                                               {-0.05743092, -0.00576154}}), 1e-8);
        CATNET_COMPARE_MATRIX(s.dW, rows({{0.10266786, 0.09778551, -0.01968084}}), 1e-8);
        CATNET_COMPARE_MATRIX(s.db, rows({{-0.05729622}}), 1e-8);

        const Gradients r = linearActivationBackward(dA, cache, Activation::Relu);
        CATNET_COMPARE_MATRIX(r.dA_prev, rows({{0.44090989, 0.}, {0.37883606, 0.}, {-0.2298228, 0.}}), 1e-8);
        CATNET_COMPARE_MATRIX(r.dW, rows({{0.44513824, 0.37371418, -0.10478989}}), 1e-8);
        CATNET_COMPARE_MATRIX(r.db, rows({{-0.20837892}}), 1e-8);
    }

    void modelBackwardCase() {
        NumpyRandom rng(3);
        const Matrix AL = rng.randn(1, 2);
        const Matrix Y = rows({{1, 0}});
        const Matrix A1 = rng.randn(4, 2), W1 = rng.randn(3, 4), b1 = rng.randn(3, 1), Z1 = rng.randn(3, 2);
        const Matrix A2 = rng.randn(3, 2), W2 = rng.randn(1, 3), b2 = rng.randn(1, 1), Z2 = rng.randn(1, 2);
        const std::vector<LayerCache> caches{{LinearCache{A1, W1, b1}, Z1}, {LinearCache{A2, W2, b2}, Z2}};
        const std::vector<Gradients> grads = lModelBackward(AL, Y, caches);
        QCOMPARE(grads.size(), std::size_t{2});
        CATNET_COMPARE_MATRIX(grads[0].dW, rows({{0.41010002, 0.07807203, 0.13798444, 0.10502167},
                                                 {0, 0, 0, 0},
                                                 {0.05283652, 0.01005865, 0.01777766, 0.0135308}}), 1e-8);
        CATNET_COMPARE_MATRIX(grads[0].db, rows({{-0.22007063}, {0}, {-0.02835349}}), 1e-8);
        // The course's grads["dA1"] (4×2) is the gradient with respect to the first cache's
        // input A1, i.e. what layer 1 passes back.
        CATNET_COMPARE_MATRIX(grads[0].dA_prev, rows({{0, 0.52257901}, {0, -0.3269206},
                                                      {0, -0.32070404}, {0, -0.74079187}}), 1e-8);
    }

    void updateCase() {
        NumpyRandom rng(2);
        Parameters p;
        p.W = {rng.randn(3, 4)};
        p.b = {rng.randn(3, 1)};
        p.W.push_back(rng.randn(1, 3));
        p.b.push_back(rng.randn(1, 1));
        rng.reseed(3);
        std::vector<Gradients> grads(2);
        grads[0].dW = rng.randn(3, 4);
        grads[0].db = rng.randn(3, 1);
        grads[1].dW = rng.randn(1, 3);
        grads[1].db = rng.randn(1, 1);
        updateParameters(p, grads, 0.1);
        CATNET_COMPARE_MATRIX(p.W[0], rows({{-0.59562069, -0.09991781, -2.14584584, 1.82662008},
                                            {-1.76569676, -0.80627147, 0.51115557, -1.18258802},
                                            {-1.0535704, -0.86128581, 0.68284052, 2.20374577}}), 1e-8);
        CATNET_COMPARE_MATRIX(p.b[0], rows({{-0.04659241}, {-1.28888275}, {0.53405496}}), 1e-8);
        CATNET_COMPARE_MATRIX(p.W[1], rows({{-0.55569196, 0.0354055, 1.32964895}}), 1e-8);
        CATNET_COMPARE_MATRIX(p.b[1], rows({{-0.84610769}}), 1e-8);
    }

    void activationsAndTheirBackward() {
        const Matrix Z = rows({{-1.0, 0.0, 2.0}});
        CATNET_COMPARE_MATRIX(relu(Z), rows({{0.0, 0.0, 2.0}}), 0.0);
        CATNET_COMPARE_MATRIX(sigmoid(Z), rows({{1 / (1 + std::exp(1.0)), 0.5, 1 / (1 + std::exp(-2.0))}}), 1e-15);
        const Matrix dA = rows({{3.0, 4.0, 5.0}});
        // Z == 0 passes no gradient through relu, as in the course.
        CATNET_COMPARE_MATRIX(reluBackward(dA, Z), rows({{0.0, 0.0, 5.0}}), 0.0);
        CATNET_COMPARE_MATRIX(sigmoidBackward(dA, Z), rows({{3.0 * 0.19661193324148185, 1.0,
                                                             5.0 * 0.10499358540350652}}), 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestCourseSteps)
#include "tst_course_steps.moc"
