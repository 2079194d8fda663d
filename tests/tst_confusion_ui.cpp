// The threshold slider and confusion matrices of the Mislabeled tab, offscreen, on the
// course's L-layer run: SPEC §7's counts at three thresholds, precision and recall,
// the grid following the threshold, and a matrix cell showing its images.
#include "ui/core/image_list_model.h"
#include "ui/data/confusion_panel.h"
#include "ui/data/mislabeled_view.h"

#include "ui_helpers.h"

#include <QComboBox>
#include <QSlider>
#include <QTableWidget>

using namespace catnet;

namespace {

QString cellText(const ui::MainWindow& window, const char* table, ui::ConfusionCell cell) {
    const auto [row, column] = ui::ConfusionPanel::positionOf(cell);
    return test::child<QTableWidget>(window, table)->item(row, column)->text();
}

} // namespace

class TestConfusionUi : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::MainWindow> window_;

private slots:
    void initTestCase() {
        CATNET_REQUIRE_COURSE_DATA();
        window_ = test::makeWindow(true);
        test::networkPanel(*window_)->setConfig(lLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window_));
    }
    void cleanupTestCase() { window_.reset(); }

    void matricesAtTheSpecThresholds_data() {
        QTest::addColumn<int>("slider");
        QTest::addColumn<QStringList>("testCounts"); // true cat, false cat, true non-cat, false non-cat
        QTest::newRow("0.3") << 30 << QStringList{"31", "7", "10", "2"};
        QTest::newRow("0.5") << 50 << QStringList{"30", "7", "10", "3"};
        QTest::newRow("0.7") << 70 << QStringList{"28", "6", "11", "5"};
    }
    void matricesAtTheSpecThresholds() {
        QFETCH(int, slider);
        QFETCH(QStringList, testCounts);
        test::child<QSlider>(*window_, "thresholdSlider")->setValue(slider);
        QCOMPARE(test::labelText(*window_, "thresholdLabel"), QString::number(slider / 100.0, 'f', 2));
        const ui::ConfusionCell order[] = {ui::ConfusionCell::TrueCat, ui::ConfusionCell::FalseCat,
                                           ui::ConfusionCell::TrueNonCat, ui::ConfusionCell::FalseNonCat};
        for (int k = 0; k < 4; ++k)
            QCOMPARE(cellText(*window_, "testConfusion", order[k]), testCounts[k]);
        // Precision and recall from the same counts.
        const double tc = testCounts[0].toDouble(), fc = testCounts[1].toDouble(), fn = testCounts[3].toDouble();
        const QString metrics = test::labelText(*window_, "testConfusionMetrics");
        QVERIFY2(metrics.contains(QString("precision %1").arg(tc / (tc + fc), 0, 'f', 2)), qPrintable(metrics));
        QVERIFY2(metrics.contains(QString("recall %1").arg(tc / (tc + fn), 0, 'f', 2)), qPrintable(metrics));
        // The grid of mistakes holds exactly the two off-diagonal cells.
        auto* view = test::child<ui::MislabeledView>(*window_, "mislabeledView");
        view->filterCombo()->setCurrentIndex(0);
        view->splitCombo()->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), int(fc + fn));
    }

    void theTrainingMatrixAtTheCourseThreshold() {
        test::child<QSlider>(*window_, "thresholdSlider")->setValue(50);
        QCOMPARE(cellText(*window_, "trainConfusion", ui::ConfusionCell::TrueCat), QString("69"));
        QCOMPARE(cellText(*window_, "trainConfusion", ui::ConfusionCell::FalseCat), QString("0"));
        QCOMPARE(cellText(*window_, "trainConfusion", ui::ConfusionCell::TrueNonCat), QString("137"));
        QCOMPARE(cellText(*window_, "trainConfusion", ui::ConfusionCell::FalseNonCat), QString("3"));
        QVERIFY(test::labelText(*window_, "confusionNote").contains("34% cats, the test set 66%"));
    }

    void clickingACellShowsItsImages() {
        test::child<QSlider>(*window_, "thresholdSlider")->setValue(50);
        auto* table = test::child<QTableWidget>(*window_, "testConfusion");
        const auto [row, column] = ui::ConfusionPanel::positionOf(ui::ConfusionCell::FalseCat);
        emit table->cellClicked(row, column);
        auto* view = test::child<ui::MislabeledView>(*window_, "mislabeledView");
        QCOMPARE(view->splitCombo()->currentIndex(), 0);
        QCOMPARE(view->filterCombo()->currentData().toInt(), int(ui::ConfusionCell::FalseCat));
        QCOMPARE(view->model()->rowCount(), 7);
        QVERIFY2(view->summary().contains("7 of 50"), qPrintable(view->summary()));
        // Every image shown is a non-cat the model calls a cat.
        const auto run = test::controller(*window_)->currentRun();
        const Dataset& data = test::courseDataset();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const int example = view->model()->items()[std::size_t(r)].index;
            QCOMPARE(data.test.label(example), 0);
            QVERIFY(run->testEvaluation->probabilities(example) > 0.5);
        }
        // The training set's true cats.
        auto* trainTable = test::child<QTableWidget>(*window_, "trainConfusion");
        const auto [r2, c2] = ui::ConfusionPanel::positionOf(ui::ConfusionCell::TrueCat);
        emit trainTable->cellClicked(r2, c2);
        QCOMPARE(view->splitCombo()->currentIndex(), 1);
        QCOMPARE(view->model()->rowCount(), 69);
    }
};

QTEST_MAIN(TestConfusionUi)
#include "tst_confusion_ui.moc"
