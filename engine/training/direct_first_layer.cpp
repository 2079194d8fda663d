#include "engine/training/direct_first_layer.h"
#include "engine/training/two_way_split.h"

namespace catnet {

namespace {

class DirectFirstLayer final : public FirstLayer {
public:
    DirectFirstLayer(const Matrix& W1, const Matrix& X, double learningRate)
        : X_(X), XT_(X.transpose()), W1_(W1),
          step_(learningRate / static_cast<double>(X.cols())) {}

    void forward(const Matrix& b1, RowMatrix& Z1) override {
        // Split by examples: each thread writes its own columns of Z1.
        splitInTwo(X_.cols(), [&](Eigen::Index begin, Eigen::Index end) {
            Z1.middleCols(begin, end - begin).noalias() = W1_ * X_.middleCols(begin, end - begin);
        });
        Z1.colwise() += b1.col(0);
    }

    void update(const RowMatrix& dZ1) override {
        // dW1 = (1/m) dZ1·Xᵀ, split by input features so the threads share nothing.
        // A stored Xᵀ keeps the product's right operand column-major (about 2× faster).
        splitInTwo(XT_.cols(), [&](Eigen::Index begin, Eigen::Index end) {
            W1_.middleCols(begin, end - begin).noalias() -=
                (step_ * dZ1) * XT_.middleCols(begin, end - begin);
        });
    }

    Matrix weights() const override { return W1_; }
    double gradientNorm(const RowMatrix& dZ1) const override { return (dZ1 * XT_).norm(); }
    double weightNorm() const override { return W1_.norm(); }
    void attachHeldOut(const Matrix& heldOutX) override { heldOutX_ = &heldOutX; }
    void forwardHeldOut(const Matrix& b1, Matrix& Z1) const override {
        Z1.noalias() = W1_ * *heldOutX_;
        Z1.colwise() += b1.col(0);
    }

private:
    const Matrix& X_;
    const Matrix XT_;
    Matrix W1_;
    const double step_;
    const Matrix* heldOutX_ = nullptr;
};

} // namespace

std::unique_ptr<FirstLayer> makeDirectFirstLayer(const Matrix& W1, const Matrix& X,
                                                 double learningRate) {
    return std::make_unique<DirectFirstLayer>(W1, X, learningRate);
}

} // namespace catnet
