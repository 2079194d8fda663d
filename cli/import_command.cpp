#include "cli/import_command.h"

#include "cli/json_report.h"
#include "cli/train_command.h"
#include "engine/io/atomic_file.h"
#include "engine/io/dataset_writer.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <chrono>
#include <cstdint>
#include <limits>
#include <ostream>

namespace catnet::cli {

namespace {

struct ImportArguments {
    std::string cats, nonCats, folder, out, json, withCourse;
    double testFraction = 0.2;
    std::uint32_t seed = 1;
    bool quiet = false;
};

nlohmann::ordered_json splitJson(const std::vector<ImportedImage>& images) {
    nlohmann::ordered_json json;
    int cats = 0;
    nlohmann::ordered_json sources = nlohmann::ordered_json::array();
    for (const ImportedImage& image : images) {
        cats += image.label;
        sources.push_back({{"source", image.source}, {"label", image.label}});
    }
    json["cats"] = cats;
    json["non_cats"] = int(images.size()) - cats;
    json["images"] = std::move(sources);
    return json;
}

nlohmann::ordered_json importJson(const ImportArguments& arguments, const ImportResult& result, double seconds) {
    nlohmann::ordered_json json;
    json["out"] = arguments.out;
    json["seed"] = arguments.seed;
    json["test_fraction"] = arguments.testFraction;
    json["with_course"] = arguments.withCourse.empty() ? nlohmann::ordered_json(nullptr)
                                                        : nlohmann::ordered_json(arguments.withCourse);
    json["train"] = splitJson(result.train);
    json["test"] = splitJson(result.test);
    json["skipped"] = nlohmann::ordered_json::array();
    for (const SkippedFile& skipped : result.skipped)
        json["skipped"].push_back({{"file", skipped.file.string()}, {"reason", skipped.reason}});
    json["duplicates"] = result.duplicates;
    json["seconds"] = seconds;
    return json;
}

std::string counts(const std::vector<ImportedImage>& images) {
    int cats = 0;
    for (const ImportedImage& image : images)
        cats += image.label;
    const int nonCats = int(images.size()) - cats;
    return std::to_string(cats) + (cats == 1 ? " cat + " : " cats + ") + std::to_string(nonCats) +
           (nonCats == 1 ? " non-cat" : " non-cats");
}

int run(const ImportArguments& arguments, std::ostream& out, std::ostream& err, std::stop_token stop,
        const catnet::PhotoDecoder& decode) {
    ImportOptions options;
    if (!arguments.folder.empty()) {
        std::tie(options.cats, options.nonCats) = findClassFolders(arguments.folder);
    } else {
        if (arguments.cats.empty() || arguments.nonCats.empty())
            throw std::invalid_argument("give --cats DIR and --non-cats DIR (or --folder DIR with a 'cat' and a 'non-cat' sub-folder)");
        options.cats = arguments.cats;
        options.nonCats = arguments.nonCats;
    }
    options.testFraction = arguments.testFraction;
    options.seed = arguments.seed;
    if (!arguments.withCourse.empty())
        options.withCourse = arguments.withCourse;
    // The files it will write, checked before the photos are read (their folder made).
    OutputFolder outputFolder(arguments.out);
    for (const char* name : {kTrainFileName, kTestFileName})
        checkWritable(std::filesystem::path(arguments.out) / name);
    if (!arguments.json.empty() && arguments.json != "-")
        checkWritable(arguments.json);
    const auto started = std::chrono::steady_clock::now();
    const ImportResult result = importPhotoFolders(options, decode, {}, stop);
    if (result.stopped) {
        err << "catnet-import: stopped; nothing was written\n";
        return kExitCancelled;
    }
    saveCourseDataset(arguments.out, result.data);
    outputFolder.keep();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    for (const SkippedFile& skipped : result.skipped)
        err << "catnet-import: skipped " << skipped.file.string() << ": " << skipped.reason << "\n";
    for (const auto& group : result.duplicates) {
        err << "catnet-import: identical 64×64 images:";
        for (const std::string& source : group)
            err << " " << source;
        err << "\n";
    }
    if (!arguments.quiet && arguments.json != "-")
        out << "Wrote " << arguments.out << "/" << kTrainFileName << " (" << counts(result.train) << ") and "
            << kTestFileName << " (" << counts(result.test) << "); skipped " << result.skipped.size()
            << " file(s)\n";
    if (!arguments.json.empty())
        writeJsonReport(arguments.json, importJson(arguments, result, seconds), out);
    return kExitOk;
}

// Arguments that parse but make no sense: a usage error (exit 2) before any work.
std::string usageProblem(const ImportArguments& arguments) {
    if (arguments.out.empty())
        return "--out: give the folder to write the two files into (\".\" for this one)";
    if (!(arguments.testFraction > 0.0 && arguments.testFraction < 1.0))
        return "--test-fraction: give a share between 0 and 1, both excluded (for example 0.2)";
    if (!arguments.cats.empty() && !arguments.nonCats.empty()) {
        std::error_code ignored;
        if (std::filesystem::weakly_canonical(arguments.cats, ignored) ==
            std::filesystem::weakly_canonical(arguments.nonCats, ignored))
            return "--cats and --non-cats name the same folder; give one folder for each class";
    }
    return {};
}

// CLI11's own "Could not convert" gives no range; the same words as catnet-train's --seed.
std::string seedOutOfRange(std::string& text) {
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range)
        return "'" + text + "' is out of range: give a whole number from 0 to " +
               std::to_string(std::numeric_limits<std::uint32_t>::max());
    return {};
}

} // namespace

int runImportCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                     std::stop_token stop, const catnet::PhotoDecoder& decode) {
    ImportArguments parsed;
    CLI::App app("Turns folders of photos into train_catvnoncat.h5 and test_catvnoncat.h5 in the course's layout.",
                 "catnet-import");
    app.add_option("--cats", parsed.cats, "folder of cat photos")->option_text("DIR");
    app.add_option("--non-cats", parsed.nonCats, "folder of non-cat photos")->option_text("DIR");
    app.add_option("--folder", parsed.folder, "one folder with a 'cat' and a 'non-cat' sub-folder, instead")
        ->option_text("DIR");
    app.add_option("--out", parsed.out, "where the two files are written")->option_text("DIR")->required();
    app.add_option("--test-fraction", parsed.testFraction, "share of each class kept for testing")
        ->option_text("F [0.2]");
    app.add_option("--seed", parsed.seed, "numpy-compatible seed for shuffling each class")
        ->option_text("N [1]")
        ->check(CLI::Validator(seedOutOfRange, ""));
    app.add_option("--with-course", parsed.withCourse, "add the course's images from this folder, keeping their split")
        ->option_text("DIR");
    app.add_option("--json", parsed.json, "write a JSON report to FILE or standard output")->option_text("FILE|-");
    app.add_flag("-q,--quiet", parsed.quiet, "print nothing but problems");
    try {
        std::vector<std::string> reversed(arguments.rbegin(), arguments.rend()); // CLI11 parses from the back
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return kExitOk;
    } catch (const CLI::ParseError& e) {
        err << "catnet-import: " << e.what() << "\n";
        return kExitUsage;
    }
    if (const std::string problem = usageProblem(parsed); !problem.empty()) {
        err << "catnet-import: " << problem << "\n";
        return kExitUsage;
    }
    try {
        return run(parsed, out, err, stop, decode);
    } catch (const std::invalid_argument& e) {
        err << "catnet-import: " << e.what() << "\n";
        return kExitFailure;
    } catch (const std::exception& e) {
        err << "catnet-import: " << e.what() << "\n";
        return stop.stop_requested() ? kExitCancelled : kExitFailure;
    }
}

} // namespace catnet::cli
