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

InitVerdict judgeInitRun(const TrainResult& result, double testAccuracy) {
    InitVerdict verdict;
    verdict.testAccuracy = testAccuracy;
    verdict.iterations = result.iterationsRun;
    if (!result.costs.empty()) {
        verdict.first = result.costs.front().cost;
        verdict.last = result.costs.back().cost;
    }
    if (result.outcome == Outcome::Diverged) {
        verdict.iteration = result.divergedAt.value_or(0);
        verdict.kind = verdict.iteration == 0 ? InitVerdict::Kind::DivergedAtStart : InitVerdict::Kind::Diverged;
        return verdict;
    }
    if (result.costs.empty()) {
        verdict.kind = InitVerdict::Kind::NothingRan;
        return verdict;
    }
    if (verdict.first > 2.0 && verdict.last > 1.0) {
        verdict.kind = InitVerdict::Kind::HugeCost;
        return verdict;
    }
    verdict.units = int(result.parameters.W.front().rows());
    if (firstLayerUnitsIdentical(result.parameters)) {
        verdict.kind = InitVerdict::Kind::Symmetric;
        return verdict;
    }
    if (!result.layerSignals.empty() && result.layerSignals.front().layers.size() >= 3) {
        const auto& layers = result.layerSignals.front().layers;
        verdict.shrinkFirst = layers.front().activationStd;
        verdict.shrinkLast = layers[layers.size() - 2].activationStd; // last hidden layer
        verdict.shrinkLayer = int(layers.size() - 1);
        verdict.shrinks = verdict.shrinkFirst > 0 && verdict.shrinkLast * kShrinkFactor < verdict.shrinkFirst;
    }
    verdict.kind = (verdict.first - verdict.last) < kStuckShare * verdict.first ? InitVerdict::Kind::Stuck
                                                                                 : InitVerdict::Kind::Trains;
    return verdict;
}

std::string describeInitRun(const TrainResult& result, double testAccuracy) {
    const InitVerdict v = judgeInitRun(result, testAccuracy);
    const std::string shrinks = v.shrinks ? "the signal shrinks layer by layer (activation spread " +
                                                number("%.2g", v.shrinkFirst) + " in layer 1, " +
                                                number("%.2g", v.shrinkLast) + " in layer " +
                                                std::to_string(v.shrinkLayer) + " at iteration 0)"
                                          : std::string();
    switch (v.kind) {
    case InitVerdict::Kind::DivergedAtStart:
        return "diverged at iteration 0: the first cost is not even a finite number (the output saturates "
               "at once, so log(0) appears)";
    case InitVerdict::Kind::Diverged:
        return "diverged at iteration " + std::to_string(v.iteration) + " after a first cost of " +
               number("%.3g", v.first);
    case InitVerdict::Kind::NothingRan:
        return "no iteration ran";
    case InitVerdict::Kind::HugeCost:
        return "the first cost is huge (" + number("%.3g", v.first) + "; a random guess costs 0.69) and is still " +
               number("%.3g", v.last) + " at the end";
    case InitVerdict::Kind::Symmetric:
        return "every unit of a layer stays identical — symmetry is never broken: the " + std::to_string(v.units) +
               " units of layer 1 still have the same weights after " + std::to_string(v.iterations) +
               " iterations, so the layer is worth one unit";
    case InitVerdict::Kind::Stuck:
        return (shrinks.empty() ? std::string() : shrinks + " and ") + "the cost barely moves (" +
               number("%.4f", v.first) + " to " + number("%.4f", v.last) + ")";
    case InitVerdict::Kind::Trains:
        break;
    }
    return (shrinks.empty() ? std::string("trains") : shrinks + ", yet it trains") + ": cost " +
           number("%.3f", v.first) + " to " + number("%.3f", v.last) + ", test accuracy " +
           number("%.0f%%", v.testAccuracy * 100.0);
}

} // namespace catnet
