// libFuzzer target: any bytes as a dataset file must load or throw FileError.
#include "engine/io/dataset.h"
#include "engine/io/hdf5_support.h"

#include "fuzz_input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = catnet::fuzz::writeInput(data, size, ".h5");
    for (const char* prefix : {"train", "test"}) {
        try {
            const catnet::DataSplit split = catnet::loadSplit(file, prefix);
            if (split.X.cols() != split.count() || split.pixels.size() != std::size_t(split.count() * catnet::kImageBytes))
                __builtin_trap(); // a loaded split must be consistent
        } catch (const catnet::FileError&) {
        }
    }
    return 0;
}
