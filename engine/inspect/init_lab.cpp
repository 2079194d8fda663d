#include "engine/inspect/init_lab.h"

#include <cmath>
#include <cstdio>

namespace catnet {

namespace {

// The cost "barely moves" when it falls by less than this share of its first value (the
// course's deep net from ×0.01 weights: 0.693 to 0.64 in 2500 iterations).
constexpr double kStuckShare = 0.1;
// The signal "shrinks" when the last hidden layer's spread is this many times smaller
// than the first's.
constexpr double kShrinkFactor = 10.0;

std::string number(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

} // namespace

std::vector<InitScheme> allInitSchemes() {
    std::vector<InitScheme> schemes;
    for (const auto& [scheme, name] : EnumNames<InitScheme>::table)
        schemes.push_back(scheme);
    return schemes;
}

bool firstLayerUnitsIdentical(const Parameters& parameters) {
    const Matrix& W1 = parameters.W.front();
    if (W1.rows() < 2)
        return false;
    const double scale = std::max(1.0, W1.cwiseAbs().maxCoeff());
    for (Eigen::Index unit = 1; unit < W1.rows(); ++unit)
        if ((W1.row(unit) - W1.row(0)).cwiseAbs().maxCoeff() > 1e-12 * scale ||
            std::abs(parameters.b.front()(unit, 0) - parameters.b.front()(0, 0)) > 1e-12 * scale)
            return false;
    return true;
}

std::string describeInitRun(const TrainResult& result, double testAccuracy) {
    if (result.outcome == Outcome::Diverged) {
        const int at = result.divergedAt.value_or(0);
        if (at == 0)
            return "diverged at iteration 0: the first cost is not even a finite number (the output saturates "
                   "at once, so log(0) appears)";
        return "diverged at iteration " + std::to_string(at) + " after a first cost of " +
               number("%.3g", result.costs.front().cost);
    }
    if (result.costs.empty())
        return "no iteration ran";
    const double first = result.costs.front().cost, last = result.costs.back().cost;
    if (first > 2.0 && last > 1.0)
        return "the first cost is huge (" + number("%.3g", first) + "; a random guess costs 0.69) and is still " +
               number("%.3g", last) + " at the end";
    const int units = int(result.parameters.W.front().rows());
    if (firstLayerUnitsIdentical(result.parameters))
        return "every unit of a layer stays identical — symmetry is never broken: the " + std::to_string(units) +
               " units of layer 1 still have the same weights after " + std::to_string(result.iterationsRun) +
               " iterations, so the layer is worth one unit";
    std::string text;
    if (!result.layerSignals.empty() && result.layerSignals.front().layers.size() >= 3) {
        const auto& layers = result.layerSignals.front().layers;
        const double spreadFirst = layers.front().activationStd;
        const double spreadLast = layers[layers.size() - 2].activationStd; // last hidden layer
        if (spreadFirst > 0 && spreadLast * kShrinkFactor < spreadFirst)
            text = "the signal shrinks layer by layer (activation spread " + number("%.2g", spreadFirst) +
                   " in layer 1, " + number("%.2g", spreadLast) + " in layer " + std::to_string(layers.size() - 1) +
                   " at iteration 0)";
    }
    if ((first - last) < kStuckShare * first)
        return (text.empty() ? std::string() : text + " and ") + "the cost barely moves (" + number("%.4f", first) +
               " to " + number("%.4f", last) + ")";
    return (text.empty() ? std::string("trains") : text + ", yet it trains") + ": cost " + number("%.3f", first) +
           " to " + number("%.3f", last) + ", test accuracy " + number("%.0f%%", testAccuracy * 100.0);
}

} // namespace catnet
