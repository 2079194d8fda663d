// libFuzzer target: any bytes as a model file, or as a bundle of runs, must load (and
// predict) or throw FileError.
#include "engine/io/hdf5_support.h"
#include "engine/io/model_io.h"
#include "engine/io/run_bundle.h"
#include "engine/model/metrics.h"

#include "fuzz_input_file.h"

namespace {

void checkUsable(const catnet::SavedModel& model) {
    const catnet::LayerDims dims = model.parameters.layerDims();
    if (dims.size() < 2 || dims.back() != 1)
        __builtin_trap();
    if (dims.front() <= 4096) { // a loaded model must be usable
        const catnet::Matrix x = catnet::Matrix::Constant(dims.front(), 1, 0.5);
        (void)catnet::predictProbabilities(model.parameters, x);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = catnet::fuzz::writeInput(data, size, ".h5");
    try {
        checkUsable(catnet::loadModel(file));
    } catch (const catnet::FileError&) {
    }
    try {
        for (const catnet::SavedModel& run : catnet::loadRunBundle(file))
            checkUsable(run);
    } catch (const catnet::FileError&) {
    }
    return 0;
}
