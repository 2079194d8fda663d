#include "engine/io/photo_resize.h"

#include "engine/io/dataset.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace catnet {

namespace {

// Weights of the input samples that make up each output sample along one axis.
struct Taps {
    int first = 0;
    std::vector<double> weights;
};

std::vector<Taps> triangleTaps(int inputSize, int outputSize) {
    const double scale = double(inputSize) / outputSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = filterScale; // the triangle's support is 1, widened when shrinking
    std::vector<Taps> taps(static_cast<std::size_t>(outputSize));
    for (int out = 0; out < outputSize; ++out) {
        const double center = (out + 0.5) * scale;
        const int first = std::max(int(center - support + 0.5), 0);
        const int last = std::min(int(center + support + 0.5), inputSize);
        Taps& t = taps[static_cast<std::size_t>(out)];
        t.first = first;
        double total = 0.0;
        for (int x = first; x < last; ++x) {
            const double distance = std::abs((x - center + 0.5) / filterScale);
            const double weight = distance < 1.0 ? 1.0 - distance : 0.0;
            t.weights.push_back(weight);
            total += weight;
        }
        if (total > 0.0)
            for (double& w : t.weights)
                w /= total;
    }
    return taps;
}

} // namespace

std::vector<std::uint8_t> resizeToNetworkInput(const std::uint8_t* rgb, int width, int height,
                                               std::size_t bytesPerLine) {
    if (!rgb || width <= 0 || height <= 0)
        throw std::invalid_argument("the image is empty");
    const std::vector<Taps> columns = triangleTaps(width, kImageWidth);
    const std::vector<Taps> rows = triangleTaps(height, kImageHeight);

    // Horizontal pass: height × 64 × 3, kept in double until the end.
    std::vector<double> horizontal(std::size_t(height) * kImageWidth * kImageChannels, 0.0);
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* line = rgb + std::size_t(y) * bytesPerLine;
        for (int x = 0; x < kImageWidth; ++x) {
            const Taps& t = columns[std::size_t(x)];
            for (int c = 0; c < kImageChannels; ++c) {
                double sum = 0.0;
                for (std::size_t k = 0; k < t.weights.size(); ++k)
                    sum += t.weights[k] * line[(std::size_t(t.first) + k) * kImageChannels + std::size_t(c)];
                horizontal[(std::size_t(y) * kImageWidth + std::size_t(x)) * kImageChannels + std::size_t(c)] = sum;
            }
        }
    }
    // Vertical pass, rounded to bytes.
    std::vector<std::uint8_t> result(kImageBytes);
    for (int y = 0; y < kImageHeight; ++y) {
        const Taps& t = rows[std::size_t(y)];
        for (int x = 0; x < kImageWidth; ++x) {
            for (int c = 0; c < kImageChannels; ++c) {
                double sum = 0.0;
                for (std::size_t k = 0; k < t.weights.size(); ++k)
                    sum += t.weights[k] *
                           horizontal[((std::size_t(t.first) + k) * kImageWidth + std::size_t(x)) * kImageChannels + std::size_t(c)];
                result[(std::size_t(y) * kImageWidth + std::size_t(x)) * kImageChannels + std::size_t(c)] =
                    static_cast<std::uint8_t>(std::clamp(std::lround(sum), 0L, 255L));
            }
        }
    }
    return result;
}

} // namespace catnet
