// The Predict folder tab: every photo of a folder with the current run's P(cat), sorted
// by value, filtered, exported as CSV, predicted again when the run changes.
#include "engine/model/metrics.h"
#include "photo/photo_loader.h"
#include "ui/core/batch_prediction_model.h"
#include "ui/core/photo_batch_reader.h"
#include "ui/predict/batch_prediction_panel.h"

#include "photo_folders.h"
#include "ui_helpers.h"

#include <QComboBox>
#include <QTableView>

using namespace catnet;

class TestBatchPredictionUi : public QObject {
    Q_OBJECT

private slots:
    void predictsSortsFiltersAndExports() {
        const auto folders = test::makePhotoFolders();
        auto window = test::makeWindow(false);
        TrainConfig config = twoLayerCourseConfig();
        config.iterations = 30;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        const auto run = test::controller(*window)->currentRun();

        auto* panel = test::child<ui::BatchPredictionPanel>(*window, "batchPredictionPanel");
        QSignalSpy read(panel->reader(), &ui::PhotoBatchReader::finished);
        window->predictPaths({folders->cats, folders->nonCats});
        QVERIFY(read.wait(30000));
        ui::BatchPredictionModel* model = panel->model();
        QCOMPARE(model->rowCount(), 13); // 6 + 1 broken cats, 5 + 1 text non-cats
        int unreadable = 0;
        for (const auto& photo : model->photos()) {
            if (!photo.problem.isEmpty()) {
                ++unreadable;
                QVERIFY(!photo.probability);
                continue;
            }
            const std::vector<std::uint8_t> pixels = ui::loadPhoto(photo.path).pixels;
            QCOMPARE(*photo.probability, predictProbabilities(*run->parameters, featuresFromPixels(pixels.data(), 1))(0));
        }
        QCOMPARE(unreadable, 2);

        // Sorted by P(cat), by value.
        auto* table = test::child<QTableView>(*window, "batchTable");
        table->sortByColumn(ui::BatchPredictionModel::Probability, Qt::DescendingOrder);
        double previous = 2.0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const double p = table->model()->index(row, ui::BatchPredictionModel::Probability)
                                 .data(ui::BatchPredictionModel::kSortRole).toDouble();
            QVERIFY(p <= previous);
            previous = p;
        }
        // Filters: cats and non-cats split the readable photos; uncertain ones lie in 0.4…0.6.
        auto* show = test::child<QComboBox>(*window, "batchFilterCombo");
        const auto shown = [&](ui::BatchFilter filter) {
            show->setCurrentIndex(show->findData(int(filter)));
            return panel->filter()->rowCount();
        };
        QCOMPARE(shown(ui::BatchFilter::Cats) + shown(ui::BatchFilter::NonCats), 11);
        const int uncertain = shown(ui::BatchFilter::Uncertain);
        int expectedUncertain = 0;
        for (const auto& photo : model->photos())
            expectedUncertain += photo.probability && *photo.probability >= 0.4 && *photo.probability <= 0.6;
        QCOMPARE(uncertain, expectedUncertain);
        QCOMPARE(shown(ui::BatchFilter::All), 13);

        // CSV: every photo, path, P(cat) and verdict.
        QTemporaryDir dir;
        const QString csv = dir.filePath("predictions.csv");
        QVERIFY(panel->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split('\n');
        QCOMPARE(lines.front(), QString("path,p_cat,label"));
        QCOMPARE(lines.size(), 14);
        QCOMPARE(lines.filter(",,unreadable").size(), 2);
        const auto& first = model->photos().front();
        QVERIFY(lines.contains(QString("\"%1\",%2,%3").arg(first.path)
                                   .arg(first.probability ? QString::number(*first.probability, 'g', 17) : QString())
                                   .arg(!first.problem.isEmpty() ? "unreadable" : *first.probability > 0.5 ? "cat" : "non-cat")));

        // Another run: predicted again, with its own weights.
        config.iterations = 60;
        test::networkPanel(*window)->setConfig(config);
        QVERIFY(test::trainAndWait(*window));
        const auto second = test::controller(*window)->currentRun();
        for (const auto& photo : model->photos())
            if (photo.probability) {
                const std::vector<std::uint8_t> pixels = ui::loadPhoto(photo.path).pixels;
                QCOMPARE(*photo.probability,
                         predictProbabilities(*second->parameters, featuresFromPixels(pixels.data(), 1))(0));
            }
    }
};

QTEST_MAIN(TestBatchPredictionUi)
#include "tst_batch_prediction_ui.moc"
