// Layer-size validation in the window: Train is enabled only for a network that fits.
#include "ui/core/trained_run.h"
#include "ui/training/network_panel.h"

#include "ui_helpers.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QSettings>
#include <QToolButton>
#include <QUndoStack>
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

    // SPEC §8's options: a folded group whose header says what is on; each bad value is
    // one line naming its field, and Train waits for a valid one.
    void optionsAreValidatedAsYouType_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("optimizer"); // the optimizer that shows the field
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: valid
        QTest::newRow("λ 0.7") << "l2Edit" << "gd" << "0.7" << "";
        QTest::newRow("λ < 0") << "l2Edit" << "gd" << "-0.1" << "L2 λ: must be 0 or more.";
        QTest::newRow("λ not a number") << "l2Edit" << "gd" << "lots" << "L2 λ: give a number such as 0.";
        QTest::newRow("keep 0.86") << "keepProbEdit" << "gd" << "0.86" << "";
        QTest::newRow("keep 0") << "keepProbEdit" << "gd" << "0" << "Keep probability: must be above 0 and at most 1.";
        QTest::newRow("keep > 1") << "keepProbEdit" << "gd" << "1.5" << "Keep probability: must be above 0 and at most 1.";
        QTest::newRow("β 1") << "betaEdit" << "momentum" << "1" << "Momentum β: must be at least 0 and below 1.";
        QTest::newRow("β1 < 0") << "beta1Edit" << "adam" << "-0.5" << "Adam β1: must be at least 0 and below 1.";
        QTest::newRow("β2 1") << "beta2Edit" << "adam" << "1" << "Adam β2: must be at least 0 and below 1.";
        QTest::newRow("ε 0") << "epsilonEdit" << "adam" << "0" << "Adam ε: must be a positive number.";
        QTest::newRow("ε 1e-7") << "epsilonEdit" << "adam" << "1e-7" << "";
    }
    void optionsAreValidatedAsYouType() {
        QFETCH(QString, field);
        QFETCH(QString, optimizer);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ui::NetworkPanel* panel = test::networkPanel(*window_);
        panel->setConfig(lLayerCourseConfig());
        auto* combo = test::child<QComboBox>(*window_, "optimizerCombo");
        combo->setCurrentIndex(combo->findData(int(*parseName<Optimizer>(optimizer.toStdString()))));
        auto* edit = test::child<QLineEdit>(*window_, qPrintable(field));
        auto* form = panel->findChild<ui::OptionsGroup*>()->findChild<QFormLayout*>();
        QVERIFY2(form->isRowVisible(edit), "the field shows with its optimizer");
        edit->clear();
        QTest::keyClicks(edit, value);
        auto* button = window_->findChild<QPushButton*>("trainButton");
        if (message.isEmpty()) {
            QVERIFY2(panel->problem().isEmpty(), qPrintable(panel->problem()));
            QVERIFY(panel->config().has_value());
            QVERIFY(button->isEnabled());
        } else {
            QCOMPARE(panel->problem(), message);
            QCOMPARE(test::labelText(*window_, "dimsMessage"), message);
            QVERIFY(!panel->config().has_value());
            QVERIFY(!button->isEnabled());
        }
        panel->setConfig(lLayerCourseConfig());
    }

    void theOptionPresetsAreSpec8sRuns() {
        ui::NetworkPanel* panel = test::networkPanel(*window_);
        panel->setConfig(lLayerCourseConfig());
        auto* toggle = test::child<QToolButton>(*window_, "optionsToggle");
        QCOMPARE(toggle->text(), QString("Regularization && optimizer: none"));
        auto* preset = test::child<QComboBox>(*window_, "presetCombo");
        QCOMPARE(preset->count(), 6); // Custom, the course's two, and three with SPEC §8's tools
        const int adam = preset->findText("course + Adam (mini-batch 64)");
        QVERIFY(adam > 0);
        preset->setCurrentIndex(adam);
        emit preset->activated(adam);
        const std::optional<TrainConfig> config = panel->config();
        QVERIFY(config);
        QCOMPARE(config->layerDims, (LayerDims{12288, 20, 7, 5, 1}));
        QCOMPARE(config->learningRate, 0.001);
        QCOMPARE(config->iterations, 100);
        QCOMPARE(config->options.batchSize, 64);
        QCOMPARE(config->options.optimizer, Optimizer::Adam);
        QCOMPARE(config->options.beta1, 0.9);
        QCOMPARE(config->options.epsilon, 1e-8);
        QVERIFY2(toggle->isChecked(), "a preset with options shows them");
        QCOMPARE(toggle->text(), QString("Regularization && optimizer: batch 64, adam"));
        QCOMPARE(ui::runName(*config), QString("[12288,20,7,5,1] lr 0.001, batch 64, adam"));
        QCOMPARE(preset->currentText(), QString("course + Adam (mini-batch 64)"));

        const int l2 = preset->findText("course + L2");
        emit preset->activated(l2);
        QCOMPARE(panel->config()->options.l2, 0.7);
        QCOMPARE(panel->config()->learningRate, 0.0075);
        QCOMPARE(panel->config()->options.optimizer, Optimizer::GradientDescent);
        QCOMPARE(preset->currentText(), QString("course + L2"));
        QCOMPARE(ui::runName(*panel->config()), QString("[12288,20,7,5,1] lr 0.0075, L2 0.7"));
        emit preset->activated(preset->findText("course + dropout"));
        QCOMPARE(panel->config()->options.keepProb, 0.86);
        QCOMPARE(panel->config()->options.l2, 0.0);
        // An edit in the group is one undo step, like any other field's.
        QUndoStack* undo = test::controller(*window_)->undoStack();
        test::child<QCheckBox>(*window_, "flipCheck")->click();
        QVERIFY(panel->config()->options.flip);
        QCOMPARE(preset->currentText(), QString("Custom"));
        undo->undo();
        QVERIFY(!panel->config()->options.flip);
        QCOMPARE(preset->currentText(), QString("course + dropout"));
        panel->setConfig(lLayerCourseConfig());
    }

    void optionsAreKeptBetweenSessions() {
        ui::NetworkPanel* panel = test::networkPanel(*window_);
        TrainConfig config = lLayerWithAdamConfig();
        config.options.beta2 = 0.99;
        config.options.flip = true;
        panel->setConfig(config);
        QSettings settings(QDir::temp().filePath("catnet-options-test.ini"), QSettings::IniFormat);
        settings.clear();
        panel->saveSettings(settings);
        panel->setConfig(lLayerCourseConfig());
        panel->restoreSettings(settings);
        QVERIFY(panel->config());
        QVERIFY(panel->config()->options == config.options);
        // A value that does not hold together keeps the defaults.
        settings.setValue("network/keepProb", "7");
        panel->setConfig(lLayerCourseConfig());
        panel->restoreSettings(settings);
        QVERIFY(panel->config()->options == TrainingOptions{});
        settings.clear();
        panel->setConfig(lLayerCourseConfig());
    }
};

QTEST_MAIN(TestNetworkPanel)
#include "tst_network_panel.moc"
