#pragma once

// --projection, --distributions and --plane (SPEC §9): what a run learned, in HDF5 files
// for numpy. The first two watch the run's frames as it trains; the plane looks at the
// trained (or loaded) network.

#include "cli/train_options.h"
#include "engine/inspect/distributions.h"
#include "engine/inspect/projection.h"
#include "engine/io/dataset.h"
#include "engine/training/iteration_gate.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace catnet::cli {

class RepresentationOutputs {
public:
    // Checks the projected layer against the network and the plane's images against the
    // data: std::invalid_argument, one line naming the flag. `data` must outlive this.
    RepresentationOutputs(const TrainOptions& options, const Dataset& data);

    // What the run is trained with so that its frames come here; null when no output needs them.
    IterationGate* gate() { return watching_ ? &gate_ : nullptr; }
    // Writes each file asked for through `attempt` (which reports what one throws and goes
    // on), the trained parameters of `run` its last frame.
    void write(const TrainResult& run, const std::function<void(const std::function<void()>&)>& attempt);

private:
    void addFrame(int iteration, const Parameters& parameters);

    const TrainOptions& options_;
    const Dataset& data_;
    bool watching_ = false;
    IterationGate gate_;
    std::optional<ProjectionRecorder> projection_;
    std::vector<DistributionFrame> distributions_;
};

} // namespace catnet::cli
