// Dropping photos on the window, and saving / loading models from it.
#include "engine/inspect/inspection.h"
#include "engine/io/model_io.h"
#include "engine/model/initialization.h"
#include "photo/photo_decoder.h"
#include "photo/photo_loader.h"
#include "photo/qt_images.h"
#include "ui/core/batch_prediction_model.h"
#include "ui/core/photo_batch_reader.h"
#include "ui/data/data_browser.h"
#include "ui/data/mislabeled_view.h"
#include "ui/inside/weights_view.h"
#include "ui/predict/batch_prediction_panel.h"
#include "ui/predict/prediction_panel.h"
#include "ui/shell/run_file_actions.h"
#include "ui/training/network_panel.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/colour_scales.h"
#include "ui/widgets/saliency_image.h"
#include "ui/widgets/unit_preview.h"
#include "ui/widgets/weight_matrix_view.h"

#include "ui_helpers.h"

#include <QDropEvent>
#include <QMimeData>
#include <QCheckBox>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace catnet;

namespace {

// Delivers a drop of `urls` on the window, as a file manager would, and waits for a
// dropped photo to be read.
void drop(ui::MainWindow& window, const QList<QUrl>& urls) {
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF position(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(position.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent event(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &event);
    QVERIFY(test::photoShown(window));
}

QImage testPhoto(int width, int height) {
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(QColor(200, 160, 90));
    QPainter painter(&image);
    painter.setBrush(QColor(60, 40, 20));
    painter.drawEllipse(QRect(width / 4, height / 4, width / 2, height / 2));
    return image;
}

} // namespace

class TestPredictionUi : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<ui::MainWindow> window_;

private slots:
    void initTestCase() {
        // The built-in data keeps this test independent of the real files.
        window_ = test::makeWindow(false);
        QVERIFY(test::controller(*window_)->isBuiltInDataset());
        test::networkPanel(*window_)->setConfig(twoLayerCourseConfig());
        test::iterationsSpin(*window_)->setValue(200);
        QVERIFY(test::trainAndWait(*window_));
    }

    void weightsTabShowsEveryFirstLayerUnit() {
        const auto run = test::controller(*window_)->runs()->find(test::controller(*window_)->currentRunId());
        const Matrix& W1 = run->parameters->W.front();
        const auto& items = test::child<ui::WeightsView>(*window_, "weightsView")->model()->items();
        QCOMPARE(int(items.size()), 7); // the 2-layer preset's 7 hidden units
        for (Eigen::Index unit : {Eigen::Index(0), Eigen::Index(6)}) {
            const QImage image = items[std::size_t(unit)].image;
            QCOMPARE(image.size(), QSize(64, 64));
            // Feature k is byte k of the 64×64×3 image, on a scale symmetric around zero:
            // the largest |weight| is white (positive) or black (negative), 0 would be 128.
            const auto channel = [&](Eigen::Index k) {
                const QColor c = image.pixelColor(int((k / 3) % 64), int(k / 3 / 64));
                return k % 3 == 0 ? c.red() : k % 3 == 1 ? c.green() : c.blue();
            };
            Eigen::Index extreme = 0;
            const double largest = W1.row(unit).cwiseAbs().maxCoeff(&extreme);
            QCOMPARE(channel(extreme), W1(unit, extreme) > 0 ? 255 : 0);
            for (Eigen::Index k : {Eigen::Index(0), Eigen::Index(4097), Eigen::Index(12287)}) {
                const double expected = 127.5 + W1(unit, k) / largest * 127.5;
                QVERIFY2(std::abs(channel(k) - expected) <= 0.5 + 1e-9,
                         qPrintable(QString("feature %1: %2 vs %3").arg(k).arg(channel(k)).arg(expected)));
                QCOMPARE(channel(k) < 128, W1(unit, k) < 0); // dark means negative
            }
        }
    }

    void weightsTabShowsTheChangeSinceInitializationOnOneScale() {
        auto* view = test::child<ui::WeightsView>(*window_, "weightsView");
        const auto run = test::controller(*window_)->currentRun();
        const Matrix& W1 = run->parameters->W.front();
        // W1(0) as the course draws it: the 2-layer preset's small init, seed 1.
        const Matrix change = W1 - initializeParameters({12288, 7, 1}, InitScheme::Small, 1).W.front();
        view->showWeights(ui::WeightsView::Shown::ChangeSinceInit, ui::WeightsView::Scale::Shared);
        const double largest = change.cwiseAbs().maxCoeff();
        const auto& items = view->model()->items();
        QCOMPARE(int(items.size()), 7);
        for (Eigen::Index unit : {Eigen::Index(0), Eigen::Index(4)})
            QCOMPARE(items[std::size_t(unit)].image, ui::WeightsView::unitImage(change, unit, largest));
        bool oneScale = false; // not each unit's own scale: some unit looks different on it
        for (Eigen::Index unit = 0; unit < 7; ++unit)
            oneScale = oneScale || items[std::size_t(unit)].image != ui::WeightsView::unitImage(change, unit);
        QVERIFY(oneScale);
        auto* key = test::child<ui::ColourKey>(*window_, "weightsLegend");
        QCOMPARE(key->markTexts(), QStringList({"−" + QString::number(largest, 'g', 3), "0",
                                                "+" + QString::number(largest, 'g', 3)}));
        QCOMPARE(key->colourAt(0.0), QColor(Qt::black));
        QCOMPARE(key->colourAt(1.0), QColor(Qt::white));
        QCOMPARE(key->caption(), QString("darker = decreased, brighter = increased"));
        QVERIFY(test::labelText(*window_, "weightsSummary").contains("random start"));
        view->showWeights(ui::WeightsView::Shown::Weights, ui::WeightsView::Scale::PerUnit);
        QCOMPARE(view->model()->items()[0].image, ui::WeightsView::unitImage(W1, 0));

        // The deeper layer: W2 (1 × 7) as a heat map with values on hover.
        auto* W2 = test::child<ui::WeightMatrixView>(*window_, "weightMatrix2");
        const Matrix& w2 = run->parameters->W[1];
        QCOMPARE(W2->image().size(), QSize(7, 1));
        Eigen::Index strongest = 0;
        w2.row(0).cwiseAbs().maxCoeff(&strongest);
        QCOMPARE(QColor(W2->image().pixel(int(strongest), 0)), w2(0, strongest) > 0 ? QColor(255, 0, 0) : QColor(0, 0, 255));
        const auto cell = W2->cellAt(QPoint(W2->width() - 2, 2));
        QVERIFY(cell.has_value());
        QCOMPARE(cell->second, Eigen::Index(6));
        QVERIFY2(W2->cellText(0, 6).contains(QString::number(w2(0, 6), 'g', 6)), qPrintable(W2->cellText(0, 6)));
        // Its key: blue at −largest, white at 0, red at +largest.
        auto* w2Key = test::child<ui::ColourKey>(*window_, "weightMatrixKey2");
        const QString w2Largest = QString::number(w2.cwiseAbs().maxCoeff(), 'g', 2);
        QCOMPARE(w2Key->markTexts(), QStringList({"−" + w2Largest, "0", "+" + w2Largest}));
        QCOMPARE(w2Key->colourAt(0.0), QColor(0, 0, 255));
        QCOMPARE(w2Key->colourAt(0.5), QColor(255, 255, 255));
        QCOMPARE(w2Key->colourAt(1.0), QColor(255, 0, 0));
    }

    void hoveringAUnitShowsTheWeightsUnderIt() {
        auto* view = test::child<ui::WeightsView>(*window_, "weightsView");
        view->showWeights(ui::WeightsView::Shown::Weights, ui::WeightsView::Scale::PerUnit);
        view->selectUnit(2);
        auto* preview = test::child<ui::UnitPreview>(*window_, "unitPreview");
        const Matrix& W1 = test::controller(*window_)->currentRun()->parameters->W.front();
        // Pixel (row 10, column 20) is drawn 4× at (80…83, 40…43) in the 256-pixel preview.
        const auto text = preview->textAt(QPoint(81, 41));
        QVERIFY(text.has_value());
        const Eigen::Index red = (10 * 64 + 20) * 3;
        QVERIFY2(text->contains("unit 3, pixel (row 10, column 20)") &&
                     text->contains(QString("red %1").arg(W1(2, red), 0, 'g', 4)) &&
                     text->contains(QString("blue %1").arg(W1(2, red + 2), 0, 'g', 4)),
                 qPrintable(*text));
        QVERIFY(!preview->textAt(QPoint(300, 10)).has_value());
    }

    void theDataTabShowsAnImagesSaliency() {
        auto* browser = test::child<ui::DataBrowser>(*window_, "dataBrowser");
        browser->selectExample(5);
        QVERIFY(browser->exampleSaliency().has_value());
        const auto run = test::controller(*window_)->currentRun();
        const DataSplit& train = test::controller(*window_)->dataset()->train;
        QVERIFY(*browser->exampleSaliency() == saliency(*run->parameters, test::featuresOf(train).col(5)).col(0));
        const double probability = predictProbabilities(*run->parameters, test::featuresOf(train).col(5))(0);
        QVERIFY2(test::labelText(*window_, "dataSaliencyCaption").contains(QString::number(probability, 'f', 4)),
                 qPrintable(test::labelText(*window_, "dataSaliencyCaption")));
        auto* key = test::child<ui::ColourKey>(*window_, "dataSaliencyKey");
        QVERIFY(key->isVisibleTo(browser));
        QCOMPARE(key->markTexts().last(), QString("raises P(cat)"));
    }

    void dropAPng() {
        const QString path = dir_.filePath("photo.png");
        QVERIFY(testPhoto(300, 200).save(path));
        drop(*window_, {QUrl::fromLocalFile(path)});
        ui::PredictionPanel* panel = test::child<ui::PredictionPanel>(*window_, "predictionPanel");
        QVERIFY2(panel->hasPrediction(), qPrintable(panel->errorText()));
        QVERIFY(*panel->probability() >= 0.0 && *panel->probability() <= 1.0);
        QVERIFY(panel->errorText().isEmpty());
        // The shown probability is the engine's on the 64×64 input.
        const ui::PhotoInput input = ui::loadPhoto(path);
        const auto run = test::controller(*window_)->runs()->find(test::controller(*window_)->currentRunId());
        QCOMPARE(*panel->probability(), predictProbabilities(*run->parameters, featuresFromPixels(input.pixels.data(), 1))(0));
    }

    void thePredictTabShowsTheSaliencyOfThePhoto() {
        const QString path = dir_.filePath("saliency.png");
        QVERIFY(testPhoto(120, 160).save(path));
        window_->show();
        window_->predictFile(path);
        QVERIFY(test::photoShown(*window_));
        auto* panel = test::child<ui::PredictionPanel>(*window_, "predictionPanel");
        QVERIFY(panel->saliency().has_value());
        const ui::PhotoInput input = ui::loadPhoto(path);
        const auto run = test::controller(*window_)->currentRun();
        const Matrix features = featuresFromPixels(input.pixels.data(), 1);
        QVERIFY(*panel->saliency() == saliency(*run->parameters, features).col(0));
        // Its key says which colour pushes which way, in the picture's own colours.
        auto* key = panel->findChild<ui::ColourKey*>("predictSaliencyKey");
        QVERIFY(key && key->isVisibleTo(panel));
        QCOMPARE(key->markTexts(), QStringList({"lowers P(cat)", "no effect", "raises P(cat)"}));
        QCOMPARE(key->colourAt(1.0), QColor(ui::diverging(1.0)));
        QCOMPARE(key->colourAt(0.0), QColor(0, 0, 255));
        auto* blend = test::child<QLabel>(*window_, "saliencyBlendLabel");
        QVERIFY(blend->isVisible());
        const QImage before = blend->pixmap().toImage();
        test::child<QSlider>(*window_, "saliencyBlendSlider")->setValue(0); // the input alone
        QCOMPARE(blend->pixmap().toImage(), input.networkImage().convertToFormat(QImage::Format_RGB32));
        QVERIFY(before != blend->pixmap().toImage());
        QCOMPARE(test::child<QLabel>(*window_, "saliencyHeatLabel")->pixmap().toImage(),
                 ui::saliencyHeatMap(*panel->saliency()));
    }

    void saliencyHeatMapColours() {
        Eigen::VectorXd s = Eigen::VectorXd::Zero(12288);
        s((2 * 64 + 3) * 3 + 0) = 1.0;  // pixel (row 2, column 3), red channel
        s((5 * 64 + 6) * 3 + 2) = -0.5; // pixel (row 5, column 6), blue channel
        const QImage heat = ui::saliencyHeatMap(s);
        QCOMPARE(heat.size(), QSize(64, 64));
        QCOMPARE(QColor(heat.pixel(3, 2)), QColor(255, 0, 0));       // the largest: full red
        QCOMPARE(QColor(heat.pixel(6, 5)), QColor(128, 128, 255));   // half as large, the other way
        QCOMPARE(QColor(heat.pixel(0, 0)), QColor(255, 255, 255));   // no effect: white
        const QImage grey(64, 64, QImage::Format_RGB32);
        QImage black = grey;
        black.fill(Qt::black);
        QCOMPARE(QColor(ui::blendOver(black, heat, 0.5).pixel(3, 2)), QColor(128, 0, 0));
    }

    void theMislabeledGridShowsSaliencyOnRequest() {
        auto* view = test::child<ui::MislabeledView>(*window_, "mislabeledView");
        const auto items = view->model()->items();
        QVERIFY(!items.empty());
        view->saliencyToggle()->setChecked(true);
        const auto withSaliency = view->model()->items();
        QCOMPARE(withSaliency.size(), items.size());
        const DataSplit& split = test::controller(*window_)->dataset()->test;
        const auto run = test::controller(*window_)->currentRun();
        const int i = withSaliency.front().index;
        const Matrix s = saliency(*run->parameters, test::featuresOf(split).col(i));
        QCOMPARE(view->model()->image(0),
                 ui::blendOver(ui::imageFromNetworkInput(split.image(i)), ui::saliencyHeatMap(s.col(0)), 0.6));
        view->saliencyToggle()->setChecked(false);
        QCOMPARE(view->model()->image(0), ui::imageFromNetworkInput(split.image(i)));
    }

    void dropATextFile() {
        const QString path = dir_.filePath("notes.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture of a cat\n");
        file.close();
        drop(*window_, {QUrl::fromLocalFile(path)});
        ui::PredictionPanel* panel = test::child<ui::PredictionPanel>(*window_, "predictionPanel");
        QVERIFY(!panel->hasPrediction());
        QVERIFY2(panel->errorText().contains("notes.txt") && panel->errorText().contains("not an image"),
                 qPrintable(panel->errorText()));
    }

    // Ctrl+P on an SVG that names itself crashed the window (and the run in it).
    void aSelfReferencingSvgIsRefusedNotFatal() {
        const QString path = dir_.filePath("self.svg");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                   "width=\"64\" height=\"64\"><image xlink:href=\"self.svg\" width=\"64\" height=\"64\"/></svg>");
        file.close();
        window_->predictFile(path);
        QVERIFY(test::photoShown(*window_));
        ui::PredictionPanel* panel = test::child<ui::PredictionPanel>(*window_, "predictionPanel");
        QVERIFY(!panel->hasPrediction());
        QVERIFY2(panel->errorText().contains("refers to another file"), qPrintable(panel->errorText()));
    }

    // A dropped folder: every file in it on the Predict folder tab, images with P(cat),
    // the rest marked unreadable.
    void dropAFolderAndAWebAddress() {
        auto* batch = test::child<ui::BatchPredictionPanel>(*window_, "batchPredictionPanel");
        QSignalSpy read(batch->reader(), &ui::PhotoBatchReader::finished);
        drop(*window_, {QUrl::fromLocalFile(dir_.path())});
        QVERIFY(read.wait(30000));
        const int files = int(QDir(dir_.path()).entryList(QDir::Files).size());
        QCOMPARE(batch->model()->rowCount(), files);
        for (const auto& photo : batch->model()->photos())
            QCOMPARE(photo.probability.has_value(), photo.problem.isEmpty());
        drop(*window_, {QUrl("https://example.org/cat.jpg")});
        QVERIFY(test::child<ui::PredictionPanel>(*window_, "predictionPanel")->errorText().contains("web address"));
        QVERIFY(!test::child<ui::PredictionPanel>(*window_, "predictionPanel")->hasPrediction());
    }

    void dropSeveralFiles() {
        const QString first = dir_.filePath("first.png"), second = dir_.filePath("second.png");
        QVERIFY(testPhoto(64, 64).save(first));
        QVERIFY(testPhoto(32, 32).save(second));
        auto* batch = test::child<ui::BatchPredictionPanel>(*window_, "batchPredictionPanel");
        QSignalSpy read(batch->reader(), &ui::PhotoBatchReader::finished);
        drop(*window_, {QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
        QVERIFY(read.wait(30000));
        QCOMPARE(batch->model()->rowCount(), 2); // both, on the Predict folder tab
        for (const auto& photo : batch->model()->photos())
            QVERIFY(photo.probability.has_value());
    }

    void photoIsShrunkToTheNetworkInput() {
        const ui::PhotoInput input = ui::photoFromImage(testPhoto(640, 480));
        QCOMPARE(input.pixels.size(), std::size_t(kImageBytes));
        const QImage seen = input.networkImage();
        QCOMPARE(seen.size(), QSize(64, 64));
        QCOMPARE(seen.pixelColor(0, 0), QColor(200, 160, 90)); // background kept
        QCOMPARE(seen.pixelColor(32, 32), QColor(60, 40, 20)); // the ellipse's centre
    }

    void transparencyIsCompositedOnWhite() {
        QImage clear(10, 10, QImage::Format_ARGB32);
        clear.fill(Qt::transparent);
        const ui::PhotoInput input = ui::photoFromImage(clear);
        QCOMPARE(input.networkImage().pixelColor(5, 5), QColor(Qt::white));
    }

    void savedModelPredictsTheSame() {
        const QString path = dir_.filePath("model.h5");
        const int original = test::controller(*window_)->currentRunId();
        QVERIFY(window_->saveModelTo(path));
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window_)->isSaving(); }, 30000)); // written in the background
        QCOMPARE(test::loadModelAndWait(*window_, path), QString());
        const int loaded = test::controller(*window_)->currentRunId();
        QVERIFY(loaded != original);
        const auto a = test::controller(*window_)->runs()->find(original);
        const auto b = test::controller(*window_)->runs()->find(loaded);
        QCOMPARE(b->outcome, Outcome::Completed);
        QCOMPARE(b->outcomeText(), a->outcomeText()); // judged alike, from the same costs and weights
        QCOMPARE(b->costHistory, a->costHistory);
        QVERIFY(b->testEvaluation && a->testEvaluation);
        QVERIFY(a->testEvaluation->probabilities == b->testEvaluation->probabilities); // bit for bit
        QVERIFY(a->trainEvaluation->probabilities == b->trainEvaluation->probabilities);
        QCOMPARE(b->costs.size(), a->costs.size());
    }

    void refusesADamagedModelFile() {
        const QString path = dir_.filePath("broken.h5");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage");
        file.close();
        const int rows = test::controller(*window_)->runs()->rowCount();
        QVERIFY(test::loadModelAndWait(*window_, path).contains("broken.h5"));
        QVERIFY2(test::statusMessage(*window_).contains("broken.h5"), qPrintable(test::statusMessage(*window_)));
        QCOMPARE(test::controller(*window_)->runs()->rowCount(), rows);
    }

    // A model is read in the background, with the busy bar and Stop of the status bar;
    // Stop ends the read at once and nothing is added.
    void aModelReadCanBeStopped() {
        const QString path = dir_.filePath("to-stop.h5");
        QVERIFY(window_->saveModelTo(path));
        QVERIFY(QTest::qWaitFor([&] { return !test::controller(*window_)->isSaving(); }, 30000));
        const int rows = test::controller(*window_)->runs()->rowCount();
        QSignalSpy finished(test::controller(*window_), &ui::RunController::readingFinished);
        window_->findChild<ui::RunFileActions*>()->loadModelFrom(path);
        QVERIFY(test::controller(*window_)->isLoading());
        QVERIFY(test::statusMessage(*window_).contains("Reading the model"));
        QVERIFY(test::child<QToolButton>(*window_, "stopLoadButton")->isVisible());
        test::child<QToolButton>(*window_, "stopLoadButton")->click();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(3).toBool(), true);
        QVERIFY(!test::controller(*window_)->isLoading());
        QVERIFY(!test::child<QToolButton>(*window_, "stopLoadButton")->isVisible());
        QCOMPARE(test::controller(*window_)->runs()->rowCount(), rows);
        QVERIFY(test::statusMessage(*window_).contains("Stopped reading the model"));
    }

    void exportsCostsAsCsv() {
        const QString path = dir_.filePath("costs.csv");
        QVERIFY(window_->findChild<ui::RunFileActions*>()->exportCostsTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split('\n');
        QCOMPARE(lines.front(), QString("run,label,iteration,cost,test_cost,train_accuracy,test_accuracy"));
        // Every run, every iteration: the test figures at the report points only.
        qsizetype expected = 1;
        for (const auto& run : test::controller(*window_)->runs()->runs())
            expected += qsizetype(run->costHistory.values.empty() ? run->costs.size() : run->costHistory.values.size());
        QCOMPARE(lines.size(), expected);
        const auto first = test::controller(*window_)->runs()->runs().front();
        const QString label = test::controller(*window_)->runs()->label(first->id);
        QVERIFY2(lines[1].startsWith(QString("%1,\"%2\",0,0.69").arg(first->id).arg(label)), qPrintable(lines[1]));
        QCOMPARE(lines[1].count(','), 6 + label.count(','));
        QVERIFY2(!lines[1].endsWith(",,,"), qPrintable(lines[1])); // iteration 0 is a report point
        QVERIFY2(lines[2].endsWith(",,,"), qPrintable(lines[2]));  // iteration 1 is not
        QVERIFY(window_->findChild<ui::RunFileActions*>()->exportChartTo(dir_.filePath("chart.png")));
        QVERIFY(!QImage(dir_.filePath("chart.png")).isNull());
    }

    void loadedModelOfAnotherInputSizeIsExplained() {
        SavedModel small;
        small.parameters.W = {Matrix::Zero(1, 10)};
        small.parameters.b = {Matrix::Zero(1, 1)};
        const QString path = dir_.filePath("ten-inputs.h5");
        saveModel(path.toStdString(), small);
        QCOMPARE(test::loadModelAndWait(*window_, path), QString());
        QVERIFY2(test::statusMessage(*window_).contains("expects 10 input features but the data has 12288"),
                 qPrintable(test::statusMessage(*window_)));
        const auto run = test::controller(*window_)->runs()->find(test::controller(*window_)->currentRunId());
        QVERIFY(!run->testEvaluation.has_value());
        // Predicting with it says so instead of computing garbage.
        const QString photo = dir_.filePath("for-small.png");
        QVERIFY(testPhoto(64, 64).save(photo));
        window_->predictFile(photo);
        QVERIFY(test::photoShown(*window_));
        QVERIFY(!test::child<ui::PredictionPanel>(*window_, "predictionPanel")->hasPrediction());
    }
};

QTEST_MAIN(TestPredictionUi)
#include "tst_prediction_ui.moc"
