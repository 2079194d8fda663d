#pragma once

#include <Eigen/Core>

#include <thread>

namespace catnet {

// Runs work(begin, end) over [0, count) split in two halves, one on a helper thread
// and one on the caller's. Used for the first layer's big products, where a split
// by columns needs no reduction. Small counts run on the caller alone.
template <typename Work>
void splitInTwo(Eigen::Index count, Work&& work, Eigen::Index minimumPerThread = 64) {
    if (count < 2 * minimumPerThread || std::thread::hardware_concurrency() < 2) {
        work(Eigen::Index{0}, count);
        return;
    }
    const Eigen::Index half = count / 2;
    std::jthread helper([&] { work(Eigen::Index{0}, half); });
    work(half, count);
}

} // namespace catnet
