#include "engine/training/span_first_layer.h"

#include "engine/training/gram_stack.h"
#include "engine/training/step_partner.h"
#include "engine/training/symmetric_product.h"

#include <algorithm>
#include <thread>

namespace catnet {

SpanFirstLayer::SpanFirstLayer(const Matrix& W1, const Matrix& X, std::shared_ptr<const GramMatrix> gram)
    : W1Initial_(W1), X_(X), gram_(std::move(gram)),
      panels_(X.cols() < GramStack::kStreamedFrom ? std::optional<PanelGram>(std::in_place, *gram_) : std::nullopt),
      projectedInitial_(W1 * X), initialSquares_(W1.squaredNorm()), T_(Matrix::Zero(W1.rows(), X.cols())) {
    if (std::thread::hardware_concurrency() >= 2)
        partner_ = std::make_unique<StepPartner>([this] { partnerShare(); }, [this] { partnerAfterwards(); });
}

SpanFirstLayer::~SpanFirstLayer() = default;

void SpanFirstLayer::setMaskDraws(MaskDraws draw) {
    draw_ = std::move(draw);
    maskedAhead_ = false;
}

void SpanFirstLayer::partnerShare() {
    partnerDrawsAhead_ = drawAhead_;
    if (drawAlongside_ > 0)
        drawnAlongside_ = draw_(drawAlongside_);
    if (panels_ && partnerFirstPanel_ < panels_->panels())
        panels_->multiplyPanels(transposedT_, productRows_, partnerFirstPanel_, panels_->panels());
}

void SpanFirstLayer::partnerAfterwards() {
    if (partnerDrawsAhead_ > 0)
        drawnAhead_ = draw_(partnerDrawsAhead_);
}

Matrix SpanFirstLayer::gramTimes(const Matrix& S) const {
    Matrix P = Matrix::Zero(S.rows(), S.cols());
    if (panels_)
        panels_->multiplyPanels(S, P, 0, panels_->panels());
    else
        addSymmetricProduct(*gram_, S, P, 0, S.rows());
    return P;
}

Matrix SpanFirstLayer::gramColumns(const std::vector<Eigen::Index>& batch) const {
    const GramMatrix& G = *gram_;
    Matrix columns(G.size(), Eigen::Index(batch.size()));
    for (std::size_t j = 0; j < batch.size(); ++j)
        for (Eigen::Index i = 0; i < G.size(); ++i)
            columns(i, Eigen::Index(j)) = G(i, batch[j]);
    return columns;
}

Matrix SpanFirstLayer::product(const std::vector<Eigen::Index>& batch, std::vector<Matrix>* masks) {
    const bool fullBatch = batch.empty();
    const Eigen::Index count = fullBatch ? X_.cols() : Eigen::Index(batch.size());
    const bool drawing = masks && draw_;
    // The partner takes the later half of the panels of a full batch's product (a panel's
    // rows are summed the same way whichever thread forms them) and the masks: a full
    // batch's for the next step once this one has them, so that they cost this thread
    // nothing; the first step's, and a mini-batch's (whose product it does not share),
    // alongside the product.
    const bool splitProduct = partner_ && panels_ && fullBatch;
    const Eigen::Index split = splitProduct ? (panels_->panels() + 1) / 2 : panels_ ? panels_->panels() : 0;
    if (fullBatch) {
        transposedT_ = T_.transpose();
        productRows_.resize(T_.cols(), T_.rows());
    }
    const bool maskedAhead = drawing && maskedAhead_;
    const bool partnerWorks = partner_ && (splitProduct || drawing);
    if (partnerWorks) {
        partnerFirstPanel_ = splitProduct ? split : panels_ ? panels_->panels() : 0;
        drawAlongside_ = drawing && !maskedAhead ? count : 0;
        drawAhead_ = drawing && fullBatch ? count : 0;
        if (drawing)
            maskedAhead_ = drawAhead_ > 0;
        partner_->start();
    } else if (drawing) {
        *masks = draw_(count);
    }
    Matrix Z;
    if (fullBatch) {
        if (panels_)
            panels_->multiplyPanels(transposedT_, productRows_, 0, split);
        else
            productRows_ = gramTimes(transposedT_);
    } else {
        Z = a_ * projectedInitial_(Eigen::all, batch);
        Z.noalias() += T_ * gramColumns(batch);
    }
    if (partnerWorks) {
        partner_->wait();
        if (drawing)
            *masks = std::move(maskedAhead ? drawnAhead_ : drawnAlongside_);
        partner_->release(); // now the partner may draw the next step's masks
    }
    if (!fullBatch)
        return Z;
    productOfT_ = productRows_.transpose();
    productOfTCurrent_ = true;
    return a_ * projectedInitial_ + productOfT_;
}

SpanFirstLayer::Gradient SpanFirstLayer::gradient(const Matrix& dZ1, const std::vector<Eigen::Index>& batch,
                                                  double l2) const {
    const double B = static_cast<double>(dZ1.cols());
    Gradient g{(l2 / B) * a_, l2 != 0.0 ? Matrix((l2 / B) * T_) : Matrix::Zero(T_.rows(), T_.cols())};
    if (batch.empty()) {
        g.images += dZ1 / B;
        return g;
    }
    for (std::size_t j = 0; j < batch.size(); ++j)
        g.images.col(batch[j]) += dZ1.col(Eigen::Index(j)) / B;
    return g;
}

void SpanFirstLayer::descend(const Gradient& g, double learningRate) {
    a_ -= learningRate * g.initial;
    T_ -= learningRate * g.images;
    productOfTCurrent_ = false;
}

void SpanFirstLayer::descendWithMomentum(const Gradient& g, double beta, double learningRate) {
    if (U_.size() == 0)
        U_ = Matrix::Zero(T_.rows(), T_.cols());
    c_ = beta * c_ + (1.0 - beta) * g.initial;
    U_ = beta * U_ + (1.0 - beta) * g.images;
    a_ -= learningRate * c_;
    T_ -= learningRate * U_;
    productOfTCurrent_ = false;
}

double SpanFirstLayer::squaredNormOf(double initial, const Matrix& images, const Matrix* imagesTimesGram) const {
    const double cross = images.cwiseProduct(projectedInitial_).sum();
    const double spanned = imagesTimesGram ? imagesTimesGram->cwiseProduct(images).sum()
                                           : gramTimes(images.transpose()).transpose().cwiseProduct(images).sum();
    return std::max(0.0, initial * initial * initialSquares_ + 2.0 * initial * cross + spanned);
}

double SpanFirstLayer::squaredNorm() const {
    return squaredNormOf(a_, T_, productOfTCurrent_ ? &productOfT_ : nullptr);
}

double SpanFirstLayer::squaredNorm(const Gradient& g) const { return squaredNormOf(g.initial, g.images, nullptr); }

Matrix SpanFirstLayer::weights() const {
    Matrix W1 = a_ * W1Initial_;
    W1.noalias() += T_ * X_.transpose();
    return W1;
}

void SpanFirstLayer::attachHeldOut(const Matrix& heldOutX) {
    crossGram_.noalias() = X_.transpose() * heldOutX;
    projectedHeldOut_.noalias() = W1Initial_ * heldOutX;
}

Matrix SpanFirstLayer::heldOutProduct() const {
    Matrix Z = a_ * projectedHeldOut_;
    Z.noalias() += T_ * crossGram_;
    return Z;
}

} // namespace catnet
