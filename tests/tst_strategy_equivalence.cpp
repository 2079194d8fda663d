// The fast paths are exact rearrangements of the course's algorithm: on the same
// problem they must give the plain path's costs and parameters to rounding error.
#include "engine/model/initialization.h"
#include "engine/training/direct_first_layer.h"
#include "engine/training/gram_first_layer.h"
#include "engine/training/gram_stack.h"
#include "engine/training/panel_gram.h"
#include "engine/training/symmetric_product.h"
#include "engine/training/trainer.h"
#include "engine/training/training_loop.h"
#include "engine/training/training_options.h"

#include "course_data.h"
#include "random_problem.h"

#include <QTest>

#include <thread>

using namespace catnet;

Q_DECLARE_METATYPE(catnet::TrainingOptions)

namespace {

double maxRelativeCostDifference(const TrainResult& a, const TrainResult& b) {
    double worst = 0.0;
    for (std::size_t k = 0; k < a.costs.size(); ++k)
        worst = std::max(worst, std::abs(a.costs[k].cost - b.costs[k].cost) / std::abs(b.costs[k].cost));
    return worst;
}

double maxParameterDifference(const Parameters& a, const Parameters& b) {
    double worst = 0.0;
    for (int l = 0; l < a.layerCount(); ++l) {
        worst = std::max(worst, (a.W[l] - b.W[l]).cwiseAbs().maxCoeff());
        worst = std::max(worst, (a.b[l] - b.b[l]).cwiseAbs().maxCoeff());
    }
    return worst;
}

void compareRuns(const TrainResult& fast, const TrainResult& reference, double tolerance = 1e-9) {
    QCOMPARE(fast.outcome, reference.outcome);
    QCOMPARE(fast.costs.size(), reference.costs.size());
    for (std::size_t k = 0; k < fast.costs.size(); ++k)
        QCOMPARE(fast.costs[k].iteration, reference.costs[k].iteration);
    QCOMPARE(fast.steps, reference.steps);
    QCOMPARE(fast.heldOut.size(), reference.heldOut.size());
    for (std::size_t k = 0; k < fast.heldOut.size(); ++k) {
        QVERIFY(std::abs(fast.heldOut[k].testCost - reference.heldOut[k].testCost) <=
                tolerance * std::abs(reference.heldOut[k].testCost));
        QCOMPARE(fast.heldOut[k].trainAccuracy, reference.heldOut[k].trainAccuracy);
        QCOMPARE(fast.heldOut[k].testAccuracy, reference.heldOut[k].testAccuracy);
    }
    const double costDifference = maxRelativeCostDifference(fast, reference);
    QVERIFY2(costDifference <= tolerance, qPrintable(QString("relative cost difference %1").arg(costDifference)));
    const double parameterDifference = maxParameterDifference(fast.parameters, reference.parameters);
    QVERIFY2(parameterDifference <= tolerance,
             qPrintable(QString("parameter difference %1").arg(parameterDifference)));
}

} // namespace

class TestStrategyEquivalence : public QObject {
    Q_OBJECT
private slots:
    void randomProblems_data() {
        QTest::addColumn<int>("features");
        QTest::addColumn<int>("examples");
        QTest::addColumn<QString>("dims");
        QTest::addColumn<int>("init");
        QTest::addColumn<double>("rate");
        QTest::newRow("wide, 3 layers") << 300 << 40 << "300,8,5,1" << int(InitScheme::He) << 0.05;
        QTest::newRow("tall, 2 layers") << 20 << 150 << "20,6,1" << int(InitScheme::Lecun) << 0.1;
        QTest::newRow("logistic") << 200 << 64 << "200,1" << int(InitScheme::Small) << 0.5;
        QTest::newRow("deep") << 500 << 30 << "500,10,8,6,4,1" << int(InitScheme::He) << 0.02;
        QTest::newRow("odd split") << 257 << 129 << "257,3,1" << int(InitScheme::Small) << 0.2;
        // From GramStack::kStreamedFrom images the Gram path reads half of XᵀX on two threads.
        QTest::newRow("streamed Gram") << 40 << 1031 << "40,6,3,1" << int(InitScheme::He) << 0.05;
    }
    void randomProblems() {
        QFETCH(int, features);
        QFETCH(int, examples);
        QFETCH(QString, dims);
        QFETCH(int, init);
        QFETCH(double, rate);
        const test::RandomProblem problem = test::makeRandomProblem(features, examples, 5);
        TrainConfig config;
        config.layerDims.clear();
        for (const QString& size : dims.split(','))
            config.layerDims.push_back(size.toInt());
        config.init = InitScheme(init);
        config.learningRate = rate;
        config.iterations = 300;
        config.reportEvery = 10;
        config.strategy = Strategy::Plain;
        const TrainResult plain = train(config, problem.X, problem.Y);
        QVERIFY(plain.costs.back().cost < plain.costs.front().cost);
        config.strategy = Strategy::Direct;
        compareRuns(train(config, problem.X, problem.Y), plain);
        config.strategy = Strategy::Gram;
        compareRuns(train(config, problem.X, problem.Y), plain);
    }

    // The half-reading product against Eigen's, for every split of the columns, and a
    // run's slot of a stack against the same run alone: the very same bits.
    void streamedGramProduct() {
        const Eigen::Index m = 1031;
        const test::RandomProblem problem = test::makeRandomProblem(30, m, 7);
        const std::shared_ptr<const GramMatrix> G = GramMatrix::compute(problem.X);
        const Matrix full = G->full();
        QVERIFY(full.isApprox(problem.X.transpose() * problem.X, 1e-13));
        QCOMPARE((full - full.transpose()).cwiseAbs().maxCoeff(), 0.0);
        QCOMPARE((*G)(1030, 7), full(7, 1030));
        const Matrix S = Matrix::Random(m, 5);
        const Matrix expected = full * S;
        for (const Eigen::Index split : {Eigen::Index{0}, Eigen::Index{1}, Eigen::Index{301}, m}) {
            Matrix P = Matrix::Zero(m, 5), second = Matrix::Zero(m, 5);
            addSymmetricProduct(*G, S, P, 0, split);
            addSymmetricProduct(*G, S, second, split, m);
            QVERIFY(second.topRows(split).isZero(0.0)); // rows before the split untouched
            P += second;
            QVERIFY2(P.isApprox(expected, 1e-13), qPrintable(QString("split %1").arg(split)));
        }

        GramStack alone(G), stacked(G);
        const int slot = alone.add(5);
        stacked.add(3);
        const int stackedSlot = stacked.add(5);
        stacked.add(20);
        alone.summed(slot) = S;
        stacked.summed(stackedSlot) = S;
        stacked.summed(0).setRandom();
        stacked.summed(2).setRandom();
        alone.multiply();
        stacked.multiply();
        QVERIFY(Matrix(alone.product(slot)).isApprox(expected, 1e-13));
        QVERIFY(Matrix(alone.product(slot)) == Matrix(stacked.product(stackedSlot)));
        QVERIFY(alone.gramTimes(S) == Matrix(alone.product(slot)));
    }

    // A large set's direct path reads X transposed instead of keeping a second copy of the
    // images: the same steps as with the stored Xᵀ.
    void directPathWithoutATransposedCopy() {
        const test::RandomProblem problem = test::makeRandomProblem(40, 300, 9);
        const Matrix W1 = Matrix::Random(6, 40), b1 = Matrix::Random(6, 1);
        const auto stored = makeDirectFirstLayer(W1, problem.X, 0.05, TransposeCopy::Always);
        const auto read = makeDirectFirstLayer(W1, problem.X, 0.05, TransposeCopy::Never);
        RowMatrix Z1(6, 300), Z1Read(6, 300);
        for (int step = 0; step < 3; ++step) {
            stored->forward(b1, Z1);
            read->forward(b1, Z1Read);
            QVERIFY(Z1 == Z1Read);
            const RowMatrix dZ1 = Z1.array().tanh().matrix();
            QVERIFY(std::abs(stored->gradientNorm(dZ1) - read->gradientNorm(dZ1)) <= 1e-12 * stored->gradientNorm(dZ1));
            stored->update(dZ1);
            read->update(dZ1);
            QVERIFY(stored->weights().isApprox(read->weights(), 1e-14));
        }
        QVERIFY(!stored->weights().isApprox(W1, 1e-3)); // it did move
    }

    // XᵀX on each side of every threshold of GramMatrix::compute: one thread, two halves of
    // the features, blocks of columns.
    void gramMatrixOfEverySize() {
        for (const Eigen::Index m : {1, 20, 63, 64, 209, 512, 513}) {
            const test::RandomProblem problem = test::makeRandomProblem(37, m, 3);
            const Matrix full = GramMatrix::compute(problem.X)->full();
            QVERIFY2(full.isApprox(problem.X.transpose() * problem.X, 1e-13), qPrintable(QString("m = %1").arg(m)));
            QCOMPARE((full - full.transpose()).cwiseAbs().maxCoeff(), 0.0);
        }
    }

    // The panel product (below kStreamedFrom images) against Eigen's, for m not a whole
    // number of panels and every width of S the kernel has a case for; each column the
    // same bits whatever the columns beside it, and a run's slot of a stack the same bits
    // as the run alone.
    void panelGramProduct() {
        const Eigen::Index m = 209; // the course's training set: 13 full panels and a part
        const test::RandomProblem problem = test::makeRandomProblem(40, m, 5);
        const std::shared_ptr<const GramMatrix> G = GramMatrix::compute(problem.X);
        const PanelGram panels(*G);
        QCOMPARE(panels.panels(), (m + PanelGram::kPanelRows - 1) / PanelGram::kPanelRows);
        const Matrix full = G->full();
        const Matrix wide = Matrix::Random(m, 21);
        Matrix all(m, wide.cols());
        panels.multiplyPanels(wide, all, 0, panels.panels());
        QVERIFY(all.isApprox(full * wide, 1e-13));
        for (Eigen::Index width = 1; width <= 9; ++width) {
            Matrix P(m, width);
            panels.multiplyPanels(wide.leftCols(width), P, 0, panels.panels());
            QVERIFY2(P == all.leftCols(width), qPrintable(QString("width %1").arg(width)));
        }
        Matrix halves(m, wide.cols());
        panels.multiplyPanels(wide, halves, 0, 5);
        panels.multiplyPanels(wide, halves, 5, panels.panels());
        QVERIFY(halves == all);
        // S in two pieces of its rows (the training loop's two parts), P by panel range.
        for (const Eigen::Index cut : {Eigen::Index{0}, Eigen::Index{50}, PanelGram::halfway(m), m}) {
            const Matrix top = wide.topRows(cut), bottom = wide.bottomRows(m - cut);
            for (const auto& [first, end] : {std::pair<Eigen::Index, Eigen::Index>{0, 7}, {7, panels.panels()}}) {
                const Eigen::Index row = panels.firstRowOf(first);
                Matrix part(panels.firstRowOf(end) - row, wide.cols());
                panels.multiplyPanels(top, bottom, part, first, end);
                QVERIFY2(part == all.middleRows(row, part.rows()),
                         qPrintable(QString("cut %1, panels %2-%3").arg(cut).arg(first).arg(end)));
            }
        }
        const Eigen::Index halfway = PanelGram::halfway(m); // whole panels first, about half
        QCOMPARE(halfway % PanelGram::kPanelRows, Eigen::Index{0});
        QVERIFY(halfway >= m / 2 && halfway < m / 2 + PanelGram::kPanelRows);
        QCOMPARE(PanelGram::halfway(5), Eigen::Index{5}); // one panel: no second part

        GramStack alone(G), stacked(G);
        const int slot = alone.add(20);
        stacked.add(7);
        const int stackedSlot = stacked.add(20);
        alone.summed(slot) = wide.leftCols(20);
        stacked.summed(stackedSlot) = wide.leftCols(20);
        stacked.summed(0).setRandom();
        alone.multiply();
        stacked.multiply();
        QVERIFY(Matrix(alone.product(slot)) == all.leftCols(20));
        QVERIFY(Matrix(alone.product(slot)) == Matrix(stacked.product(stackedSlot)));
    }

    // A Gram run of its own gives its second part of the examples to a second thread
    // (training_loop.h); advanced a step at a time, both parts take turns on one. The
    // same bits either way, and with the second part empty (m within one panel).
    void partnerThreadGivesTheSameBits_data() {
        QTest::addColumn<int>("examples");
        QTest::newRow("209 examples") << 209;
        QTest::newRow("one panel") << 5;
    }
    void partnerThreadGivesTheSameBits() {
        QFETCH(int, examples);
        const test::RandomProblem problem = test::makeRandomProblem(150, examples, 8);
        TrainConfig config;
        config.layerDims = {150, 12, 5, 1};
        config.iterations = 300;
        config.learningRate = 0.05;
        config.strategy = Strategy::Gram;
        const TrainResult alone = train(config, problem.X, problem.Y);
        // The comparison means something only if the partner did take part: in every
        // step it could (it is dropped only after more than ten slow steps), and never without
        // a second part.
        if (examples > 5 && std::thread::hardware_concurrency() > 1)
            QVERIFY2(alone.partnerSteps > 10, qPrintable(QString::number(alone.partnerSteps)));
        else
            QCOMPARE(alone.partnerSteps, 0);

        const Parameters initial = initializeParameters(config.layerDims, config.init, config.seed);
        TrainingLoop loop(config, initial, makeGramFirstLayer(initial.W[0], problem.X, config.learningRate),
                          problem.Y);
        for (int i = 0; loop.advance(i, {}); ++i) {
        }
        const TrainResult stepped = loop.finish();
        QCOMPARE(stepped.costs.size(), alone.costs.size());
        for (std::size_t k = 0; k < alone.costs.size(); ++k)
            QCOMPARE(stepped.costs[k].cost, alone.costs[k].cost); // exactly
        for (int l = 0; l < alone.parameters.layerCount(); ++l) {
            QVERIFY(stepped.parameters.W[l] == alone.parameters.W[l]);
            QVERIFY(stepped.parameters.b[l] == alone.parameters.b[l]);
        }
        QVERIFY(alone.costs.back().cost < 0.9 * alone.costs.front().cost); // it learned
    }

    // Full course runs: Gram against direct, every recorded cost and final parameter.
    void courseRuns_data() {
        QTest::addColumn<QString>("dims");
        QTest::addColumn<int>("init");
        QTest::newRow("2-layer") << "12288,7,1" << int(InitScheme::Small);
        QTest::newRow("5-layer") << "12288,20,7,5,1" << int(InitScheme::Lecun);
    }
    void courseRuns() {
#ifdef CATNET_SANITIZED
        QSKIP("minutes under sanitizers; the random problems above cover the same code");
#endif
        CATNET_REQUIRE_COURSE_DATA();
        QFETCH(QString, dims);
        QFETCH(int, init);
        const DataSplit& train_ = test::courseDataset().train;
        TrainConfig config;
        config.layerDims.clear();
        for (const QString& size : dims.split(','))
            config.layerDims.push_back(size.toInt());
        config.init = InitScheme(init);
        config.strategy = Strategy::Direct;
        const TrainResult direct = train(config, train_.X, train_.Y);
        config.strategy = Strategy::Gram;
        compareRuns(train(config, train_.X, train_.Y), direct);
    }
    // SPEC §8's options on the span path (span_first_layer.h) against the plain loop:
    // the same steps, masks and shuffles, so the same numbers to 1e-12 — each option
    // alone, mini-batches with each optimizer it takes, flip, and all of them at once.
    void optionsOnTheSpanPath_data() {
        QTest::addColumn<TrainingOptions>("options");
        QTest::newRow("L2") << TrainingOptions{.l2 = 0.7};
        QTest::newRow("dropout") << TrainingOptions{.keepProb = 0.8};
        QTest::newRow("momentum") << TrainingOptions{.optimizer = Optimizer::Momentum};
        QTest::newRow("mini-batches") << TrainingOptions{.batchSize = 16};
        QTest::newRow("mini-batches, momentum, L2")
            << TrainingOptions{.l2 = 0.3, .batchSize = 16, .optimizer = Optimizer::Momentum, .beta = 0.8};
        QTest::newRow("flip") << TrainingOptions{.flip = true};
        QTest::newRow("all but Adam") << TrainingOptions{.l2 = 0.2, .keepProb = 0.9, .batchSize = 24,
                                                         .optimizer = Optimizer::Momentum, .flip = true};
    }
    void optionsOnTheSpanPath() {
        QFETCH(TrainingOptions, options);
        // Square RGB images (6 × 6 × 3), so that flip can mirror them.
        const test::RandomProblem problem = test::makeRandomProblem(108, 70, 11);
        const test::RandomProblem heldOutProblem = test::makeRandomProblem(108, 25, 12);
        const HeldOut heldOut{heldOutProblem.X, heldOutProblem.Y};
        TrainConfig config;
        config.layerDims = {108, 8, 5, 1};
        config.init = InitScheme::He;
        config.learningRate = 0.05;
        config.iterations = 200;
        config.reportEvery = 10;
        config.options = options;
        std::vector<SignalPoint> plainSignals, spanSignals;
        config.strategy = Strategy::Plain;
        const TrainResult plain = train(config, problem.X, problem.Y, {}, {}, nullptr,
                                        [&](const SignalPoint& p) { plainSignals.push_back(p); }, &heldOut);
        QVERIFY(plain.costs.back().cost < plain.costs.front().cost);
        config.strategy = Strategy::Gram;
        const TrainResult span = train(config, problem.X, problem.Y, {}, {}, nullptr,
                                       [&](const SignalPoint& p) { spanSignals.push_back(p); }, &heldOut);
        QCOMPARE(span.strategy, Strategy::Gram);
        compareRuns(span, plain, 1e-12);
        QCOMPARE(spanSignals.size(), plainSignals.size());
        for (std::size_t k = 0; k < plainSignals.size(); ++k)
            for (std::size_t l = 0; l < plainSignals[k].layers.size(); ++l) {
                const LayerSignals &a = spanSignals[k].layers[l], &b = plainSignals[k].layers[l];
                QVERIFY(std::abs(a.gradientNorm - b.gradientNorm) <= 1e-12 * b.gradientNorm);
                QVERIFY(std::abs(a.updateRatio - b.updateRatio) <= 1e-12 * b.updateRatio);
                QCOMPARE(a.deadShare, b.deadShare);
            }
    }

    // The course's images with the options the presets use, 300 epochs each.
    void courseRunsWithOptions_data() {
        QTest::addColumn<TrainingOptions>("options");
        QTest::newRow("L2 0.7") << TrainingOptions{.l2 = 0.7};
        QTest::newRow("keep 0.86") << TrainingOptions{.keepProb = 0.86};
        QTest::newRow("momentum, batch 64, flip")
            << TrainingOptions{.batchSize = 64, .optimizer = Optimizer::Momentum, .flip = true};
    }
    void courseRunsWithOptions() {
#ifdef CATNET_SANITIZED
        QSKIP("minutes under sanitizers; the random problems above cover the same code");
#endif
        CATNET_REQUIRE_COURSE_DATA();
        QFETCH(TrainingOptions, options);
        const Dataset& data = test::courseDataset();
        const HeldOut heldOut{data.test.X, data.test.Y};
        TrainConfig config;
        config.iterations = 300;
        config.options = options;
        config.strategy = Strategy::Plain;
        const TrainResult plain = train(config, data.train.X, data.train.Y, {}, {}, nullptr, {}, &heldOut);
        config.strategy = Strategy::Auto;
        const TrainResult span = train(config, data.train.X, data.train.Y, {}, {}, nullptr, {}, &heldOut);
        QCOMPARE(span.strategy, Strategy::Gram);
        compareRuns(span, plain, 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestStrategyEquivalence)
#include "tst_strategy_equivalence.moc"
