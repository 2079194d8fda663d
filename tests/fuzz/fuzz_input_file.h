#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace catnet::fuzz {

// The loaders read files, so each fuzz input is written to one file per process.
inline std::filesystem::path writeInput(const std::uint8_t* data, std::size_t size, const char* suffix) {
    static const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                              ("catnet-fuzz-" + std::to_string(getpid()) + suffix);
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                  std::streamsize(size));
    return file;
}

} // namespace catnet::fuzz
