// libFuzzer target: any bytes handed back by the reader program (which parses hostile
// files, and could itself be subverted) must become a model, a bundle's runs or a split, or an exception:
// never a crash or an out-of-bounds read in catnet.
#include "engine/io/isolated_reader.h"

#include <cstdint>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        if (data[0] & 1)
            (void)catnet::modelFromReaderReply(bytes);
        else if (data[0] & 2)
            (void)catnet::runsFromReaderReply(bytes);
        else
            (void)catnet::splitFromReaderReply(bytes, "fuzz.h5");
    } catch (const std::exception&) {
    }
    return 0;
}
