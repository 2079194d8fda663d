#include "engine/io/synthetic_dataset.h"

#include "engine/model/numpy_random.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace catnet {

namespace {

using Colour = std::array<double, 3>;

class Canvas {
public:
    explicit Canvas(std::uint8_t* pixels) : pixels_(pixels) {}

    void fillNoise(NumpyRandom& rng, const Colour& base, double amount) {
        for (int y = 0; y < kImageHeight; ++y)
            for (int x = 0; x < kImageWidth; ++x)
                for (int c = 0; c < 3; ++c)
                    set(x, y, c, base[std::size_t(c)] + amount * rng.gaussian());
    }

    // Paints every pixel where inside(x, y) holds.
    template <typename Shape>
    void paint(const Colour& colour, Shape inside) {
        for (int y = 0; y < kImageHeight; ++y)
            for (int x = 0; x < kImageWidth; ++x)
                if (inside(double(x) + 0.5, double(y) + 0.5))
                    for (int c = 0; c < 3; ++c)
                        set(x, y, c, colour[std::size_t(c)]);
    }

private:
    void set(int x, int y, int c, double value) {
        pixels_[(std::size_t(y) * kImageWidth + std::size_t(x)) * 3 + std::size_t(c)] =
            static_cast<std::uint8_t>(std::clamp(value, 0.0, 255.0));
    }

    std::uint8_t* pixels_;
};

Colour randomColour(NumpyRandom& rng, double low, double high) {
    return {low + (high - low) * rng.uniform(), low + (high - low) * rng.uniform(),
            low + (high - low) * rng.uniform()};
}

bool insideTriangle(double px, double py, double ax, double ay, double bx, double by, double cx, double cy) {
    const auto side = [](double x1, double y1, double x2, double y2, double x3, double y3) {
        return (x1 - x3) * (y2 - y3) - (x2 - x3) * (y1 - y3);
    };
    const double d1 = side(px, py, ax, ay, bx, by);
    const double d2 = side(px, py, bx, by, cx, cy);
    const double d3 = side(px, py, cx, cy, ax, ay);
    const bool negative = d1 < 0 || d2 < 0 || d3 < 0;
    const bool positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(negative && positive);
}

void drawCat(Canvas& canvas, NumpyRandom& rng) {
    const double r = 12 + 8 * rng.uniform();
    const double cx = r + 4 + (64 - 2 * r - 8) * rng.uniform();
    const double cy = r + 10 + (64 - 2 * r - 14) * rng.uniform();
    const Colour fur = randomColour(rng, 60, 230);
    canvas.paint(fur, [&](double x, double y) {
        return insideTriangle(x, y, cx - r, cy - 0.2 * r, cx - 0.2 * r, cy - 0.8 * r, cx - 0.8 * r, cy - 1.6 * r) ||
               insideTriangle(x, y, cx + r, cy - 0.2 * r, cx + 0.2 * r, cy - 0.8 * r, cx + 0.8 * r, cy - 1.6 * r);
    });
    canvas.paint(fur, [&](double x, double y) { return std::hypot(x - cx, y - cy) < r; });
    const Colour eyes = randomColour(rng, 0, 60);
    const double eyeRadius = 0.14 * r;
    canvas.paint(eyes, [&](double x, double y) {
        return std::hypot(x - (cx - 0.4 * r), y - (cy - 0.2 * r)) < eyeRadius ||
               std::hypot(x - (cx + 0.4 * r), y - (cy - 0.2 * r)) < eyeRadius;
    });
}

void drawOther(Canvas& canvas, NumpyRandom& rng) {
    const double kind = rng.uniform();
    const Colour colour = randomColour(rng, 40, 230);
    if (kind < 0.4) { // a box
        const double w = 16 + 30 * rng.uniform(), h = 16 + 30 * rng.uniform();
        const double x0 = (64 - w) * rng.uniform(), y0 = (64 - h) * rng.uniform();
        canvas.paint(colour, [&](double x, double y) { return x >= x0 && x < x0 + w && y >= y0 && y < y0 + h; });
    } else if (kind < 0.7) { // stripes
        const double period = 6 + 10 * rng.uniform();
        const bool vertical = rng.uniform() < 0.5;
        canvas.paint(colour, [&](double x, double y) {
            return std::fmod(vertical ? x : y, period) < period / 2;
        });
    } else { // a ring
        const double r = 10 + 14 * rng.uniform();
        const double cx = 32 + 8 * rng.gaussian(), cy = 32 + 8 * rng.gaussian();
        canvas.paint(colour, [&](double x, double y) {
            const double d = std::hypot(x - cx, y - cy);
            return d < r && d > 0.6 * r;
        });
    }
}

} // namespace

DataSplit makeSyntheticSplit(Eigen::Index count, std::uint32_t seed) {
    NumpyRandom rng(seed);
    DataSplit split;
    split.pixels.resize(std::size_t(count * kImageBytes));
    split.Y.resize(1, count);
    split.classes = {"non-cat", "cat"};
    for (Eigen::Index i = 0; i < count; ++i) {
        Canvas canvas(split.pixels.data() + i * kImageBytes);
        canvas.fillNoise(rng, randomColour(rng, 30, 220), 18.0);
        const bool cat = rng.uniform() < 0.35;
        if (cat)
            drawCat(canvas, rng);
        else
            drawOther(canvas, rng);
        split.Y(0, i) = cat ? 1.0 : 0.0;
    }
    split.X = featuresFromPixels(split.pixels.data(), count);
    return split;
}

Dataset makeSyntheticDataset(std::uint32_t seed) {
    return Dataset{makeSyntheticSplit(209, seed), makeSyntheticSplit(50, seed + 1)};
}

} // namespace catnet
