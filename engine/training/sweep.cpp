#include "engine/training/sweep.h"

#include "engine/model/layer_dims.h"
#include "engine/training/gram_first_layer.h"
#include "engine/training/gram_stack.h"
#include "engine/training/memory_budget.h"
#include "engine/training/trainer.h"
#include "engine/training/training_loop.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

namespace catnet {

namespace {

using Clock = std::chrono::steady_clock;

// Runs stepped together in one GramStack: enough columns for the product to run near
// the machine's peak, few enough that the heat map fills as batches finish.
constexpr std::size_t kBatchSize = 10;

template <typename Number>
Number parseNumber(std::string_view setting, std::string_view text) {
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw std::invalid_argument(std::string(setting) + ": '" + std::string(text) + "' is not a number");
    return value;
}

std::vector<std::size_t> positionOf(std::size_t index, const std::vector<SweepAxis>& axes) {
    std::vector<std::size_t> position(axes.size());
    for (std::size_t a = axes.size(); a-- > 0;) {
        position[a] = index % axes[a].values.size();
        index /= axes[a].values.size();
    }
    return position;
}

// Collects finished cells and tells the caller about each, one at a time.
class CellCollector {
public:
    CellCollector(const std::function<std::vector<std::size_t>(std::size_t)>& positionOf, const SweepData& data,
                  const SweepCellCallback& onCell, std::size_t count)
        : positionOf_(positionOf), data_(data), onCell_(onCell), cells_(count) {}

    void add(std::size_t index, const TrainConfig& config, TrainResult result) {
        SweepCell cell{positionOf_(index), config, std::move(result)};
        cell.finalCost = cell.result.costs.empty() ? std::numeric_limits<double>::quiet_NaN()
                                                   : cell.result.costs.back().cost;
        cell.trainAccuracy = evaluate(cell.result.parameters, data_.trainX, data_.trainY, data_.threshold).accuracy;
        cell.testAccuracy = evaluate(cell.result.parameters, data_.testX, data_.testY, data_.threshold).accuracy;
        const std::lock_guard lock(mutex_);
        if (onCell_)
            onCell_(index, cell);
        if (data_.keepCells)
            cells_[index] = std::move(cell);
    }

    std::vector<SweepCell> take() {
        std::vector<SweepCell> cells;
        for (auto& cell : cells_)
            if (cell)
                cells.push_back(std::move(*cell));
        return cells;
    }

private:
    const std::function<std::vector<std::size_t>(std::size_t)>& positionOf_;
    const SweepData& data_;
    const SweepCellCallback& onCell_;
    std::mutex mutex_;
    std::vector<std::optional<SweepCell>> cells_;
};

// Trains the given cells stepped together, their first layers in one GramStack.
void trainBatch(const std::vector<std::size_t>& indexes, const std::vector<TrainConfig>& configs,
                const std::shared_ptr<const GramMatrix>& gram, const std::shared_ptr<const Matrix>& testCross,
                const SweepData& data, std::stop_token stop, CellCollector& collector) {
    const auto start = Clock::now();
    auto stack = std::make_shared<GramStack>(gram);
    const HeldOut test{data.testX, data.testY, data.threshold};
    stack->shareHeldOutCross(&data.testX, testCross);
    std::vector<std::unique_ptr<TrainingLoop>> loops;
    int longest = 0;
    for (std::size_t index : indexes) {
        const TrainConfig& config = configs[index];
        Parameters initial = initializeParameters(config.layerDims, config.init, config.seed);
        auto firstLayer = makeStackedGramFirstLayer(initial.W[0], data.trainX, config.learningRate, stack);
        loops.push_back(std::make_unique<TrainingLoop>(config, std::move(initial), std::move(firstLayer), data.trainY,
                                                       ProgressCallback{}, SignalCallback{},
                                                       testCross ? &test : nullptr));
        longest = std::max(longest, config.iterations);
    }
    std::vector<char> running(loops.size(), 1);
    for (int i = 0; i < longest && std::find(running.begin(), running.end(), 1) != running.end(); ++i) {
        stack->multiply();
        for (std::size_t k = 0; k < loops.size(); ++k)
            if (running[k])
                running[k] = loops[k]->advance(i, stop);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (std::size_t k = 0; k < loops.size(); ++k) {
        TrainResult result = loops[k]->finish();
        result.strategy = Strategy::Gram;
        result.seconds = seconds;
        collector.add(indexes[k], configs[indexes[k]], std::move(result));
    }
}

} // namespace

std::string describeSweepCell(const std::vector<SweepAxis>& axes, std::size_t index) {
    const std::vector<std::size_t> position = positionOf(index, axes);
    std::string text;
    for (std::size_t a = 0; a < axes.size(); ++a)
        text += (a ? ", " : "") + std::string(nameOf(axes[a].setting)) + "=" +
                formatSweepValue(axes[a].values[position[a]]);
    return text;
}

SweepValue parseSweepValue(SweepSetting setting, std::string_view text) {
    const std::string_view name = nameOf(setting);
    switch (setting) {
    case SweepSetting::LearningRate:
    case SweepSetting::L2:
    case SweepSetting::KeepProb:
        return parseNumber<double>(name, text);
    case SweepSetting::Iterations:
    case SweepSetting::Seed:
    case SweepSetting::BatchSize:
        return parseNumber<std::int64_t>(name, text);
    case SweepSetting::Optimizer:
        if (auto optimizer = parseName<Optimizer>(text))
            return *optimizer;
        throw std::invalid_argument("optimizer: '" + std::string(text) + "' is not one of " + nameList<Optimizer>());
    case SweepSetting::Init:
        if (auto scheme = parseName<InitScheme>(text))
            return *scheme;
        throw std::invalid_argument("init: '" + std::string(text) + "' is not one of " + nameList<InitScheme>());
    case SweepSetting::Dims:
        try {
            return parseLayerDims(text);
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument("dims: " + std::string(e.what()));
        }
    }
    throw std::invalid_argument("unknown sweep setting");
}

std::string formatSweepValue(const SweepValue& value) {
    if (const double* number = std::get_if<double>(&value)) {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, *number);
        return std::string(buffer, result.ptr);
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value))
        return std::to_string(*integer);
    if (const auto* scheme = std::get_if<InitScheme>(&value))
        return std::string(nameOf(*scheme));
    if (const auto* optimizer = std::get_if<Optimizer>(&value))
        return std::string(nameOf(*optimizer));
    return formatLayerDims(std::get<LayerDims>(value), ",");
}

TrainConfig withSweepValue(TrainConfig config, SweepSetting setting, const SweepValue& value) {
    const auto integer = [&](std::int64_t low, std::int64_t high) {
        const std::int64_t number = std::get<std::int64_t>(value);
        if (number < low || number > high)
            throw std::invalid_argument(std::string(nameOf(setting)) + ": " + std::to_string(number) +
                                        " is outside " + std::to_string(low) + ".." + std::to_string(high));
        return number;
    };
    switch (setting) {
    case SweepSetting::LearningRate:
        config.learningRate = std::get<double>(value);
        break;
    case SweepSetting::Iterations:
        config.iterations = int(integer(0, std::numeric_limits<int>::max()));
        break;
    case SweepSetting::Seed:
        config.seed = std::uint32_t(integer(0, std::numeric_limits<std::uint32_t>::max()));
        break;
    case SweepSetting::Init:
        config.init = std::get<InitScheme>(value);
        break;
    case SweepSetting::Dims:
        config.layerDims = std::get<LayerDims>(value);
        break;
    case SweepSetting::L2:
        config.options.l2 = std::get<double>(value);
        break;
    case SweepSetting::KeepProb:
        config.options.keepProb = std::get<double>(value);
        break;
    case SweepSetting::BatchSize:
        config.options.batchSize = int(integer(1, std::numeric_limits<int>::max()));
        break;
    case SweepSetting::Optimizer:
        config.options.optimizer = std::get<Optimizer>(value);
        break;
    }
    if (const auto problem = checkTrainingOptions(config.options))
        throw std::invalid_argument(std::string(nameOf(setting)) + ": " + formatSweepValue(value) + " " +
                                    problem->message);
    return config;
}

std::vector<TrainConfig> sweepConfigs(const TrainConfig& base, const std::vector<SweepAxis>& axes) {
    std::size_t count = 1;
    for (const SweepAxis& axis : axes) {
        if (axis.values.empty())
            throw std::invalid_argument(std::string(nameOf(axis.setting)) + ": the sweep needs at least one value");
        count *= axis.values.size();
    }
    std::vector<TrainConfig> configs;
    for (std::size_t index = 0; index < count; ++index) {
        TrainConfig config = base;
        const std::vector<std::size_t> position = positionOf(index, axes);
        for (std::size_t a = 0; a < axes.size(); ++a)
            config = withSweepValue(config, axes[a].setting, axes[a].values[position[a]]);
        configs.push_back(config);
    }
    return configs;
}

SweepResult runSweep(const TrainConfig& base, const std::vector<SweepAxis>& axes, const SweepData& data,
                     const SweepCellCallback& onCell, std::stop_token stop) {
    return runConfigs(
        sweepConfigs(base, axes), data, [&](std::size_t index) { return describeSweepCell(axes, index); },
        [&](std::size_t index) { return positionOf(index, axes); }, onCell, stop);
}

SweepResult runConfigs(const std::vector<TrainConfig>& configs, const SweepData& data,
                       const std::function<std::string(std::size_t)>& describeCell,
                       const std::function<std::vector<std::size_t>(std::size_t)>& positionOfCell,
                       const SweepCellCallback& onCell, std::stop_token stop) {
    const auto start = Clock::now();
    const Eigen::Index m = data.trainX.cols();
    std::vector<std::size_t> stacked, alone;
    for (std::size_t index = 0; index < configs.size(); ++index) {
        const TrainConfig& config = configs[index];
        if (auto problem = checkTrainConfig(config, data.trainX.rows()))
            throw std::invalid_argument(describeCell(index) + ": " + problem->message);
        // Only the course's descent shares a stack; a run with options takes its own path.
        (config.options.isCourseDescent() && resolveStrategy(config, m) == Strategy::Gram ? stacked : alone)
            .push_back(index);
    }

    // Every finished cell is kept (weights included, by the caller or here), and each core
    // trains a batch at a time.
    std::uint64_t kept = 0, largestRun = 0;
    for (std::size_t index = 0; index < configs.size(); ++index) {
        kept += std::uint64_t(countParameters(configs[index].layerDims)) * sizeof(double);
        largestRun = std::max(largestRun, trainingMemory(configs[index], Strategy::Gram, std::uint64_t(m)));
    }
    requireMemory(kept + 2 * kBatchSize * largestRun,
                  "a sweep of " + std::to_string(configs.size()) + " runs",
                  "sweep fewer values or smaller networks");

    CellCollector collector(positionOfCell, data, onCell, configs.size());
    if (!stacked.empty()) {
        const std::shared_ptr<const GramMatrix> gram = GramMatrix::compute(data.trainX, stop);
        // The test set's products with X, once for every run (held-out figures).
        std::shared_ptr<const Matrix> testCross;
        if (gram && data.testX.cols() > 0 && data.testX.rows() == data.trainX.rows())
            testCross = std::make_shared<const Matrix>(data.trainX.transpose() * data.testX);
        std::vector<std::vector<std::size_t>> batches;
        for (std::size_t from = 0; gram && from < stacked.size(); from += kBatchSize)
            batches.emplace_back(stacked.begin() + long(from),
                                 stacked.begin() + long(std::min(stacked.size(), from + kBatchSize)));
        // Each thread takes the next batch: the cores never share a product.
        std::atomic<std::size_t> next{0};
        std::exception_ptr failure; // the first, rethrown here once every thread has stopped
        std::mutex failureMutex;
        std::stop_source giveUp;
        const auto work = [&] {
            try {
                for (std::size_t b; (b = next.fetch_add(1)) < batches.size() && !stop.stop_requested() &&
                                    !giveUp.stop_requested();)
                    trainBatch(batches[b], configs, gram, testCross, data, stop, collector);
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                giveUp.request_stop();
            }
        };
        {
            std::vector<std::jthread> helpers;
            for (unsigned t = 1; t < std::max(2u, std::thread::hardware_concurrency()) && t < batches.size(); ++t)
                helpers.emplace_back(work);
            work();
        }
        if (failure)
            std::rethrow_exception(failure);
    }
    for (std::size_t index : alone) {
        if (stop.stop_requested())
            break;
        const HeldOut test{data.testX, data.testY, data.threshold};
        const bool hasTest = data.testX.cols() > 0 && data.testX.rows() == data.trainX.rows();
        collector.add(index, configs[index],
                      train(configs[index], data.trainX, data.trainY, {}, stop, nullptr, {}, hasTest ? &test : nullptr));
    }

    SweepResult result;
    result.cells = collector.take();
    result.stopped = stop.stop_requested();
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

} // namespace catnet
