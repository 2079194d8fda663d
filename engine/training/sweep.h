#pragma once

#include "engine/model/metrics.h"
#include "engine/training/training_types.h"

#include <stop_token>

#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace catnet {

// A hyper-parameter sweep: every combination of one or two settings' values, each
// trained like a lone run of that configuration (the same numbers, to the bit), most
// of them at once (see gram_stack.h).
enum class SweepSetting { LearningRate, Iterations, Seed, Init, Dims, L2, KeepProb, BatchSize, Optimizer };

template <>
struct EnumNames<SweepSetting> {
    static constexpr std::array<std::pair<SweepSetting, std::string_view>, 9> table{
        {{SweepSetting::LearningRate, "learning-rate"},
         {SweepSetting::Iterations, "iterations"},
         {SweepSetting::Seed, "seed"},
         {SweepSetting::Init, "init"},
         {SweepSetting::Dims, "dims"},
         {SweepSetting::L2, "l2"},
         {SweepSetting::KeepProb, "keep-prob"},
         {SweepSetting::BatchSize, "batch-size"},
         {SweepSetting::Optimizer, "optimizer"}}};
};

// learning-rate, l2, keep-prob: double; iterations, seed, batch-size: std::int64_t;
// init: InitScheme; dims: LayerDims; optimizer: Optimizer.
using SweepValue = std::variant<double, std::int64_t, InitScheme, LayerDims, Optimizer>;

// The most settings one sweep varies (catnet-train --sweep); cells multiply, and the
// memory budget still refuses a sweep too large before it starts.
inline constexpr std::size_t kMostSweepAxes = 4;

struct SweepAxis {
    SweepSetting setting;
    std::vector<SweepValue> values;
};

// Parses one value of a setting as catnet-train writes it ("0.01", "2500", "he",
// "12288,20,7,5,1"); throws std::invalid_argument with a message naming it.
SweepValue parseSweepValue(SweepSetting setting, std::string_view text);
// The value as text, the way parseSweepValue reads it.
std::string formatSweepValue(const SweepValue& value);
// `config` with the setting changed to `value`.
TrainConfig withSweepValue(TrainConfig config, SweepSetting setting, const SweepValue& value);

struct SweepCell {
    std::vector<std::size_t> position; // index into each axis's values
    TrainConfig config;
    TrainResult result;
    double finalCost = 0.0; // the last recorded cost (NaN when none)
    double trainAccuracy = 0.0, testAccuracy = 0.0;
};

// "learning-rate=0.01, dims=12288,7,1": the values of cell `index` (sweepConfigs order).
std::string describeSweepCell(const std::vector<SweepAxis>& axes, std::size_t index);

// The cells in order: the last axis varies fastest.
std::vector<TrainConfig> sweepConfigs(const TrainConfig& base, const std::vector<SweepAxis>& axes);

struct SweepData {
    const Matrix& trainX;
    const Matrix& trainY;
    const Matrix& testX;
    const Matrix& testY;
    double threshold = kCourseThreshold;
    // False: the result holds no cells (a caller that takes each from the callback keeps
    // its own, so the weights are not held twice).
    bool keepCells = true;
};

// Called as each cell finishes (from a worker thread, one call at a time) with the
// cell's index in sweepConfigs order.
using SweepCellCallback = std::function<void(std::size_t index, const SweepCell& cell)>;

struct SweepResult {
    std::vector<SweepCell> cells; // in sweepConfigs order; a stopped sweep lacks the cells never started
                                  // (none with SweepData::keepCells false)
    double seconds = 0.0;
    bool stopped = false;
};

// Trains every cell, each recording its held-out figures on the test set. Throws std::invalid_argument for a cell whose configuration does
// not fit the data (before any training).
SweepResult runSweep(const TrainConfig& base, const std::vector<SweepAxis>& axes, const SweepData& data,
                     const SweepCellCallback& onCell = {}, std::stop_token stop = {});

// The same for any list of configurations (a lab's row): `describeCell` names cell i in
// errors, `positionOfCell` gives its SweepCell::position.
SweepResult runConfigs(const std::vector<TrainConfig>& configs, const SweepData& data,
                       const std::function<std::string(std::size_t)>& describeCell,
                       const std::function<std::vector<std::size_t>(std::size_t)>& positionOfCell,
                       const SweepCellCallback& onCell = {}, std::stop_token stop = {});

} // namespace catnet
