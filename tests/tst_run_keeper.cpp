// The RunKeeper on its own: a finished run is written to the store in the background
// and read back (evaluated on the data) by a keeper of a later session; a discarded
// file is gone; the learner's own saves are not the keeper's.
#include "engine/io/synthetic_dataset.h"
#include "engine/model/initialization.h"
#include "engine/model/metrics.h"
#include "engine/training/trainer.h"
#include "ui/core/model_saver.h"
#include "ui/core/run_keeper.h"
#include "ui/core/runs_model.h"
#include "ui/core/trained_run.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace catnet;

class TestRunKeeper : public QObject {
    Q_OBJECT
private slots:
    void aKeptRunComesBackInTheNextSession() {
        QTemporaryDir store;
        const auto data = std::make_shared<const Dataset>(makeSyntheticDataset());
        TrainConfig config;
        config.layerDims = {int(data->train.X.rows()), 3, 1};
        config.iterations = 30;
        config.learningRate = 0.01;
        ui::TrainedRun finished;
        finished.config = config;
        finished.name = "kept run";
        finished.takeResult(train(config, data->train.X, data->train.Y), {}, {});
        const Parameters weights = *finished.parameters;

        QString file;
        {
            ui::RunsModel runs;
            ui::ModelSaver saver;
            ui::RunKeeper keeper(store.path(), &runs, &saver);
            // As the RunController does: every save's end goes through the keeper first.
            connect(&saver, &ui::ModelSaver::finished, &keeper, &ui::RunKeeper::takeSaved);
            const int id = runs.add(finished);
            QSignalSpy kept(&keeper, &ui::RunKeeper::runChanged);
            keeper.keep(*runs.find(id));
            QVERIFY(kept.wait(30000));
            QCOMPARE(kept.first().first().toInt(), id);
            file = runs.find(id)->storeFile;
            QVERIFY(QFileInfo::exists(file));
            QVERIFY(runs.find(id)->notKept.isEmpty());
            QVERIFY(!keeper.takeSaved(id, store.filePath("elsewhere.h5"), {})); // not one of its saves
        }

        ui::RunsModel runs;
        ui::ModelSaver saver;
        ui::RunKeeper keeper(store.path(), &runs, &saver);
        QSignalSpy restored(&keeper, &ui::RunKeeper::restoreFinished);
        keeper.restore(data, identify(*data, "shapes"));
        QVERIFY(keeper.isRestoring());
        QVERIFY(restored.wait(30000));
        QVERIFY(restored.first().first().toStringList().isEmpty());
        QCOMPARE(runs.rowCount(), 1);
        const auto run = runs.find(runs.idAt(0));
        QCOMPARE(run->name, QString("kept run"));
        QCOMPARE(run->costs, finished.costs);
        QCOMPARE(run->storeFile, file);
        QVERIFY(!run->parameters); // the weights stay on disk
        QCOMPARE(run->testEvaluation->accuracy, evaluate(weights, data->test.X, data->test.Y).accuracy);

        keeper.discard(file);
        QVERIFY(!QFileInfo::exists(file));
        ui::RunsModel none;
        ui::RunKeeper later(store.path(), &none, &saver);
        QSignalSpy empty(&later, &ui::RunKeeper::restoreFinished);
        later.restore(data, identify(*data, "shapes"));
        QCOMPARE(empty.count(), 1); // nothing to read: finished at once
        QCOMPARE(none.rowCount(), 0);
    }

    void withoutAStoreNothingIsKept() {
        ui::RunsModel runs;
        ui::ModelSaver saver;
        ui::RunKeeper keeper({}, &runs, &saver);
        ui::TrainedRun run;
        run.parameters = std::make_shared<const Parameters>(initializeParameters({4, 1}, InitScheme::Small, 1));
        const int id = runs.add(run);
        keeper.keep(*runs.find(id));
        QVERIFY(!saver.isSaving());
        QVERIFY(runs.find(id)->storeFile.isEmpty());
    }
};

QTEST_MAIN(TestRunKeeper)
#include "tst_run_keeper.moc"
