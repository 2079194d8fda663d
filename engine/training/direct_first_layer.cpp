#include "engine/training/direct_first_layer.h"
#include "engine/training/two_way_split.h"

namespace catnet {

namespace {

// A stored Xᵀ makes dW1 about twice as fast, but for a large set it is a second copy of
// the images (1 GB at 10,000 of them): above kStoredTransposeBytes the product reads X
// transposed.
bool storeTranspose(const Matrix& X, TransposeCopy copy) {
    if (copy != TransposeCopy::IfSmall)
        return copy == TransposeCopy::Always;
    return double(X.size()) * sizeof(double) <= kStoredTransposeBytes;
}

class DirectFirstLayer final : public FirstLayer {
public:
    DirectFirstLayer(const Matrix& W1, const Matrix& X, double learningRate, TransposeCopy copy)
        : X_(X), XT_(storeTranspose(X, copy) ? Matrix(X.transpose()) : Matrix()), W1_(W1),
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
        splitInTwo(X_.rows(), [&](Eigen::Index begin, Eigen::Index end) {
            if (XT_.size() > 0)
                W1_.middleCols(begin, end - begin).noalias() -= (step_ * dZ1) * XT_.middleCols(begin, end - begin);
            else
                W1_.middleCols(begin, end - begin).noalias() -=
                    (step_ * dZ1) * X_.middleRows(begin, end - begin).transpose();
        });
    }

    Matrix weights() const override { return W1_; }
    double gradientNorm(const RowMatrix& dZ1) const override {
        return XT_.size() > 0 ? (dZ1 * XT_).norm() : (dZ1 * X_.transpose()).norm();
    }
    double weightNorm() const override { return W1_.norm(); }
    void attachHeldOut(const Matrix& heldOutX) override { heldOutX_ = &heldOutX; }
    void forwardHeldOut(const Matrix& b1, Matrix& Z1) const override {
        Z1.noalias() = W1_ * *heldOutX_;
        Z1.colwise() += b1.col(0);
    }

private:
    const Matrix& X_;
    const Matrix XT_; // empty for a large X (storeTranspose)
    Matrix W1_;
    const double step_;
    const Matrix* heldOutX_ = nullptr;
};

} // namespace

std::unique_ptr<FirstLayer> makeDirectFirstLayer(const Matrix& W1, const Matrix& X, double learningRate,
                                                 TransposeCopy copy) {
    return std::make_unique<DirectFirstLayer>(W1, X, learningRate, copy);
}

} // namespace catnet
