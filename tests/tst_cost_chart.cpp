// The run chart on its own: nice ticks, log scale, zoom, legend toggle, hover, every
// iteration's cost drawn (thinned only on screen), curves of one point.
#include "engine/training/learning_check.h"
#include "ui/widgets/cost_chart.h"
#include "ui/widgets/nice_scale.h"

#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>

using namespace catnet;

namespace {

// A falling curve: iteration i costs 0.7 · exp(−i / 800) + 0.05.
CostHistory fallingHistory(int iterations) {
    CostHistory history;
    for (int i = 0; i < iterations; ++i)
        history.add(i, 0.7 * std::exp(-i / 800.0) + 0.05);
    return history;
}

std::vector<CostPoint> reportPoints(const CostHistory& history, int every) {
    std::vector<CostPoint> points;
    for (std::size_t k = 0; k < history.values.size(); ++k)
        if (int(k) % every == 0 || k + 1 == history.values.size())
            points.push_back({history.iterationAt(k), history.values[k]});
    return points;
}

} // namespace

class TestCostChart : public QObject {
    Q_OBJECT

    std::unique_ptr<ui::CostChart> chartWithRun(int iterations) {
        auto chart = std::make_unique<ui::CostChart>();
        chart->resize(800, 500);
        const CostHistory history = fallingHistory(iterations);
        chart->setRun(1, "#1 run", Qt::blue, reportPoints(history, 100), {}, history);
        chart->show();
        return chart;
    }

private slots:
    void niceSteps_data() {
        QTest::addColumn<double>("span");
        QTest::addColumn<double>("step");
        QTest::newRow("2500 iterations") << 2500.0 << 500.0;
        QTest::newRow("cost 0.73") << 0.73 << 0.1;
        QTest::newRow("cost 0.8") << 0.8 << 0.2;
        QTest::newRow("131200 iterations") << 131200.0 << 20000.0;
        QTest::newRow("3") << 3.0 << 0.5;
        QTest::newRow("nothing") << 0.0 << 1.0;
    }
    void niceSteps() {
        QFETCH(double, span);
        QFETCH(double, step);
        QCOMPARE(ui::niceStep(span), step);
    }

    void niceCeilAndDecimals() {
        QCOMPARE(ui::niceCeil(2499, 500), 2500.0);
        QCOMPARE(ui::niceCeil(0.6000000001, 0.2), 0.6000000000000001); // 3 × 0.2 in doubles
        QCOMPARE(ui::niceCeil(0.61, 0.2), 0.8);
        QCOMPARE(ui::decimalsFor(0.05), 2);
        QCOMPARE(ui::decimalsFor(0.2), 1);
        QCOMPARE(ui::decimalsFor(500), 0);
    }

    // The course run's axes: 0…2500 in steps of 500, the cost 0…0.8 in steps of 0.1/0.2.
    void ticksAreNiceNumbers() {
        auto chart = chartWithRun(2500);
        QCOMPARE(chart->xAxis()->min(), 0.0);
        QCOMPARE(chart->xAxis()->max(), 2500.0);
        QCOMPARE(chart->xAxis()->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(chart->xAxis()->tickInterval(), 500.0);
        QCOMPARE(chart->yAxis()->max(), 0.8);
        QCOMPARE(chart->yAxis()->tickInterval(), 0.2);
        QCOMPARE(chart->yAxis()->labelFormat(), QString("%.1f"));
        QCOMPARE(chart->xTicks(), QList<double>({0, 500, 1000, 1500, 2000, 2500}));
        QCOMPARE(chart->yTickLabels(), QStringList({"0.0", "0.2", "0.4", "0.6", "0.8"}));
    }

    // Every iteration's cost is plotted, not only the report points; past 2000 points the
    // screen gets each stretch's lowest and highest point, never the stored history.
    void everyIterationIsDrawnAndLongRunsAreThinnedForTheScreenOnly() {
        auto chart = chartWithRun(1500);
        QCOMPARE(chart->pointCount(1), 1500);
        QCOMPARE(chart->points(1)[737], QPointF(737, 0.7 * std::exp(-737 / 800.0) + 0.05));

        CostHistory spiky = fallingHistory(100'000);
        spiky.values[54'321] = 5.0; // one spike must survive thinning
        chart->setRun(2, "#2 long", Qt::red, reportPoints(spiky, 100), {}, spiky);
        QVERIFY(chart->pointCount(2) <= ui::CostChart::kMaxPointsPerSeries + 1);
        QVERIFY(chart->points(2).contains(QPointF(54'321, 5.0)));
        QCOMPARE(chart->points(2).last().x(), 99'999.0);
        QCOMPARE(spiky.values.size(), std::size_t(100'000)); // the history itself is whole
    }

    void historyPastItsLimitKeepsEveryOtherIteration() {
        CostHistory history;
        const int iterations = int(CostHistory::kMaxValues) + 10;
        for (int i = 0; i < iterations; ++i)
            history.add(i, double(i));
        QCOMPARE(history.stride, 2);
        QCOMPARE(history.values.size(), CostHistory::kMaxValues / 2 + 5);
        for (std::size_t k : {std::size_t(0), std::size_t(1), history.values.size() - 1})
            QCOMPARE(history.values[k], double(history.iterationAt(k)));
    }

    // The curve spans 0.05…0.75: the log axis runs from 0.05 to 1 with a label at each
    // 1-2-5 value, written like every other log axis; the points keep their values.
    void logScaleShowsTheCostOnOneTwoFiveTicks() {
        auto chart = chartWithRun(2500);
        chart->setLogScale(true);
        QVERIFY(chart->isLogScale());
        QVERIFY(chart->logAxis()->isVisible());
        QVERIFY(!chart->yAxis()->isVisible());
        QCOMPARE(chart->yRange().first, 0.05);
        QCOMPARE(chart->yRange().second, 1.0);
        QCOMPARE(chart->yTicks(), QList<double>({0.05, 0.1, 0.2, 0.5, 1.0}));
        QCOMPARE(chart->yTickLabels(), QStringList({"0.05", "0.1", "0.2", "0.5", "1"}));
        QCOMPARE(chart->points(1).first(), QPointF(0, 0.75));
        // Accuracy has no log scale; back on the cost the wish returns.
        chart->setMeasure(ui::ChartMeasure::Accuracy);
        QVERIFY(chart->yAxis()->isVisible());
        QCOMPARE(chart->yTicks(), QList<double>({0, 20, 40, 60, 80, 100}));
        chart->setMeasure(ui::ChartMeasure::Cost);
        QVERIFY(chart->isLogScale());
        chart->setLogScale(false);
        QVERIFY(chart->yAxis()->isVisible());
        QCOMPARE(chart->yTickLabels(), QStringList({"0.0", "0.2", "0.4", "0.6", "0.8"}));
    }

    // A click on a legend entry hides the curve; the x axis then follows the curves shown,
    // so a short run beside a very long one becomes readable.
    void legendClickHidesARunAndTheAxesFollow() {
        auto chart = chartWithRun(300);
        const CostHistory longRun = fallingHistory(131'200);
        chart->setRun(2, "#2 long", Qt::red, reportPoints(longRun, 100), {}, longRun);
        QCOMPARE(chart->xAxis()->max(), 140'000.0);
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        const QList<QLegendMarker*> markers = chart->legendMarkers(2);
        QVERIFY(!markers.isEmpty());
        QVERIFY(markers.first()->isVisible());
        emit markers.first()->clicked();
        QVERIFY(!chart->isRunVisible(2));
        QCOMPARE(chart->xAxis()->max(), 300.0);
        QVERIFY(chart->legendMarkers(2).first()->isVisible()); // the entry stays to bring it back
        emit markers.first()->clicked();
        QVERIFY(chart->isRunVisible(2));
        QCOMPARE(chart->xAxis()->max(), 140'000.0);
        QCOMPARE(chart->xTicks().size(), 8); // 0, 20 000, …, 140 000
    }

    void hoverNamesTheNearestPointOfTheNearestRun() {
        auto chart = chartWithRun(2500);
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        const QPointF target(1000, 0.7 * std::exp(-1000 / 800.0) + 0.05);
        const QPointF scene = chart->chart()->mapToScene(chart->chart()->mapToPosition(target));
        const QString text = chart->hoverTextAt(chart->mapFromScene(scene));
        // A pixel holds about 3.5 iterations here: the point named is within one pixel.
        const QRegularExpressionMatch match =
            QRegularExpression(R"(^#1 run\niteration ([0-9.,\s]+) · cost (0\.[0-9]{6})$)").match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        const int iteration = QLocale().toInt(match.captured(1).trimmed());
        QVERIFY2(std::abs(iteration - 1000) <= 4, qPrintable(text));
        QCOMPARE(match.captured(2).toDouble(), std::round((0.7 * std::exp(-iteration / 800.0) + 0.05) * 1e6) / 1e6);
        QCOMPARE(chart->hoverTextAt(QPoint(2, 2)), QString()); // far from every curve
    }

    void wheelZoomsAndResetShowsEverything() {
        auto chart = chartWithRun(2500);
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        const QPointF centre = chart->viewport()->rect().center();
        QWheelEvent wheel(centre, chart->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart->viewport(), &wheel);
        QVERIFY(chart->isZoomed());
        QVERIFY(chart->xAxis()->max() - chart->xAxis()->min() < 2000);
        // New points do not undo the learner's zoom...
        const CostHistory more = fallingHistory(2600);
        chart->setRun(1, "#1 run", Qt::blue, reportPoints(more, 100), {}, more);
        QVERIFY(chart->isZoomed());
        // ...the reset does.
        chart->resetZoom();
        QVERIFY(!chart->isZoomed());
        QCOMPARE(chart->xAxis()->max(), 3000.0);
    }

    // A run that diverged at once has one point: it shows as a dot, not as nothing.
    void aCurveOfOnePointIsVisible() {
        ui::CostChart chart;
        chart.setRun(7, "#7 diverged", Qt::red, {{0, 0.69}});
        QCOMPARE(chart.pointCount(7), 1);
        const auto* series = qobject_cast<QLineSeries*>(chart.chart()->series().first());
        QVERIFY(series->pointsVisible());
    }

    // The base rate: the cost of answering the training set's share of cats for every
    // picture, 0.644 for the course's 72 cats in 209, where a run that learned nothing
    // about the pictures settles (issue 24, item 13).
    void theBaseRateLineIsTheCostOfAnsweringTheShareOfCats() {
        QVERIFY(std::abs(baseRateCost(72.0 / 209.0) - 0.6439737381) < 1e-9);
        QCOMPARE(baseRateCost(0.5), std::log(2.0));
        QCOMPARE(baseRateCost(1.0), 0.0);
        auto chart = chartWithRun(2500);
        QVERIFY(chart->baseRateLine() == nullptr); // no data set: no line
        chart->setTrainingCatShare(72.0 / 209.0);
        const double level = baseRateCost(72.0 / 209.0);
        const QList<QPointF> base = chart->points(chart->baseRateLine());
        QCOMPARE(base.first(), QPointF(0.0, level));
        QCOMPARE(base.last(), QPointF(2499.0, level)); // across the run's iterations
        QVERIFY(std::all_of(base.begin(), base.end(), [level](QPointF p) { return p.y() == level; }));
        QCOMPARE(chart->baseRateLine()->pen().style(), Qt::DashDotLine);
        QCOMPARE(chart->legendMarkers(chart->baseRateLine()).size(), 1);
        // Hovering it says what it means.
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        const QPointF scene = chart->chart()->mapToScene(chart->chart()->mapToPosition(QPointF(2300, level)));
        const QString text = chart->hoverTextAt(chart->mapFromScene(scene));
        QVERIFY2(text.startsWith("Base rate: cost 0.644, what answering P(cat) = 34.4% for every picture costs"),
                 qPrintable(text));
        // On accuracy: always answering the larger class.
        chart->setMeasure(ui::ChartMeasure::Accuracy);
        chart->setRun(1, "#1 run", Qt::blue, {}, {{0, 0.69, 0.5, 0.5}, {100, 0.6, 0.9, 0.7}});
        QCOMPARE(chart->points(chart->baseRateLine()).first().y(), 100.0 * 137.0 / 209.0);
        // Without a data set the line goes.
        chart->setTrainingCatShare(std::nullopt);
        QVERIFY(chart->points(chart->baseRateLine()).isEmpty());
    }
};

QTEST_MAIN(TestCostChart)
#include "tst_cost_chart.moc"
