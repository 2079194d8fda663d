#pragma once

#include "engine/model/parameters.h"

#include <memory>
#include <stop_token>

namespace catnet {

// The first layer is where the training time goes: its input X (n_0 × m) is large
// and never changes. The fast trainer asks this interface for Z1 and hands it dZ1;
// the two implementations differ in how they use the unchanging X.
class FirstLayer {
public:
    virtual ~FirstLayer() = default;
    // Z1 = W1·X + b1 for the current parameters.
    virtual void forward(const Matrix& b1, RowMatrix& Z1) = 0;
    // Applies W1 -= lr · (1/m) dZ1·Xᵀ.
    virtual void update(const RowMatrix& dZ1) = 0;
    // Whether the two parts of the examples (PanelGram::halfway) may go through
    // forwardPart() and stagePart() at the same time on two threads: a Gram run of its
    // own. Otherwise forward() and update() take all examples at once.
    virtual bool splitsExamples() const { return false; }
    // Z1's columns of part 0 (examples [0, halfway)) or 1 (the rest), current parameters.
    virtual void forwardPart(int part, const Matrix& b1, RowMatrix& Z1);
    // Keeps dZ1 of one part for the update that commitUpdate() makes once both are kept.
    virtual void stagePart(int part, const RowMatrix& dZ1);
    virtual void commitUpdate();
    // After both parts are staged, on the thread of `part`: the work of the next
    // forwardPart(part) that needs only the staged sums (the Gram product), so that it
    // overlaps with the end of the step. The loop's thread may already have committed.
    virtual void prepareNextPart(int /*part*/) {}
    // The current W1 (computed on demand for the Gram path).
    virtual Matrix weights() const = 0;
    // ‖dZ1·Xᵀ‖ (Frobenius), for the layer signals; W1's gradient is that over m.
    virtual double gradientNorm(const RowMatrix& dZ1) const = 0;
    // ‖W1‖ (Frobenius), for the layer signals, without forming W1 on the Gram path.
    virtual double weightNorm() const = 0;
    // Other examples (the test set) the run reports on; called once, before training.
    virtual void attachHeldOut(const Matrix& heldOutX) = 0;
    // Their Z1 = W1·X_heldOut + b1 for the current parameters.
    virtual void forwardHeldOut(const Matrix& b1, Matrix& Z1) const = 0;
    // Z1 = W1·X + b1 for the current parameters when X is this layer's own training
    // images or its attached held-out ones (the same matrices) and the layer has it
    // without a pass over the pixels; false otherwise. For a frame between two steps.
    virtual bool keptZ1(const Matrix& /*X*/, const Matrix& /*b1*/, Matrix& /*Z1*/) const { return false; }
};

} // namespace catnet
