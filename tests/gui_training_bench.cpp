// catnet-gui-bench: does training from the window cost more than calling the engine?
// Times the course's L-layer run (auto strategy) both ways in one process, offscreen,
// and prints the medians and their ratio. A benchmark, not a test: it never fails.
#include "network_panel.h"

#include "ui_helpers.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace catnet;

namespace {
double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
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

    std::vector<double> engineSeconds, windowSeconds;
    for (int repeat = 0; repeat < 7; ++repeat) {
        QElapsedTimer clock;
        clock.start();
        const TrainResult result = train(config, data.train.X, data.train.Y);
        engineSeconds.push_back(clock.nsecsElapsed() / 1e9);

        clock.restart();
        if (!test::trainAndWait(*window))
            return 1;
        windowSeconds.push_back(clock.nsecsElapsed() / 1e9);
    }
    const double engine = median(engineSeconds), gui = median(windowSeconds);
    std::printf("L-layer course run, 2500 iterations, median of 7\n");
    std::printf("  engine train() call:          %.3f s\n", engine);
    std::printf("  window Train → run finished:  %.3f s (includes evaluating both splits)\n", gui);
    std::printf("  window / engine:              %.2f\n", gui / engine);
    return 0;
}
