// SPEC §8, the next course's tools: uniform draws, the epoch shuffle, flipped images, the
// checks of each option's values, and every check run (each option alone, and combined).
#include "engine/model/metrics.h"
#include "engine/model/numpy_random.h"
#include "engine/training/augmentation.h"
#include "engine/training/trainer.h"

#include "course_data.h"

#include <QTest>

using namespace catnet;

namespace {

// The check runs are whole in the Release suite. Under the sanitizers (ten times slower)
// they stop after the epochs the SPEC gives early costs for: 0 and 10 with mini-batches,
// 0 and 100 at full batch.
#ifdef CATNET_SANITIZED
constexpr int kMiniBatchEpochs = 11;
constexpr int kFullBatchEpochs = 101;
#else
constexpr int kMiniBatchEpochs = 100;
constexpr int kFullBatchEpochs = 2500;
#endif

// The course's L-layer net (SPEC §8's check runs) with `options`.
TrainConfig lLayerConfig(const TrainingOptions& options, double learningRate, int epochs) {
    TrainConfig config;
    config.layerDims = {12288, 20, 7, 5, 1};
    config.init = InitScheme::Lecun;
    config.seed = 1;
    config.learningRate = learningRate;
    config.iterations = epochs;
    config.reportEvery = 1;
    config.options = options;
    return config;
}

// The epoch costs of `result` at `epochs` against `expected`, to 1e-6 (those the run reached).
void compareCosts(const TrainResult& result, const std::vector<std::pair<int, double>>& expected) {
    QCOMPARE(result.outcome, Outcome::Completed);
    for (const auto& [epoch, cost] : expected) {
        if (epoch >= result.iterationsRun)
            continue;
        const double actual = result.costHistory.values[std::size_t(epoch)];
        QVERIFY2(std::abs(actual - cost) < 1e-6,
                 qPrintable(QString("epoch %1: %2 vs %3").arg(epoch).arg(actual, 0, 'g', 12).arg(cost, 0, 'g', 12)));
    }
}

double accuracyOn(const Parameters& parameters, const Matrix& X, const Matrix& Y) {
    return evaluate(parameters, X, Y).accuracy;
}

} // namespace

class TestTrainingOptions : public QObject {
    Q_OBJECT

private slots:
    void uniformDrawsAreNumpys() {
        const Matrix draws = NumpyRandom(1).rand(2, 3);
        const double expected[] = {0.417022005, 0.720324493, 1.14374817e-04, 0.302332573, 0.146755891, 0.0923385948};
        for (int k = 0; k < 6; ++k)
            QVERIFY2(std::abs(draws(k / 3, k % 3) - expected[k]) < 1e-9 * std::max(1.0, expected[k] * 1e3),
                     qPrintable(QString::number(k)));
    }

    void theFirstEpochsShuffleIsNumpys() {
        const std::vector<std::size_t> order = NumpyRandom(1 + 1 + 0).permutation(209); // seed + 1 + epoch
        const std::vector<std::size_t> expected = {155, 154, 35, 10, 13, 41, 85, 24};
        QCOMPARE(std::vector<std::size_t>(order.begin(), order.begin() + 8), expected);
    }

    void flippedImagesAreMirroredCopies() {
        Matrix X(2 * 2 * 3, 2); // two 2×2 RGB images
        for (Eigen::Index i = 0; i < X.size(); ++i)
            X(i) = double(i);
        const Matrix flipped = withMirroredImages(X);
        QCOMPARE(flipped.cols(), Eigen::Index{4});
        QVERIFY(flipped.leftCols(2) == X);
        for (Eigen::Index image = 0; image < 2; ++image)
            for (int h = 0; h < 2; ++h)
                for (int w = 0; w < 2; ++w)
                    for (int c = 0; c < 3; ++c)
                        QCOMPARE(flipped(h * 6 + w * 3 + c, 2 + image), X(h * 6 + (1 - w) * 3 + c, image));
        Matrix Y(1, 2);
        Y << 1, 0;
        Matrix twice(1, 4);
        twice << 1, 0, 1, 0;
        QVERIFY(withMirroredLabels(Y) == twice);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, withMirroredImages(Matrix::Zero(10, 1)));
    }

    void badValuesAreNamed_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("λ < 0") << "l2" << -0.1 << "L2 λ: must be 0 or more";
        QTest::newRow("λ NaN") << "l2" << std::nan("") << "L2 λ: must be 0 or more";
        QTest::newRow("keep 0") << "keep" << 0.0 << "keep probability: must be above 0 and at most 1";
        QTest::newRow("keep 1.5") << "keep" << 1.5 << "keep probability: must be above 0 and at most 1";
        QTest::newRow("batch -1") << "batch" << -1.0 << "batch size: must be at least 1";
        QTest::newRow("β 1") << "beta" << 1.0 << "momentum β: must be at least 0 and below 1";
        QTest::newRow("β1 -0.1") << "beta1" << -0.1 << "Adam β1: must be at least 0 and below 1";
        QTest::newRow("β2 1") << "beta2" << 1.0 << "Adam β2: must be at least 0 and below 1";
        QTest::newRow("ε 0") << "epsilon" << 0.0 << "Adam ε: must be a positive number";
    }
    void badValuesAreNamed() {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, message);
        TrainingOptions options;
        if (field == "l2") options.l2 = value;
        if (field == "keep") options.keepProb = value;
        if (field == "batch") options.batchSize = int(value);
        if (field == "beta") options.beta = value;
        if (field == "beta1") options.beta1 = value;
        if (field == "beta2") options.beta2 = value;
        if (field == "epsilon") options.epsilon = value;
        QVERIFY(checkTrainingOptions(options).has_value());
        const Matrix X = Matrix::Zero(4, 3), Y = Matrix::Zero(1, 3);
        TrainConfig config;
        config.layerDims = {4, 2, 1};
        config.iterations = 1;
        config.options = options;
        try {
            train(config, X, Y);
            QFAIL("no error");
        } catch (const std::invalid_argument& error) {
            QCOMPARE(QString::fromUtf8(error.what()), message);
        }
        QVERIFY(!checkTrainingOptions(TrainingOptions{}).has_value());
    }

    // The span path (Gram) takes every option but Adam; the direct path none.
    void aFastPathIsNotAskedForWhatItCannotDo() {
        TrainConfig config;
        config.layerDims = {4, 2, 1};
        config.iterations = 3;
        config.options.l2 = 0.1;
        const Matrix X = Matrix::Constant(4, 3, 0.5), Y = Matrix::Zero(1, 3);
        config.strategy = Strategy::Direct;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, train(config, X, Y));
        config.strategy = Strategy::Gram;
        QCOMPARE(train(config, X, Y).strategy, Strategy::Gram);
        config.options.optimizer = Optimizer::Adam;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, train(config, X, Y));
        config.strategy = Strategy::Auto;
        QCOMPARE(train(config, X, Y).strategy, Strategy::Plain);
        // Auto: the course's images through XᵀX, Adam as written.
        config.layerDims = {12288, 20, 7, 5, 1};
        config.iterations = 2500;
        QCOMPARE(resolveStrategy(config, 209), Strategy::Plain);
        config.options.optimizer = Optimizer::Momentum;
        QCOMPARE(resolveStrategy(config, 209), Strategy::Gram);
        config.options = {.batchSize = 64, .flip = true};
        QCOMPARE(resolveStrategy(config, 209), Strategy::Gram);
        config.layerDims = {50, 20, 1}; // few features: X itself is the cheaper product
        QCOMPARE(resolveStrategy(config, 4000), Strategy::Plain);
    }

    // SPEC §8, the combined case on the 2-layer net: λ 0.1, keep 0.8, B 32, Adam lr 0.0005.
    void allCombinedOnTheTwoLayerNet() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        TrainConfig config = lLayerConfig({.l2 = 0.1, .keepProb = 0.8, .batchSize = 32, .optimizer = Optimizer::Adam},
                                          0.0005, 20);
        config.layerDims = {12288, 7, 1};
        config.init = InitScheme::Small;
        const TrainResult result = train(config, data.train.X, data.train.Y);
        QCOMPARE(result.outcome, Outcome::Completed);
        compareCosts(result, {{0, 0.6976980600}, {1, 0.6757339022}, {19, 0.6045160534}});
        QCOMPARE(accuracyOn(result.parameters, data.train.X, data.train.Y), 137.0 / 209);
        QCOMPARE(accuracyOn(result.parameters, data.test.X, data.test.Y), 0.34);
    }

    void adamWithMiniBatches() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        const TrainResult result =
            train(lLayerConfig({.batchSize = 64, .optimizer = Optimizer::Adam}, 0.001, kMiniBatchEpochs), data.train.X,
                  data.train.Y);
        QCOMPARE(result.steps, 4LL * kMiniBatchEpochs); // 64 + 64 + 64 + 17
        compareCosts(result, {{0, 0.8701183011}, {10, 0.6883468598}, {50, 0.6708253017}, {99, 0.6579432322}});
        if (kMiniBatchEpochs < 100)
            return;
        QCOMPARE(accuracyOn(result.parameters, data.train.X, data.train.Y), 137.0 / 209);
        QCOMPARE(accuracyOn(result.parameters, data.test.X, data.test.Y), 0.34);
    }

    void momentumWithMiniBatches() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        const TrainResult result = train(lLayerConfig({.batchSize = 64, .optimizer = Optimizer::Momentum, .beta = 0.9},
                                                      0.0075, kMiniBatchEpochs),
                                         data.train.X, data.train.Y);
        compareCosts(result, {{0, 0.7414643467}, {10, 0.6874698123}, {99, 0.6527562763}});
        if (kMiniBatchEpochs < 100)
            return;
        QCOMPARE(accuracyOn(result.parameters, data.train.X, data.train.Y), 137.0 / 209);
        QCOMPARE(accuracyOn(result.parameters, data.test.X, data.test.Y), 0.34);
    }

    // L2, dropout and flip at full batch (2500, 2500 and 500 epochs: 40 s of the plain path).
    void fullBatchOptions_data() {
        QTest::addColumn<double>("l2");
        QTest::addColumn<double>("keepProb");
        QTest::addColumn<bool>("flip");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<QList<QPointF>>("costs"); // (epoch, cost)
        QTest::addColumn<double>("trainAccuracy");
        QTest::addColumn<double>("testAccuracy");
        QTest::newRow("L2 0.7") << 0.7 << 1.0 << false << 2500
                                << QList<QPointF>{{0, 0.8333172885}, {100, 0.7345639350}, {1000, 0.3656627015},
                                                  {2499, 0.1511495904}}
                                << 207.0 / 209 << 0.80;
        QTest::newRow("dropout 0.86") << 0.0 << 0.86 << false << 2500
                                      << QList<QPointF>{{0, 0.7734555981}, {100, 0.6760837347}, {1000, 0.3312833903},
                                                        {2499, 0.1357194606}}
                                      << 1.0 << 0.78;
        QTest::newRow("flip") << 0.0 << 1.0 << true << 500
                              << QList<QPointF>{{0, 0.7680271388}, {100, 0.6759426672}, {499, 0.6318633388}}
                              << 285.0 / 418 << 0.38;
    }
    void fullBatchOptions() {
        CATNET_REQUIRE_COURSE_DATA();
        QFETCH(double, l2);
        QFETCH(double, keepProb);
        QFETCH(bool, flip);
        QFETCH(int, epochs);
        QFETCH(QList<QPointF>, costs);
        QFETCH(double, trainAccuracy);
        QFETCH(double, testAccuracy);
        epochs = std::min(epochs, kFullBatchEpochs);
        const Dataset& data = test::courseDataset();
        const TrainResult result = train(lLayerConfig({.l2 = l2, .keepProb = keepProb, .flip = flip}, 0.0075, epochs),
                                         data.train.X, data.train.Y);
        QCOMPARE(result.outcome, Outcome::Completed);
        std::vector<std::pair<int, double>> expected;
        for (const QPointF& point : costs)
            expected.emplace_back(int(point.x()), point.y());
        compareCosts(result, expected);
        if (epochs < int(costs.back().x()) + 1)
            return;
        // Train accuracy on the set trained on: with flip, the 418 images.
        const Matrix X = flip ? withMirroredImages(data.train.X) : data.train.X;
        const Matrix Y = flip ? withMirroredLabels(data.train.Y) : data.train.Y;
        QCOMPARE(accuracyOn(result.parameters, X, Y), trainAccuracy);
        QCOMPARE(accuracyOn(result.parameters, data.test.X, data.test.Y), testAccuracy);
    }

    // With no option set the course's own loop runs, whatever the strategy: the options'
    // loop is not a second way to the course's numbers.
    void noOptionsIsTheCoursesDescent() {
        QVERIFY(TrainingOptions{}.isCourseDescent());
        QVERIFY(!TrainingOptions{.flip = true}.isCourseDescent());
        QVERIFY(TrainingOptions{.batchSize = 300}.isFullBatch(209));
        QVERIFY(!TrainingOptions{.batchSize = 64}.isFullBatch(209));
    }
};

QTEST_APPLESS_MAIN(TestTrainingOptions)
#include "tst_training_options.moc"
