#include "engine/io/photo_import.h"

#include "engine/io/isolated_reader.h"
#include "engine/model/numpy_random.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <string_view>
#include <unordered_map>

namespace catnet {

namespace fs = std::filesystem;

namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

// Decodes every file on `threads` threads, kDecodeBatch files at a time, in any order;
// results by index.
constexpr std::size_t kDecodeBatch = 32;
std::vector<DecodedPhoto> decodeAll(const std::vector<fs::path>& files, const PhotoDecoder& decode, int threads,
                                    const ImportProgress& progress, std::stop_token stop) {
    std::vector<DecodedPhoto> decoded(files.size());
    std::atomic<std::size_t> next{0}, done{0};
    std::mutex reporting;
    const auto work = [&] {
        for (std::size_t first = next.fetch_add(kDecodeBatch); first < files.size() && !stop.stop_requested();
             first = next.fetch_add(kDecodeBatch)) {
            const std::size_t end = std::min(files.size(), first + kDecodeBatch);
            const std::vector<fs::path> batch(files.begin() + std::ptrdiff_t(first), files.begin() + std::ptrdiff_t(end));
            std::vector<DecodedPhoto> results;
            try {
                results = decode(batch, stop);
            } catch (const std::exception& e) { // the whole batch is unreadable, and why
                results.assign(batch.size(), DecodedPhoto{{}, e.what()});
            }
            for (std::size_t i = first; i < end; ++i) {
                DecodedPhoto& photo = decoded[i];
                if (i - first >= results.size()) {
                    photo.problem = "the decoder gave no answer for it";
                    continue;
                }
                photo = std::move(results[i - first]);
                if (photo.problem.empty() && photo.pixels.size() != std::size_t(kImageBytes))
                    photo.problem = "the decoder gave " + std::to_string(photo.pixels.size()) + " bytes instead of 64×64×3";
                if (!photo.problem.empty())
                    photo.pixels.clear();
            }
            const std::size_t finished = done += end - first;
            if (progress) {
                const std::lock_guard lock(reporting);
                progress(finished, files.size());
            }
        }
    };
    std::vector<std::jthread> workers;
    for (int t = 1; t < std::max(1, threads); ++t)
        workers.emplace_back(work);
    work();
    workers.clear(); // joins
    return decoded;
}

struct ClassImages {
    std::vector<std::vector<std::uint8_t>> pixels;
    std::vector<std::string> sources;
};

void appendImage(DataSplit& split, std::vector<ImportedImage>& origins, const std::uint8_t* pixels,
                 const std::string& source, int label) {
    split.pixels.insert(split.pixels.end(), pixels, pixels + kImageBytes);
    origins.push_back({source, label});
}

// Builds Y and the classes once every image is in. Not X: the features as doubles are
// 8 times the pixels (2 GB for 20,000 photos), and what is imported is written, not trained.
void finishSplit(DataSplit& split, const std::vector<ImportedImage>& origins) {
    const auto count = Eigen::Index(origins.size());
    split.Y.resize(1, count);
    for (Eigen::Index i = 0; i < count; ++i)
        split.Y(0, i) = origins[std::size_t(i)].label;
    split.classes = {"non-cat", "cat"};
}

} // namespace

std::vector<fs::path> filesInFolder(const fs::path& folder, const std::string& role) {
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw std::invalid_argument("the " + role + " folder '" + folder.string() + "' does not exist or is not a folder");
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
        if (entry.is_regular_file(error) && entry.path().filename().string().front() != '.')
            files.push_back(entry.path());
    if (error)
        throw std::invalid_argument("the " + role + " folder '" + folder.string() + "' cannot be read: " + error.message());
    std::sort(files.begin(), files.end());
    return files;
}

std::pair<fs::path, fs::path> findClassFolders(const fs::path& folder) {
    std::optional<fs::path> cats, nonCats;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
        if (!entry.is_directory(error))
            continue;
        const std::string name = lowercase(entry.path().filename().string());
        if (name == "cat" || name == "cats")
            cats = entry.path();
        else if (name == "non-cat" || name == "non-cats" || name == "noncat" || name == "noncats" ||
                 name == "not-cat" || name == "other" || name == "others")
            nonCats = entry.path();
    }
    if (error)
        throw std::invalid_argument("'" + folder.string() + "' cannot be read: " + error.message());
    if (!cats || !nonCats)
        throw std::invalid_argument("'" + folder.string() + "' should hold a sub-folder 'cat' and one 'non-cat'" +
                                    std::string(cats ? " (no 'non-cat' found)" : nonCats ? " (no 'cat' found)" : ""));
    return {*cats, *nonCats};
}

ImportResult importPhotoFolders(const ImportOptions& options, const PhotoDecoder& decode,
                                const ImportProgress& progress, std::stop_token stop) {
    if (!(options.testFraction > 0.0 && options.testFraction < 1.0))
        throw std::invalid_argument("the test share must be between 0 and 1 (not " +
                                    std::to_string(options.testFraction) + ")");
    // Sorted by name, so that a seed always gives the same split.
    const std::vector<fs::path> catFiles = filesInFolder(options.cats, "cat");
    const std::vector<fs::path> nonCatFiles = filesInFolder(options.nonCats, "non-cat");
    for (const auto& [files, role] : {std::pair{&catFiles, "cat"}, std::pair{&nonCatFiles, "non-cat"}})
        if (files->empty())
            throw std::invalid_argument(std::string("the ") + role + " folder holds no files");
    std::vector<fs::path> all = catFiles;
    all.insert(all.end(), nonCatFiles.begin(), nonCatFiles.end());
    std::vector<DecodedPhoto> decoded = decodeAll(all, decode, options.threads, progress, stop);

    ImportResult result;
    if (stop.stop_requested()) {
        result.stopped = true;
        return result;
    }
    ClassImages classes[2]; // by label: 0 non-cat, 1 cat
    // 64×64 input → its duplicate group; the keys view the pixels, which stay where they
    // are when their vector moves, until `seen` is let go below.
    std::unordered_map<std::string_view, std::size_t> seen;
    std::vector<std::vector<std::string>> groups;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (decoded[i].pixels.empty()) {
            result.skipped.push_back({all[i], decoded[i].problem});
            continue;
        }
        const std::string_view key(reinterpret_cast<const char*>(decoded[i].pixels.data()), decoded[i].pixels.size());
        const auto [found, fresh] = seen.try_emplace(key, groups.size());
        if (fresh)
            groups.push_back({});
        groups[found->second].push_back(all[i].string());
        ClassImages& images = classes[i < catFiles.size() ? 1 : 0];
        images.pixels.push_back(std::move(decoded[i].pixels));
        images.sources.push_back(all[i].string());
    }
    for (auto& group : groups)
        if (group.size() > 1)
            result.duplicates.push_back(std::move(group));
    seen.clear();
    decoded.clear();

    NumpyRandom random(options.seed);
    for (const int label : {1, 0}) {
        ClassImages& images = classes[label];
        const std::size_t n = images.pixels.size();
        const char* name = label == 1 ? "cat" : "non-cat";
        if (n < 2)
            throw std::invalid_argument(std::string("the ") + name + " folder has " + std::to_string(n) +
                                        " readable image" + (n == 1 ? "" : "s") +
                                        "; at least 2 are needed, one for training and one for testing");
        const std::size_t testCount =
            std::clamp<std::size_t>(std::size_t(std::llround(options.testFraction * double(n))), 1, n - 1);
        const std::vector<std::size_t> order = random.permutation(n);
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = order[k];
            const bool test = k < testCount;
            appendImage(test ? result.data.test : result.data.train, test ? result.test : result.train,
                        images.pixels[i].data(), images.sources[i], label);
            std::vector<std::uint8_t>().swap(images.pixels[i]); // copied: one copy of each image at a time
        }
    }
    if (options.withCourse) {
        const Dataset course = loadCourseDatasetIsolated(*options.withCourse, stop, false); // from anywhere; bytes only
        for (const auto& [split, origins, from, name] :
             {std::tuple{&result.data.train, &result.train, &course.train, "train"},
              std::tuple{&result.data.test, &result.test, &course.test, "test"}})
            for (Eigen::Index i = 0; i < from->count(); ++i)
                appendImage(*split, *origins, from->image(i), "course:" + std::string(name) + ":" + std::to_string(i),
                            from->label(i));
    }
    finishSplit(result.data.train, result.train);
    finishSplit(result.data.test, result.test);
    return result;
}

} // namespace catnet
