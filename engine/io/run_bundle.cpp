#include "engine/io/run_bundle.h"

#include "engine/io/atomic_file.h"
#include "engine/io/hdf5_support.h"
#include "engine/io/model_group.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace catnet {

namespace fs = std::filesystem;

namespace {

constexpr const char* kBundleFormat = "catnet-runs";
constexpr std::int64_t kBundleFormatVersion = 1;

std::string groupName(std::int64_t index) {
    return "run" + std::to_string(index + 1);
}

void writeBundle(const fs::path& file, const std::vector<BundledRun>& runs,
                 const std::function<void(int)>& progress) {
    H5::H5File out(file.string(), H5F_ACC_TRUNC);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        H5::Group group = out.createGroup(groupName(std::int64_t(i)));
        writeModelGroup(group, *runs[i].parameters, runs[i].description);
        if (progress)
            progress(int(i) + 1);
    }
    const std::string format = kBundleFormat;
    const H5::StrType text(H5::PredType::C_S1, format.size());
    out.createAttribute("format", text, H5::DataSpace()).write(text, format);
    out.createAttribute("format_version", H5::PredType::STD_I64LE, H5::DataSpace())
        .write(H5::PredType::NATIVE_INT64, &kBundleFormatVersion);
    const std::int64_t count = std::int64_t(runs.size());
    out.createAttribute("runs", H5::PredType::STD_I64LE, H5::DataSpace()).write(H5::PredType::NATIVE_INT64, &count);
    out.flush(H5F_SCOPE_GLOBAL);
}

// A root attribute that should be one string, or "" when it is missing or something else.
std::string stringAttribute(const H5::H5File& h5, const char* name) {
    if (!h5.attrExists(name))
        return {};
    const H5::Attribute attribute = h5.openAttribute(name);
    if (attribute.getTypeClass() != H5T_STRING || attribute.getSpace().getSimpleExtentNpoints() != 1 ||
        (!attribute.getStrType().isVariableStr() && attribute.getStrType().getSize() > 64))
        return {};
    std::string value;
    attribute.read(attribute.getStrType(), value);
    value.erase(value.find_last_not_of('\0') + 1);
    return value;
}

std::int64_t countAttribute(const H5::H5File& h5, const std::string& where) {
    if (!h5.attrExists("runs"))
        throw FileError(where + ": it has no 'runs' attribute saying how many runs it holds");
    const H5::Attribute attribute = h5.openAttribute("runs");
    if (attribute.getSpace().getSimpleExtentNpoints() != 1 || !hdf5::holdsNumbers(attribute, H5T_INTEGER))
        throw FileError(where + ": its 'runs' attribute should be one whole number");
    std::int64_t count = 0;
    attribute.read(H5::PredType::NATIVE_INT64, &count);
    if (count < 1 || count > kMaxBundledRuns)
        throw FileError(where + ": its 'runs' attribute says " + std::to_string(count) + " runs; a bundle holds 1 to " +
                        std::to_string(kMaxBundledRuns));
    return count;
}

std::vector<SavedModel> readBundle(const fs::path& file) {
    const std::string where = hdf5::describe(file);
    const H5::H5File h5 = hdf5::openForReading(file);
    const std::string format = stringAttribute(h5, "format");
    if (format == "catnet-model")
        throw FileError(where + ": is one model, not a bundle of runs; open it with File → Load model…");
    if (format != kBundleFormat)
        throw FileError(where + ": is not a bundle of catnet runs (it has no 'format' attribute \"" +
                        std::string(kBundleFormat) + "\")");
    const std::int64_t count = countAttribute(h5, where);
    std::vector<std::string> expected;
    for (std::int64_t i = 0; i < count; ++i)
        expected.push_back(groupName(i));
    for (const std::string& name : hdf5::memberNames(h5))
        if (std::find(expected.begin(), expected.end(), name) == expected.end())
            throw FileError(where + ": it holds '" + name + "', which is not one of its " + std::to_string(count) +
                            " runs (run1 … run" + std::to_string(count) + ")");
    std::vector<SavedModel> runs;
    for (std::int64_t i = 0; i < count; ++i) {
        const std::string name = expected[std::size_t(i)];
        const std::string run = where + ", run " + std::to_string(i + 1) + " of " + std::to_string(count);
        if (!h5.nameExists(name) || h5.childObjType(name) != H5O_TYPE_GROUP)
            throw FileError(run + ": the group '" + name + "' is missing; the bundle is damaged");
        const H5::Group group = h5.openGroup(name);
        hdf5::checkLinksAreHard(group, run);
        SavedModel model = readModelGroup(group, run, file, true);
        checkFiniteUnlessDiverged(model, run);
        runs.push_back(std::move(model));
    }
    return runs;
}

} // namespace

void checkFiniteUnlessDiverged(const SavedModel& model, const std::string& where) {
    if (model.outcome == Outcome::Diverged)
        return;
    for (int l = 0; l < model.parameters.layerCount(); ++l)
        if (!model.parameters.W[std::size_t(l)].allFinite() || !model.parameters.b[std::size_t(l)].allFinite())
            throw FileError(where + ": layer " + std::to_string(l + 1) +
                            " holds NaN or infinite weights, but the run did not diverge");
}

void saveRunBundle(const fs::path& file, const std::vector<BundledRun>& runs,
                   const std::function<void(int)>& progress) {
    if (runs.empty())
        throw FileError(hdf5::describe(file) + ": there are no runs to bundle");
    for (const BundledRun& run : runs)
        if (!run.parameters || run.parameters->W.empty())
            throw std::invalid_argument("saveRunBundle: a run without weights");
    AtomicWrite write(file);
    {
        const auto guard = hdf5::lock();
        try {
            writeBundle(write.temporary(), runs, progress);
        } catch (const H5::Exception&) {
            throw FileError(hdf5::describe(file) + ": cannot write the runs (" +
                            hdf5::writeFailureCause(write.temporary()) + ")");
        }
    }
    write.commit();
}

std::vector<SavedModel> loadRunBundle(const fs::path& file) {
    const auto guard = hdf5::lock();
    try {
        return readBundle(file);
    } catch (const H5::Exception&) {
        const std::string cause = hdf5::errorCause();
        throw FileError(hdf5::describe(file) + ": unreadable bundle content" +
                        (cause.empty() ? std::string(" (the HDF5 library could not read it)") : " (" + cause + ")"));
    }
}

namespace {

// Bit for bit, so that a diverged run's NaN costs equal themselves.
bool sameBits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool sameCosts(const SavedModel& a, const SavedModel& b) {
    return std::equal(a.costs.begin(), a.costs.end(), b.costs.begin(), b.costs.end(),
                      [](const CostPoint& x, const CostPoint& y) {
                          return x.iteration == y.iteration && sameBits(x.cost, y.cost);
                      }) &&
           a.costHistory.stride == b.costHistory.stride &&
           std::equal(a.costHistory.values.begin(), a.costHistory.values.end(), b.costHistory.values.begin(),
                      b.costHistory.values.end(), sameBits);
}

} // namespace

bool sameRun(const SavedModel& a, const SavedModel& b) {
    const TrainConfig& x = a.config;
    const TrainConfig& y = b.config;
    return x.layerDims == y.layerDims && x.learningRate == y.learningRate && x.iterations == y.iterations &&
           x.seed == y.seed && x.init == y.init && x.options == y.options && a.iterationsRun == b.iterationsRun &&
           a.outcome == b.outcome && sameBits(a.seconds, b.seconds) && sameCosts(a, b);
}

} // namespace catnet
