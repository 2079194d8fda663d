#include "cli/bench_representation.h"

#include "cli/bench_support.h"

#include "engine/inspect/activation_tap.h"
#include "engine/inspect/decision_plane.h"
#include "engine/inspect/projection.h"
#include "engine/model/course_presets.h"
#include "engine/training/iteration_gate.h"
#include "engine/training/trainer.h"

#include <vector>

namespace catnet::cli {

void benchRepresentation(const Dataset& data, int repeats, std::ostream& out) {
    const TrainConfig course = lLayerCourseConfig();
    const Matrix &trainX = data.train.X, &testX = data.test.X;
    const HeldOut test{testX, data.test.Y};
    std::vector<double> plain, withFrames;
    std::size_t frameCount = 0;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        // Both with the test set as held-out images, as the window trains.
        auto start = BenchClock::now();
        train(course, trainX, data.train.Y, {}, {}, nullptr, {}, &test);
        plain.push_back(secondsSince(start));

        // What the window does while the Projector is shown: every hidden layer's
        // activations and P(cat) of both sets, at every report point.
        std::vector<ActivationFrame> frames;
        IterationGate gate;
        ActivationTap tap(trainX, testX, [&frames](ActivationFrame frame) { frames.push_back(std::move(frame)); });
        tap.watch(gate, course.reportEvery);
        start = BenchClock::now();
        const TrainResult result = train(course, trainX, data.train.Y, {}, {}, &gate, {}, &test);
        tap.finish(result);
        withFrames.push_back(secondsSince(start));
        frameCount = frames.size();
    }
    const TrainResult trained = train(course, trainX, data.train.Y);
    std::vector<double> plane;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        const auto start = BenchClock::now();
        decisionPlane(trained.parameters, trainX, 2, 7, 1, 41);
        plane.push_back(secondsSince(start));
    }
    const double alone = median(plain), recorded = median(withFrames);
    out << "SPEC 9 views on the course's [12288,20,7,5,1] run:\n"
        << "  course run alone: " << formatted("%.3f", alone) << " s; with the projector's " << frameCount
        << " frames taken as it trains: " << formatted("%.3f", recorded) << " s ("
        << formatted("%+.1f", (recorded / alone - 1.0) * 100.0) << " %)\n"
        << "  decision plane through 3 training images, 41 x 41 grid: "
        << formatted("%.1f", median(plane) * 1e3) << " ms\n\n";
}

} // namespace catnet::cli
