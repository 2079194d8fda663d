#include "engine/training/first_layer.h"

#include <stdexcept>

namespace catnet {

namespace {

[[noreturn]] void notSplit() {
    throw std::logic_error("this first layer takes all examples at once (splitsExamples() is false)");
}

} // namespace

void FirstLayer::forwardPart(int, const Matrix&, RowMatrix&) { notSplit(); }

void FirstLayer::stagePart(int, const RowMatrix&) { notSplit(); }

void FirstLayer::commitUpdate() { notSplit(); }

} // namespace catnet
