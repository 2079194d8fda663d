// P(cat) as written beside a verdict never contradicts it (issue 24, item 8): a value
// just above or below the threshold is written with the digits that show which side.
#include "ui/widgets/probability_display.h"
#include "ui/widgets/probability_text.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace catnet::ui;

class TestProbabilityText : public QObject {
    Q_OBJECT

private slots:
    void roundsAsAskedAwayFromTheThreshold() {
        QCOMPARE(probabilityText(0.73126), QString("0.7313"));
        QCOMPARE(probabilityText(0.50004), QString("0.50004"));
        QCOMPARE(probabilityText(0.49995), QString("0.49995"));
        QCOMPARE(probabilityText(0.4999999), QString("0.4999999"));
        QCOMPARE(probabilityText(0.5), QString("0.5000")); // on it: as it is
        QCOMPARE(probabilityText(0.301, 2, 0.3), QString("0.301")); // another threshold
        QCOMPARE(percentText(0.50004), QString("50.004"));
        QCOMPARE(percentText(0.9991), QString("99.9"));
    }

    void theVerdictAndTheBarAgree() {
        QWidget parent;
        ProbabilityDisplay display(&parent, "input", "verdict", "bar", QString());
        display.showProbability(0.49996, "#1");
        QCOMPARE(parent.findChild<QLabel*>("verdict")->text(), QString("not a cat — 50.004% sure  (model #1)"));
        QCOMPARE(parent.findChild<QProgressBar*>("bar")->format(), QString("P(cat) = 49.996%"));
    }
};

QTEST_MAIN(TestProbabilityText)
#include "tst_probability_text.moc"
