// Layer-size validation in the window: Train is enabled only for a network that fits.
#include "ui/training/network_panel.h"

#include "ui_helpers.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace catnet;

class TestNetworkPanel : public QObject {
    Q_OBJECT
    std::unique_ptr<ui::MainWindow> window_;

private slots:
    void initTestCase() {
        window_ = test::makeWindow(false);
        QVERIFY(test::controller(*window_)->isBuiltInDataset());
        QVERIFY2(test::labelText(*window_, "dataLabel").contains("built-in shape images"), qPrintable(test::labelText(*window_, "dataLabel")));
    }

    void validatesAsYouType_data() {
        QTest::addColumn<QString>("dims");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("message"); // empty: valid, Train enabled
        QTest::newRow("course L-layer") << "12288, 20, 7, 5, 1" << "0.0075" << "";
        QTest::newRow("course 2-layer") << "12288,7,1" << "0.0075" << "";
        QTest::newRow("spaces") << "12288 7 1" << "1e-3" << "";
        QTest::newRow("zero") << "12288, 0, 1" << "0.0075" << "layer 1 has size 0";
        QTest::newRow("negative") << "12288, -4, 1" << "0.0075" << "layer 1 has size -4";
        QTest::newRow("letters") << "12288, seven, 1" << "0.0075" << "'seven' is not a whole number";
        QTest::newRow("wrong input") << "1000, 7, 1" << "0.0075" << "must equal the data's 12288";
        QTest::newRow("two outputs") << "12288, 7, 2" << "0.0075" << "last size must be 1";
        QTest::newRow("only input") << "12288" << "0.0075" << "at least two sizes";
        QTest::newRow("empty") << "" << "0.0075" << "no layer sizes";
        QTest::newRow("huge") << "12288, 1000000, 1" << "0.0075" << "more than";
        QTest::newRow("zero rate") << "12288,7,1" << "0" << "Learning rate";
        QTest::newRow("negative rate") << "12288,7,1" << "-1" << "Learning rate";
        QTest::newRow("nan rate") << "12288,7,1" << "nan" << "Learning rate";
        QTest::newRow("text rate") << "12288,7,1" << "fast" << "Learning rate";
    }
    void validatesAsYouType() {
        QFETCH(QString, dims);
        QFETCH(QString, rate);
        QFETCH(QString, message);
        ui::NetworkPanel* panel = test::networkPanel(*window_);
        test::learningRateEdit(*window_)->setText(rate);
        test::child<QLineEdit>(*window_, "dimsEdit")->clear();
        QTest::keyClicks(test::child<QLineEdit>(*window_, "dimsEdit"), dims);
        auto* label = panel->findChild<QLabel*>("dimsMessage");
        auto* button = window_->findChild<QPushButton*>("trainButton");
        QVERIFY(label && button);
        if (message.isEmpty()) {
            QVERIFY2(panel->problem().isEmpty(), qPrintable(panel->problem()));
            QVERIFY(panel->config().has_value());
            QVERIFY(button->isEnabled());
            QVERIFY(label->text().isEmpty());
        } else {
            QVERIFY2(label->text().contains(message), qPrintable(label->text()));
            QVERIFY(!panel->config().has_value());
            QVERIFY(!button->isEnabled());
            QVERIFY(!window_->startTraining()); // the shortcut path refuses too
        }
    }

    void presetsFillEverything() {
        ui::NetworkPanel* panel = test::networkPanel(*window_);
        auto* preset = test::child<QComboBox>(*window_, "presetCombo");
        preset->setCurrentIndex(1);
        emit preset->activated(1); // as if the learner picked "2-layer (course)"
        std::optional<TrainConfig> config = panel->config();
        QVERIFY(config);
        QCOMPARE(config->layerDims, (LayerDims{12288, 7, 1}));
        QCOMPARE(config->init, InitScheme::Small);
        QCOMPARE(config->learningRate, 0.0075);
        QCOMPARE(config->iterations, 2500);
        QCOMPARE(config->seed, 1u);
        QCOMPARE(preset->currentText(), QString("2-layer (course)"));
        panel->setConfig(lLayerCourseConfig());
        config = panel->config();
        QCOMPARE(config->layerDims, (LayerDims{12288, 20, 7, 5, 1}));
        QCOMPARE(config->init, InitScheme::Lecun);
        QCOMPARE(preset->currentText(), QString("L-layer (course)")); // recognised, not "Custom"
        // Editing a field turns the preset into "Custom"; editing it back recognises it again.
        test::iterationsSpin(*window_)->setValue(300);
        QCOMPARE(preset->currentText(), QString("Custom"));
        test::iterationsSpin(*window_)->setValue(2500);
        QCOMPARE(preset->currentText(), QString("L-layer (course)"));
    }

    void parameterTableShowsShapes() {
        ui::NetworkPanel* panel = test::networkPanel(*window_);
        panel->setConfig(lLayerCourseConfig());
        auto* table = panel->findChild<QTableWidget*>("layersTable");
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, 1)->text(), "20 × 12288");
        QCOMPARE(table->item(0, 2)->text(), "20 × 1");
        QCOMPARE(table->item(3, 1)->text(), "1 × 5");
        QVERIFY(table->item(3, 0)->text().contains("sigmoid"));
        auto* total = panel->findChild<QLabel*>("parameterTotal");
        QVERIFY2(total->text().contains(QLocale().toString(qlonglong(245973))), qPrintable(total->text()));
    }
};

QTEST_MAIN(TestNetworkPanel)
#include "tst_network_panel.moc"
