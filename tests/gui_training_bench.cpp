// catnet-gui-bench: does training from the window cost more than calling the engine?
// Times the course's L-layer run (auto strategy) both ways in one process, offscreen,
// and prints the medians and their ratio. Then: how long a window with 500 kept runs
// of the course's L-layer network takes to show and to fill its runs table, and the
// memory that costs. Last: saving a 1 GB run, written in the foreground by saveModel
// (how long the window used to stand still) against the window's longest pause while
// its background saver writes the same run. A benchmark, not a test: it never fails.
#include "engine/model/initialization.h"
#include "engine/model/layer_dims.h"
#include "ui/training/network_panel.h"

#include "ui_helpers.h"

#include "engine/io/model_io.h"
#include "ui/core/run_controller.h"
#include "ui/core/run_store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <fstream>

#include <algorithm>
#include <cstdio>

using namespace catnet;

namespace {
double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
// Resident memory of this process now, in MB.
double residentMegabytes() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / 1e6;
}

void keptRunsStartUp(int count) {
    QTemporaryDir store;
    {
        const ui::RunStore writer(store.path());
        SavedModel model;
        model.config = lLayerCourseConfig();
        model.parameters = initializeParameters(model.config.layerDims, InitScheme::Lecun, 1);
        model.costs = {{0, 0.77}, {2499, 0.09}};
        ui::TrainedRun run = ui::fromSavedModel(model);
        for (int i = 1; i <= count; ++i) {
            run.id = i;
            writer.save(run);
        }
    }
    const double before = residentMegabytes();
    QElapsedTimer clock;
    clock.start();
    ui::MainWindowOptions options;
    options.useSettings = false;
    options.showDialogs = false;
    options.dataDirectory = test::courseDataDirectory();
    options.runStoreDirectory = store.path();
    ui::MainWindow window(options);
    window.show();
    QApplication::processEvents();
    const double shown = clock.nsecsElapsed() / 1e9;
    if (!QTest::qWaitFor([&] { return !test::controller(window)->isRestoring(); }, 600000))
        std::printf("  (still reading after ten minutes)\n");
    const double filled = clock.nsecsElapsed() / 1e9;
    std::printf("\n%d kept runs of [12288,20,7,5,1] (%.1f MB of weights each on disk):\n", count,
                double(countParameters(lLayerCourseConfig().layerDims)) * 8 / 1e6);
    std::printf("  window shown:        %.2f s\n", shown);
    std::printf("  runs table filled:   %.2f s (%d rows, %.1f ms per run)\n", filled,
                test::controller(window)->runs()->rowCount(), filled * 1e3 / count);
    std::printf("  memory for them:     %.0f MB (resident, after - before)\n", residentMegabytes() - before);
}

void savingABigRun() {
    QTemporaryDir folder;
    const LayerDims dims{12288, 10000, 1};
    SavedModel model;
    model.config.layerDims = dims;
    model.parameters = initializeParameters(dims, InitScheme::Lecun, 1);
    QElapsedTimer clock;
    clock.start();
    saveModel(folder.filePath("foreground.h5").toStdString(), model);
    const double foreground = clock.nsecsElapsed() / 1e9;
    model = {};

    ui::RunController controller({});
    const int id = controller.loadModel(folder.filePath("foreground.h5"));
    QTimer tick; // the window's event loop: how long between two 5 ms ticks at most
    tick.setInterval(5);
    QElapsedTimer sinceTick;
    qint64 longestPause = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestPause = std::max(longestPause, sinceTick.restart());
    });
    clock.restart();
    sinceTick.start();
    tick.start();
    controller.saveRun(id, folder.filePath("background.h5"));
    const qint64 handedOver = clock.elapsed();
    longestPause = std::max(longestPause, handedOver);
    if (!QTest::qWaitFor([&] { return !controller.isSaving(); }, 600000))
        std::printf("  (still saving after ten minutes)\n");
    const double background = clock.nsecsElapsed() / 1e9;
    std::printf("\nSaving a run of [12288,10000,1] (%.2f GB of weights):\n", double(countParameters(dims)) * 8 / 1e9);
    std::printf("  saveModel in the foreground:     %.2f s (the window stood still that long before)\n", foreground);
    std::printf("  the window's background save:    %.2f s, longest pause of the window %lld ms\n", background,
                static_cast<long long>(longestPause));
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!test::courseDataDirectory()) {
        std::fprintf(stderr, "catnet-gui-bench: set CATNET_DATA to the folder with the course files\n");
        return 1;
    }
    auto window = test::makeWindow(true);
    window->show();
    test::networkPanel(*window)->setConfig(lLayerCourseConfig());
    const TrainConfig config = *test::networkPanel(*window)->config();
    const Dataset& data = test::courseDataset();

    std::vector<double> engineSeconds, windowSeconds, keptSeconds;
    for (int repeat = 0; repeat < 7; ++repeat) {
        QElapsedTimer clock;
        clock.start();
        const TrainResult result = train(config, data.train.X, data.train.Y);
        engineSeconds.push_back(clock.nsecsElapsed() / 1e9);

        clock.restart();
        qint64 finishedAt = -1;
        const auto connection = QObject::connect(test::controller(*window), &ui::RunController::trainingFinished,
                                                 [&] { finishedAt = clock.nsecsElapsed(); });
        const bool trained = test::trainAndWait(*window);
        QObject::disconnect(connection);
        if (!trained || finishedAt < 0)
            return 1;
        windowSeconds.push_back(finishedAt / 1e9);
        keptSeconds.push_back(clock.nsecsElapsed() / 1e9);
    }
    const double engine = median(engineSeconds), gui = median(windowSeconds);
    std::printf("L-layer course run, 2500 iterations, median of 7\n");
    std::printf("  engine train() call:          %.3f s\n", engine);
    std::printf("  window Train → run finished:  %.3f s (includes evaluating both splits)\n", gui);
    std::printf("  window / engine:              %.2f\n", gui / engine);
    std::printf("  … and the run kept on disk:   %.3f s (written in the background)\n", median(keptSeconds));
    window.reset();
    keptRunsStartUp(500);
    savingABigRun();
    return 0;
}
