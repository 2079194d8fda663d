#pragma once

#include "engine/model/parameters.h"
#include "engine/training/gram_matrix.h"
#include "engine/training/panel_gram.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace catnet {

class StepPartner;

// Layer 1 of a run with SPEC §8's options, kept in the span of its first weights and the
// training images: W1 = a·W1(0) + T·Xᵀ (T is n1 × m). Every update §8 makes to W1 stays in
// that span: a batch's gradient (1/B)·dZ1·X_Bᵀ adds to B columns of T, L2's (λ/B)·W1
// scales a and T, and momentum's velocity is c·W1(0) + U·Xᵀ likewise. So a step needs only
// XᵀX (m × m) and W1(0)·X, never the n0-long images: the Gram path's algebra
// (gram_first_layer.h) carried over to the options. Exact algebra, different rounding.
// (Adam divides each weight by its own running size: not a span, so it trains plainly.)
class SpanFirstLayer {
public:
    // A gradient of W1 in the same form: initial·W1(0) + images·Xᵀ.
    struct Gradient {
        double initial = 0.0;
        Matrix images;
    };

    // `X` (n0 × m) is referred to and must outlive the layer; `gram` is its XᵀX.
    SpanFirstLayer(const Matrix& W1, const Matrix& X, std::shared_ptr<const GramMatrix> gram);
    ~SpanFirstLayer();

    // Dropout's masks for a step of `count` examples. Set, they are drawn on the partner
    // thread: a full batch's one step ahead, while the caller goes through the deeper
    // layers; a mini-batch's during its product. Always in the order the steps take them.
    using MaskDraws = std::function<std::vector<Matrix>(Eigen::Index count)>;
    void setMaskDraws(MaskDraws draw);

    // W1·X_B for the columns `batch` of X, or all of them in order when `batch` is empty.
    // A partner thread takes half of a full batch's product with XᵀX (the same bits as on
    // one thread). `masks` (with setMaskDraws) receives the step's dropout masks.
    Matrix product(const std::vector<Eigen::Index>& batch, std::vector<Matrix>* masks = nullptr);
    // dW1 of a step on `batch` (as product() takes it) whose layer-1 dZ is dZ1:
    // (1/B)·dZ1·X_Bᵀ + (λ/B)·W1.
    Gradient gradient(const Matrix& dZ1, const std::vector<Eigen::Index>& batch, double l2) const;
    // W1 −= lr·g.
    void descend(const Gradient& g, double learningRate);
    // v = β·v + (1 − β)·g; W1 −= lr·v.
    void descendWithMomentum(const Gradient& g, double beta, double learningRate);

    // ‖W1‖² and ‖g‖², through XᵀX.
    double squaredNorm() const;
    double squaredNorm(const Gradient& g) const;
    // W1 itself (one n1 × m × n0 product).
    Matrix weights() const;

    // Other examples (the test set) reported on: their W1·Xh, through Xᵀ·Xh formed once.
    void attachHeldOut(const Matrix& heldOutX);
    Matrix heldOutProduct() const;

private:
    // XᵀX·S for S with m rows: through panels below GramStack::kStreamedFrom images, else
    // from the packed triangle (the Gram path's own kernels, gram_stack.h).
    Matrix gramTimes(const Matrix& S) const;
    // The partner's share of a step (StepPartner's job), and what it does once the
    // caller has taken the step's results (its `afterwards`): the next step's masks.
    void partnerShare();
    void partnerAfterwards();
    // (XᵀX)(:, batch), gathered from the packed triangle.
    Matrix gramColumns(const std::vector<Eigen::Index>& batch) const;
    // ‖initial·W1(0) + images·Xᵀ‖² = initial²‖W1(0)‖² + 2·initial·Σ(images ∘ W1(0)X) + Σ((images·XᵀX) ∘ images).
    double squaredNormOf(double initial, const Matrix& images, const Matrix* imagesTimesGram) const;

    const Matrix W1Initial_;
    const Matrix& X_;
    const std::shared_ptr<const GramMatrix> gram_;
    const std::optional<PanelGram> panels_;
    const Matrix projectedInitial_; // W1(0)·X
    const double initialSquares_;    // ‖W1(0)‖²
    double a_ = 1.0;
    Matrix T_;
    double c_ = 0.0; // momentum's velocity: c·W1(0) + U·Xᵀ
    Matrix U_;
    // T·XᵀX from the last full-batch product(), for squaredNorm() of the same T.
    mutable Matrix productOfT_;
    mutable bool productOfTCurrent_ = false;
    // What the partner does in the step under way: written before StepPartner::start(),
    // read on its thread until wait() returns.
    Eigen::Index partnerFirstPanel_ = 0; // its panels of the product, to the last
    Eigen::Index drawAlongside_ = 0;     // this step's masks, for so many examples (0: none)
    Eigen::Index drawAhead_ = 0;         // the next step's, once this step's are taken
    Matrix transposedT_, productRows_;   // Tᵀ and (T·XᵀX)ᵀ, m × n1
    MaskDraws draw_;
    std::vector<Matrix> drawnAlongside_; // written by the job, read after wait()
    std::vector<Matrix> drawnAhead_;     // written after release(), read after the next wait()
    Eigen::Index partnerDrawsAhead_ = 0; // the partner's own copy of drawAhead_ for its afterwards
    bool maskedAhead_ = false;           // drawnAhead_ holds (or will hold) the next step's masks
    std::unique_ptr<StepPartner> partner_; // none on one core; last of what its thread uses
    Matrix crossGram_;        // Xᵀ·Xh
    Matrix projectedHeldOut_; // W1(0)·Xh
};

} // namespace catnet
