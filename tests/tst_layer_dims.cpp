#include "engine/model/layer_dims.h"

#include <QTest>

using namespace catnet;

class TestLayerDims : public QObject {
    Q_OBJECT
private slots:
    void parsesCommasAndSpaces() {
        QCOMPARE(parseLayerDims("12288, 20, 7, 5, 1"), (LayerDims{12288, 20, 7, 5, 1}));
        QCOMPARE(parseLayerDims("12288 7 1"), (LayerDims{12288, 7, 1}));
        QCOMPARE(parseLayerDims(" 3, 2 ,1 "), (LayerDims{3, 2, 1}));
        QCOMPARE(parseLayerDims("4,-2,1"), (LayerDims{4, -2, 1})); // parsed; refused by validate
    }

    void refusesWhatIsNotANumber_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "no layer sizes given";
        QTest::newRow("letters") << "12288,abc,1" << "'abc' is not a whole number";
        QTest::newRow("decimal") << "12288,2.5,1" << "'2.5' is not a whole number";
        QTest::newRow("huge") << "12288,99999999999999999999,1" << "too large";
        // An empty field is a typo, never silently a shorter network.
        QTest::newRow("two commas") << "12288,,1" << "missing between two commas";
        QTest::newRow("leading comma") << ",12288,1" << "missing between two commas";
        QTest::newRow("trailing comma") << "12288,7,1," << "missing between two commas";
        QTest::newRow("only commas") << ",," << "missing between two commas";
    }
    void refusesWhatIsNotANumber() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            parseLayerDims(text.toStdString());
            QFAIL("no exception");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    void validation_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // empty when valid
        QTest::newRow("course L-layer") << "12288,20,7,5,1" << "";
        QTest::newRow("course 2-layer") << "12288,7,1" << "";
        QTest::newRow("logistic") << "12288,1" << "";
        QTest::newRow("one size") << "12288" << "at least two sizes";
        QTest::newRow("zero") << "12288,0,1" << "layer 1 has size 0";
        QTest::newRow("negative") << "12288,-3,1" << "layer 1 has size -3";
        QTest::newRow("wrong input") << "100,7,1" << "must equal the data's 12288";
        QTest::newRow("two outputs") << "12288,7,2" << "last size must be 1";
        QTest::newRow("too big") << "12288,100000000,1" << "more than";
        QTest::newRow("1000 sizes") << "12288" + QString(",1").repeated(999) << "";
        QTest::newRow("1001 sizes") << "12288" + QString(",1").repeated(1000) << "at most 1000 layer sizes";
    }
    void validation() {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const auto result = validateLayerDims(parseLayerDims(text.toStdString()), 12288);
        if (problem.isEmpty()) {
            QVERIFY2(!result, result ? result->c_str() : "");
        } else {
            QVERIFY(result.has_value());
            QVERIFY2(QString::fromStdString(*result).contains(problem), result->c_str());
        }
    }

    void countsParameters() {
        QCOMPARE(countParameters({12288, 20, 7, 5, 1}), Eigen::Index{12288 * 20 + 20 + 20 * 7 + 7 + 7 * 5 + 5 + 5 + 1});
        QCOMPARE(countParameters({12288, 7, 1}), Eigen::Index{12288 * 7 + 7 + 7 + 1});
        // Overflow-safe for absurd sizes.
        QVERIFY(countParameters({Eigen::Index{1} << 40, Eigen::Index{1} << 40, 1}) > kMaxParameterCount);
    }

    void formats() {
        QCOMPARE(formatLayerDims({12288, 7, 1}), std::string("12288, 7, 1"));
        QCOMPARE(formatLayerDims({12288, 7, 1}, ","), std::string("12288,7,1"));
    }
};

QTEST_APPLESS_MAIN(TestLayerDims)
#include "tst_layer_dims.moc"
