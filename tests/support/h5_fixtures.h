#pragma once

// Writes small HDF5 files in the course's layout, with any one thing wrong, so that
// tests never need the real data to check the loader's validation.

#include <H5Cpp.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace catnet::test {

struct SplitFixture {
    enum class PixelType { Uint8, Float64, Int8 };

    std::string prefix = "train";
    std::vector<hsize_t> imageShape = {4, 64, 64, 3};
    PixelType pixelType = PixelType::Uint8;
    std::vector<std::int64_t> labels = {0, 1, 1, 0};
    bool floatLabels = false;
    std::size_t labelBytes = 8; // integer labels wider than any C type: a damaged header's claim
    bool writeImages = true;
    bool writeClasses = true;
    bool variableLengthClasses = false;
    std::vector<std::string> classes = {"non-cat", "cat"};
    bool allocateImages = true; // false: only the header (for absurd sizes)
};

// Pixel (image i, byte k) of a fixture: a fixed pattern the tests can check.
std::uint8_t fixturePixel(hsize_t image, hsize_t byte);

void writeSplitFixture(const std::filesystem::path& file, const SplitFixture& fixture);

// Writes `bytes` to `file` as they are (for non-HDF5 and truncated files).
void writeBytes(const std::filesystem::path& file, const std::string& bytes);
std::string readBytes(const std::filesystem::path& file);

} // namespace catnet::test
