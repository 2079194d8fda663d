#pragma once

// Turning folders of a learner's photos into a data set in the course's layout: every
// file read (by a decoder the caller provides: the engine has no image codecs), each
// class shuffled with a seed and split into training and test images, optionally beside
// the course's own images. Unreadable files are skipped and listed, duplicates reported.

#include "engine/io/dataset.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace catnet {

// A photo file's 64×64×3 network input (H, W, RGB bytes), or why it cannot be read.
struct DecodedPhoto {
    std::vector<std::uint8_t> pixels; // empty when it cannot
    std::string problem;
};

// Photo files → one DecodedPhoto each, in order (the caller's decoder: the engine has
// no image codecs). Given files a few dozen at a time, from several threads.
using PhotoDecoder =
    std::function<std::vector<DecodedPhoto>(const std::vector<std::filesystem::path>& files, std::stop_token stop)>;

struct ImportOptions {
    std::filesystem::path cats, nonCats; // one folder per class; files directly inside
    double testFraction = 0.2;           // share of each class set aside for testing
    std::uint32_t seed = 1;              // for shuffling each class before the split
    // A folder with the course's two files: their images are added, keeping their split.
    std::optional<std::filesystem::path> withCourse;
    int threads = 2;
};

// The class folders inside `folder`: sub-folders named "cat"/"cats" and
// "non-cat"/"non-cats"/"noncat"/"not-cat"/"other" (any case). Throws std::invalid_argument
// naming what is missing.
std::pair<std::filesystem::path, std::filesystem::path> findClassFolders(const std::filesystem::path& folder);

// The regular files directly inside `folder`, sorted by name, without hidden ones. Throws
// std::invalid_argument naming the folder (as the `role` folder) when it cannot be read.
std::vector<std::filesystem::path> filesInFolder(const std::filesystem::path& folder, const std::string& role = "photo");

struct SkippedFile {
    std::filesystem::path file;
    std::string reason;
};

// Where each stored image came from: a file, or "course:train:17" for the course's.
struct ImportedImage {
    std::string source;
    int label = 0; // 1 = cat
};

struct ImportResult {
    Dataset data;                              // training and test split, course layout; pixels,
                                               // Y and classes only (X empty: it is written, not trained)
    std::vector<ImportedImage> train, test;    // one per stored image, in stored order
    std::vector<SkippedFile> skipped;          // unreadable or non-image files, and why
    std::vector<std::vector<std::string>> duplicates; // groups of sources with identical inputs
    bool stopped = false;                      // the stop token ended it; nothing else is set
};

// Called as files are decoded: (files done, files in all). From a worker thread.
using ImportProgress = std::function<void(std::size_t done, std::size_t total)>;

// Reads both folders (their files sorted by name), decodes every file on `threads`
// threads, shuffles each class with NumpyRandom(seed).permutation and puts the first
// round(testFraction · n) of it (at least one, at most n − 1) in the test split. Throws
// std::invalid_argument for an empty or missing class, a class of fewer than two readable
// images (one for each split), or a test fraction outside (0, 1).
ImportResult importPhotoFolders(const ImportOptions& options, const PhotoDecoder& decode,
                                const ImportProgress& progress = {}, std::stop_token stop = {});

} // namespace catnet
