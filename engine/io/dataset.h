#pragma once

#include "engine/model/parameters.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace catnet {

inline constexpr int kImageHeight = 64;
inline constexpr int kImageWidth = 64;
inline constexpr int kImageChannels = 3;
inline constexpr Eigen::Index kImageBytes = kImageHeight * kImageWidth * kImageChannels;
inline constexpr Eigen::Index kFeatureCount = kImageBytes; // 12288

// Most images a split may claim; larger headers are refused before allocating.
inline constexpr unsigned long long kMaxImagesPerSplit = 200000; // ~20 GB of doubles

// One split (train or test) of the course's HDF5 layout (SPEC §2).
struct DataSplit {
    std::filesystem::path file;
    std::vector<std::uint8_t> pixels; // N images, each 64×64×3 bytes in H, W, RGB order
    Matrix X;                         // (12288, N): pixels / 255, one example per column
    Matrix Y;                         // (1, N): 0 = non-cat, 1 = cat
    std::vector<std::string> classes; // label 0's name, label 1's name

    Eigen::Index count() const { return Y.cols(); }
    const std::uint8_t* image(Eigen::Index index) const {
        return pixels.data() + index * kImageBytes;
    }
    int label(Eigen::Index index) const { return static_cast<int>(Y(0, index)); }
};

struct Dataset {
    DataSplit train;
    DataSplit test;
};

inline constexpr const char* kTrainFileName = "train_catvnoncat.h5";
inline constexpr const char* kTestFileName = "test_catvnoncat.h5";

// Reads `<prefix>_set_x`, `<prefix>_set_y` and `list_classes` from `file`, validating
// every shape, type and value before allocating. Throws FileError naming the file,
// the dataset, and what was expected vs found.
// `withFeatures` false: X is left empty (the reader process sends only the bytes; at
// 10,000 images X would be 1 GB there for nothing).
DataSplit loadSplit(const std::filesystem::path& file, const std::string& prefix, bool withFeatures = true);

// Both files of the course from one folder.
Dataset loadCourseDataset(const std::filesystem::path& directory);

// Images (H, W, RGB bytes, one after another) → features (12288, count) in [0, 1].
Matrix featuresFromPixels(const std::uint8_t* pixels, Eigen::Index count);

// Where to look for the course files: `explicitDirectory` if given, else the
// CATNET_DATA environment variable, else `fallback` (usually ./data).
// Returns the first candidate holding both files, or nothing.
std::optional<std::filesystem::path> findDataDirectory(
    const std::optional<std::filesystem::path>& explicitDirectory,
    const std::filesystem::path& fallback = "data");

// True when `directory` holds both course files.
bool holdsCourseFiles(const std::filesystem::path& directory);

} // namespace catnet
