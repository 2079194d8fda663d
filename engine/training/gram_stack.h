#pragma once

#include "engine/training/gram_matrix.h"
#include "engine/training/panel_gram.h"

#include <memory>

namespace catnet {

// The first-layer products of several runs on the same images, as one matrix product.
// With S = Σ dZ1 over past iterations, a run's W1·X = W1(0)·X − (lr/m)·S·(XᵀX); each run
// keeps Sᵀ in its own columns of one m × (Σ units) matrix, so a step of every run takes
// one product with XᵀX, which runs much closer to the machine's peak than twenty-row
// products do. Both product kernels sum every entry in an order that does not depend on
// the other columns, so a run's numbers are the same in a stack of one as in a stack of
// a hundred.
class GramStack {
public:
    using Columns = Eigen::Block<Matrix, Eigen::Dynamic, Eigen::Dynamic, true>;
    using ConstColumns = Eigen::Block<const Matrix, Eigen::Dynamic, Eigen::Dynamic, true>;

    // From this many images on, reading XᵀX from memory is the cost of a step: the
    // products read its stored half, once, on two threads (addSymmetricProduct).
    // Below it, XᵀX is copied once into panels (panel_gram.h). A run alone splits
    // its examples, and so the panels, between two threads (training_loop.h); a sweep
    // keeps both cores busy with stacks of their own instead. Chosen by m alone, so a run
    // gives the same numbers alone and in any stack.
    static constexpr Eigen::Index kStreamedFrom = 1024;

    explicit GramStack(std::shared_ptr<const GramMatrix> gram);

    // Makes room for a run with `units` first-layer units; returns its slot.
    int add(Eigen::Index units);
    // product = XᵀX · summed, for every slot.
    void multiply();
    // XᵀX · S for any S with m rows, the same way.
    Matrix gramTimes(const Matrix& S) const;

    const GramMatrix& gram() const { return *gram_; }
    // XᵀX in panels, below kStreamedFrom images; else null.
    const PanelGram* panels() const { return panels_.get(); }
    // Xᵀ·Xh for a held-out set Xh, shared by the stack's runs (set by its owner), or null.
    void shareHeldOutCross(const Matrix* heldOutX, std::shared_ptr<const Matrix> cross) {
        heldOutX_ = heldOutX;
        heldOutCross_ = std::move(cross);
    }
    std::shared_ptr<const Matrix> heldOutCross(const Matrix& heldOutX) const {
        return &heldOutX == heldOutX_ ? heldOutCross_ : nullptr;
    }
    Eigen::Index examples() const { return gram_->size(); }
    // Sᵀ of one run (m × units): what it adds its dZ1ᵀ to.
    Columns summed(int slot);
    ConstColumns summed(int slot) const;
    // (S·XᵀX)ᵀ of one run, as of the last multiply().
    ConstColumns product(int slot) const;

private:
    struct Slot {
        Eigen::Index firstColumn, units;
    };
    void multiplyInto(const Matrix& S, Matrix& P, Matrix& secondHalf) const;

    std::shared_ptr<const GramMatrix> gram_;
    std::unique_ptr<const PanelGram> panels_; // below kStreamedFrom images
    std::vector<Slot> slots_;
    Matrix summed_, product_;
    Matrix secondHalf_; // the second thread's part of the product, from kStreamedFrom images
    const Matrix* heldOutX_ = nullptr;
    std::shared_ptr<const Matrix> heldOutCross_;
};

} // namespace catnet
