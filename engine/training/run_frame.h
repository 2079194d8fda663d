#pragma once

#include "engine/model/parameters.h"

#include <functional>
#include <optional>
#include <vector>

namespace catnet {

// A training run between two iterations, as a frame (IterationGate::watchFrames) sees it.
// The Gram path keeps W1 only implicitly: forming it, or any product of it with the
// pixels, is a pass over every pixel, which would cost more than the iterations between
// two frames. So a frame asks for what it needs, and the loop answers from what it keeps.
class RunFrame {
public:
    virtual ~RunFrame() = default;

    // Updates applied so far.
    virtual int iteration() const = 0;
    // Every weight.
    virtual Parameters parameters() const = 0;
    // A[1] … A[L] of the images X (columns), nothing dropped. The fast training loop
    // answers for the images it trains on and its held-out ones (the very matrices given
    // to train()) from its first layer's kept products; otherwise a forward pass of
    // parameters().
    virtual std::vector<Matrix> activations(const Matrix& X) const;
};

// A frame of a loop that holds its parameters whole (plain and option paths).
class ParametersFrame final : public RunFrame {
public:
    ParametersFrame(int iteration, std::function<Parameters()> current)
        : iteration_(iteration), current_(std::move(current)) {}
    int iteration() const override { return iteration_; }
    Parameters parameters() const override;

private:
    int iteration_;
    std::function<Parameters()> current_;
    mutable std::optional<Parameters> made_; // formed once, on the first ask
};

// A[1] … A[L] from the first layer's Z1 and the weights of the later layers (W[0] is
// not read).
std::vector<Matrix> activationsFromFirstLayer(Matrix Z1, const Parameters& parameters);

} // namespace catnet
