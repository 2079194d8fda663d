#include "engine/training/run_frame.h"

#include "engine/model/course_steps.h"

namespace catnet {

std::vector<Matrix> activationsFromFirstLayer(Matrix Z1, const Parameters& parameters) {
    const std::size_t L = parameters.b.size();
    std::vector<Matrix> A;
    A.reserve(L);
    Matrix Z = std::move(Z1);
    for (std::size_t l = 0; l < L; ++l) {
        if (l > 0) {
            Z.noalias() = parameters.W[l] * A.back();
            Z.colwise() += parameters.b[l].col(0);
        }
        A.push_back(l + 1 == L ? course::sigmoid(Z) : course::relu(Z));
    }
    return A;
}

std::vector<Matrix> RunFrame::activations(const Matrix& X) const {
    const Parameters p = parameters();
    return activationsFromFirstLayer(course::linearForward(X, p.W[0], p.b[0]), p);
}

Parameters ParametersFrame::parameters() const {
    if (!made_)
        made_ = current_();
    return *made_;
}

} // namespace catnet
