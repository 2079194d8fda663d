// The learning-rate finder (engine/training/learning_rate_finder.h) and catnet-train
// --lr-finder FILE.csv: rates growing exponentially from 1e-6, each step's cost that of
// the run so far, a stop once the cost blows up, the rate where it falls fastest.
#include "cli/train_command.h"
#include "engine/model/course_presets.h"
#include "engine/model/initialization.h"
#include "engine/training/learning_rate_finder.h"
#include "engine/training/option_steps.h"
#include "engine/training/trainer.h"

#include "course_data.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sstream>

using namespace catnet;

class TestLearningRateFinder : public QObject {
    Q_OBJECT
private slots:
    // The 2-layer course net at full batch: step 0's cost is the course's first (SPEC §6:
    // 0.693049735659989), step 1's the cost after one update at 1e-6, the rates grow by the
    // same factor each step, and the run stops where the cost blows up.
    void theCostOfARunWithAGrowingRate() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        const TrainConfig config = twoLayerCourseConfig();
        const LearningRateSearch search = findLearningRate(config, data.train.X, data.train.Y);
        QVERIFY(search.points.size() > 10);
        QCOMPARE(search.points[0].learningRate, 1e-6);
        QVERIFY(std::abs(search.points[0].cost - 0.693049735659989) < 1e-12);
        const double factor = std::pow(kFinderHighestRate / kFinderLowestRate, 1.0 / (kFinderSteps - 1));
        for (std::size_t s = 1; s < search.points.size(); ++s) {
            QCOMPARE(search.points[s].step, int(s));
            QVERIFY(std::abs(search.points[s].learningRate / search.points[s - 1].learningRate - factor) < 1e-9);
        }
        TrainConfig oneStep = config;
        oneStep.learningRate = 1e-6;
        oneStep.iterations = 2;
        oneStep.reportEvery = 1;
        const TrainResult plain = train(oneStep, data.train.X, data.train.Y);
        QVERIFY(std::abs(search.points[1].cost - plain.costs[1].cost) < 1e-12);
        // It went on until the cost passed 4 × its lowest (or reached 10).
        double lowest = search.points[0].cost;
        for (const LearningRatePoint& point : search.points) {
            QVERIFY(point.cost <= 4.0 * lowest);
            lowest = std::min(lowest, point.cost);
        }
        QVERIFY(search.suggested.has_value());
        QVERIFY(*search.suggested > 1e-6 && *search.suggested < 10.0);
    }

    // Mini-batches and Adam: each step is one batch, in SPEC §8's epoch order; step 0 is
    // the first batch of epoch 0 at the initial parameters.
    void withMiniBatchesEachStepIsABatch() {
        CATNET_REQUIRE_COURSE_DATA();
        const Dataset& data = test::courseDataset();
        TrainConfig config = twoLayerCourseConfig();
        config.options.batchSize = 64;
        config.options.optimizer = Optimizer::Adam;
        const LearningRateSearch search = findLearningRate(config, data.train.X, data.train.Y);
        QVERIFY(search.points.size() > 10);
        NumpyRandom random(config.seed);
        const Parameters initial = initializeParameters(config.layerDims, config.init, random);
        const std::vector<Eigen::Index> order = epochOrder(config.seed, 0, data.train.count());
        const Matrix batchX = columnsInOrder(data.train.X, order, 0, 64);
        ForwardPass pass;
        forwardWithDropout(batchX, initial, 1.0, random, pass);
        const double firstBatch = costWithL2(pass.AL(), columnsInOrder(data.train.Y, order, 0, 64), initial, 0.0);
        QVERIFY(std::abs(search.points[0].cost - firstBatch) < 1e-12);
        QVERIFY(std::abs(search.points[0].cost - 0.693049735659989) > 1e-6); // a batch, not the whole set
    }

    // The rate where the smoothed cost falls fastest against log lr: a drop between steps
    // 40 and 50 of a flat curve is found there (the moving average lags it a little).
    void theSuggestionIsWhereTheCostFallsFastest() {
        std::vector<LearningRatePoint> points;
        for (int s = 0; s < 100; ++s) {
            const double cost = s < 40 ? 1.0 : s < 50 ? 1.0 - 0.08 * (s - 40) : 0.2;
            points.push_back({s, 1e-6 * std::pow(1e7, s / 99.0), cost});
        }
        const auto suggested = steepestRate(points);
        QVERIFY(suggested.has_value());
        const double step = std::log(*suggested / 1e-6) / std::log(1e7) * 99.0;
        QVERIFY2(step >= 40.0 && step <= 52.0, qPrintable(QString::number(step)));
        points.resize(4);
        QVERIFY(!steepestRate(points)); // too few points to tell
    }

    void catnetTrainWritesTheCsv() {
        CATNET_REQUIRE_COURSE_DATA();
        QTemporaryDir dir;
        const std::string file = dir.filePath("lr.csv").toStdString();
        std::ostringstream out, err;
        const int code = cli::runTrainCommand({"--dims", "12288,7,1", "--init", "small", "--lr-finder", file}, out, err);
        QVERIFY2(code == 0, err.str().c_str());
        QFile csv(QString::fromStdString(file));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
        QCOMPARE(lines.front(), QString("step,learning_rate,cost"));
        QVERIFY(lines.size() > 10);
        QCOMPARE(lines[1], QString("0,1e-06,0.693049735659989"));
        const QString printed = QString::fromStdString(out.str());
        QVERIFY2(printed.contains("Suggested learning rate: "), qPrintable(printed));
        // The suggestion is one of the rates written.
        const QString rate = printed.section("Suggested learning rate: ", 1).section(' ', 0, 0);
        bool found = false;
        for (const QString& line : lines.mid(1))
            found = found || line.section(',', 1, 1) == rate;
        QVERIFY2(found, qPrintable(rate));

        // It is a run of its own: not combined with another.
        std::ostringstream out2, err2;
        QCOMPARE(cli::runTrainCommand({"--lr-finder", file, "--sweep", "seed=1,2"}, out2, err2), 2);
        QVERIFY2(err2.str().find("--lr-finder takes a short run of its own") != std::string::npos, err2.str().c_str());
    }
};

QTEST_APPLESS_MAIN(TestLearningRateFinder)
#include "tst_learning_rate_finder.moc"
