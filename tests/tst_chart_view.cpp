// The one chart component every chart is built on: 1-2-5 ticks on linear axes, log
// axes labelled alike, fitting to the lines shown, legend entries that hide a line and
// bring it back, zoom and reset, hover; and the colour key every colour scale shows.
#include "ui/widgets/chart_view.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/colour_scales.h"
#include "ui/widgets/nice_scale.h"

#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

using namespace catnet;

class TestChartView : public QObject {
    Q_OBJECT

private slots:
    void linearTicksAreMultiplesOfOneTwoOrFive_data() {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QList<double>>("ticks");
        QTest::newRow("0…2500") << 0.0 << 2500.0 << QList<double>{0, 500, 1000, 1500, 2000, 2500};
        QTest::newRow("−0.5…1.5") << -0.5 << 1.5 << QList<double>{-0.5, 0, 0.5, 1, 1.5};
        QTest::newRow("0…43500 signals") << 0.0 << 43500.0 << QList<double>{0, 10000, 20000, 30000, 40000};
        QTest::newRow("0…20") << 0.0 << 20.0 << QList<double>{0, 5, 10, 15, 20};
        QTest::newRow("empty") << 1.0 << 1.0 << QList<double>{};
    }
    void linearTicksAreMultiplesOfOneTwoOrFive() {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QList<double>, ticks);
        QCOMPARE(ui::linearTicks(low, high), ticks);
    }

    void logTicksAreDecadesAndOneTwoFiveWhenNarrow() {
        QCOMPARE(ui::logFloor(0.07), 0.05);
        QCOMPARE(ui::logCeil(0.07), 0.1);
        QCOMPARE(ui::logCeil(0.75), 1.0);
        QCOMPARE(ui::logFloor(3e-5), 2e-5);
        QCOMPARE(ui::logTicks(0.05, 1.0), QList<double>({0.05, 0.1, 0.2, 0.5, 1}));
        QCOMPARE(ui::logTicks(1e-6, 10.0), QList<double>({1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10}));
        QStringList labels;
        for (double tick : ui::logTicks(1e-6, 1e6))
            labels << ui::logTickLabel(tick);
        QCOMPARE(labels, QStringList({"1e-06", "1e-05", "0.0001", "0.001", "0.01", "0.1", "1", "10", "100", "1000",
                                      "10000", "100000", "1e+06"}));
    }

    void theAxesFollowTheLinesShownAndALegendClickBringsALineBack() {
        ui::ChartView chart;
        chart.resize(600, 400);
        QLineSeries* shortLine = chart.addLine("short", Qt::blue);
        QLineSeries* longLine = chart.addLine("long", Qt::red);
        QLineSeries* partner = chart.addLine(QString(), Qt::red, Qt::DashLine);
        chart.follow(partner, longLine);
        chart.setPoints(shortLine, {{0, 0.2}, {180, 0.9}});
        chart.setPoints(longLine, {{0, 0.1}, {7300, 3.3}, {7400, qInf()}});
        chart.setPoints(partner, {{0, 0.1}, {7000, 2.0}});
        QCOMPARE(chart.points(longLine).size(), 2); // ∞ is left out
        QCOMPARE(chart.xTicks(), QList<double>({0, 2000, 4000, 6000, 8000}));
        QCOMPARE(chart.yRange(), std::pair(0.0, 3.5));
        QVERIFY(!chart.legendMarkers(partner).first()->isVisible());

        qRegisterMetaType<QLineSeries*>();
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.legendMarkers(longLine).first()->isVisible());
        QSignalSpy toggled(&chart, &ui::ChartView::lineVisibilityChanged);
        emit chart.legendMarkers(longLine).first()->clicked();
        QVERIFY(!chart.isLineVisible(longLine));
        QVERIFY(!chart.isLineVisible(partner)); // the follower goes with it
        QVERIFY(chart.legendMarkers(longLine).first()->isVisible()); // its entry stays to bring it back
        QCoreApplication::processEvents();
        QVERIFY(chart.legendMarkers(longLine).first()->isVisible());
        QCOMPARE(chart.xTicks(), QList<double>({0, 50, 100, 150, 200}));
        QCOMPARE(chart.yRange(), std::pair(0.0, 1.0));
        emit chart.legendMarkers(longLine).first()->clicked();
        QVERIFY(chart.isLineVisible(longLine));
        QVERIFY(chart.isLineVisible(partner));
        QCOMPARE(chart.xAxis()->max(), 8000.0);
        QCOMPARE(toggled.count(), 2);

        chart.removeLine(longLine);
        chart.removeLine(partner);
        QCOMPARE(chart.xAxis()->max(), 200.0);
    }

    void fixedAndSignedRanges() {
        ui::ChartView chart;
        QLineSeries* line = chart.addLine("line", Qt::blue);
        ui::ChartView::Fit fit;
        fit.xFromZero = false;
        fit.yCeiling = 5.0;
        chart.setFit(fit);
        chart.setPoints(line, {{-0.5, 40.0}, {0.0, 0.7}, {1.0, 0.1}, {1.5, 0.3}});
        QCOMPARE(chart.xTicks(), QList<double>({-0.5, 0, 0.5, 1, 1.5}));
        QCOMPARE(chart.yRange().second, 0.7); // 40 is beyond the ceiling
        fit.fixedY = std::pair(0.0, 1.0);
        chart.setFit(fit);
        QCOMPARE(chart.yTicks(), QList<double>({0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}));
        QCOMPARE(chart.yTickLabels(), QStringList({"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}));
    }

    void aLogAxisLeavesOutZerosAndLabelsDecades() {
        ui::ChartView chart;
        QLineSeries* line = chart.addLine("gradient", Qt::blue);
        chart.setLogScale(true);
        chart.setPoints(line, {{0, 0.0}, {10, 3e-6}, {20, 4e-2}});
        QCOMPARE(chart.points(line), QList<QPointF>({{10, 3e-6}, {20, 4e-2}}));
        QCOMPARE(chart.yRange().first, 2e-6);
        QCOMPARE(chart.yRange().second, 0.05);
        QCOMPARE(chart.yTickLabels(), QStringList({"1e-05", "0.0001", "0.001", "0.01"}));
        QCOMPARE(chart.logAxis()->min(), std::log10(2e-6)); // the line is drawn in log10
        chart.setLogScale(false);
        QCOMPARE(chart.points(line).size(), 3); // the zero is back
    }

    void wheelZoomsAndADoubleClickShowsEverything() {
        ui::ChartView chart;
        chart.resize(600, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QLineSeries* line = chart.addLine("line", Qt::blue);
        chart.setPoints(line, {{0, 1.0}, {1000, 0.1}});
        QSignalSpy zoom(&chart, &ui::ChartView::zoomChanged);
        const QPointF centre = chart.viewport()->rect().center();
        QWheelEvent wheel(centre, chart.viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart.viewport(), &wheel);
        QVERIFY(chart.isZoomed());
        QVERIFY(chart.xAxis()->max() - chart.xAxis()->min() < 700);
        chart.setPoints(line, {{0, 1.0}, {2000, 0.1}}); // new points keep the zoom
        QVERIFY(chart.isZoomed());
        QTest::mouseDClick(chart.viewport(), Qt::LeftButton, {}, centre.toPoint());
        QVERIFY(!chart.isZoomed());
        QCOMPARE(chart.xAxis()->max(), 2000.0);
        QCOMPARE(zoom.count(), 2);
        QCOMPARE(zoom.at(1).at(0).toBool(), false);
        // A right click shows everything too, never QChartView's zoom out to negative
        // iterations (issue 24, item 3).
        QTest::mouseClick(chart.viewport(), Qt::RightButton, {}, centre.toPoint());
        QCOMPARE(chart.xAxis()->min(), 0.0);
        QCOMPARE(chart.xAxis()->max(), 2000.0);
        QCOMPARE(chart.yAxis()->min(), 0.0);
        QVERIFY(!chart.isZoomed());
        QApplication::sendEvent(chart.viewport(), &wheel);
        QTest::mouseClick(chart.viewport(), Qt::RightButton, {}, centre.toPoint());
        QVERIFY(!chart.isZoomed());
        QCOMPARE(chart.xAxis()->max(), 2000.0);
    }

    void hoverNamesTheNearestPoint() {
        ui::ChartView chart;
        chart.resize(600, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QLineSeries* line = chart.addLine("line", Qt::blue);
        chart.setLogScale(true);
        chart.setPoints(line, {{0, 0.5}, {50, 0.02}, {100, 0.003}});
        chart.setHoverText([](const QLineSeries* series, QPointF point) {
            return QStringLiteral("%1 at %2: %3").arg(series->name()).arg(point.x()).arg(point.y());
        });
        const QPointF scene = chart.chart()->mapToScene(chart.chart()->mapToPosition({50, std::log10(0.02)}, line));
        QCOMPARE(chart.hoverTextAt(chart.mapFromScene(scene)), QString("line at 50: 0.02"));
        QCOMPARE(chart.hoverTextAt(QPoint(2, 2)), QString());
    }

    // The colour key shared by every colour scale.
    void aColourKeyShowsItsScaleItsValuesAndItsCaption() {
        ui::ColourKey key;
        key.setScale(ui::viridis, 4);
        key.setCaption("Test accuracy: dark is worse, light is better");
        key.setMarks(ui::ColourKey::linearMarks(0.5, 1.0, [](double v) { return QString("%1%").arg(v * 100); }));
        QCOMPARE(key.markTexts(), QStringList({"50%", "60%", "70%", "80%", "90%", "100%"}));
        QCOMPARE(key.colourAt(0.0), ui::viridis(0.125)); // the middle of the first of four bands
        QCOMPARE(key.colourAt(0.99), ui::viridis(0.875));
        QVERIFY(key.sizeHint().width() >= key.fontMetrics().horizontalAdvance(key.caption()));
        key.show();
        QVERIFY(QTest::qWaitForWindowExposed(&key));
        QVERIFY(key.width() >= key.fontMetrics().horizontalAdvance(key.caption()));
        // A bar from a high value down to a low one is marked left to right.
        const auto falling = ui::ColourKey::linearMarks(0.7, 0.0, [](double v) { return QString::number(v); });
        QCOMPARE(falling.first().text, QString("0.7"));
        QCOMPARE(falling.first().share, 0.0);
        QCOMPARE(falling.last().text, QString("0"));
        // On a log bar: 1-2-5 values, or a narrow range's linear steps.
        QStringList texts;
        for (const auto& mark : ui::ColourKey::logMarks(0.0736, 6.826))
            texts << mark.text;
        QCOMPARE(texts, QStringList({"0.1", "0.2", "0.5", "1", "2", "5"}));
        QCOMPARE(ui::ColourKey::logMarks(0.597, 0.637).size(), 4); // 0.6, 0.61, 0.62, 0.63
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chart_view.moc"
