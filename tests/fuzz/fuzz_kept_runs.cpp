// libFuzzer target: the window's kept-run loader (RunStore::loadAll, through the reader
// program) on any bytes as a kept run file: it is restored or skipped with a note.
#include "ui/core/run_store.h"

#include "fuzz_input_file.h"

#include <QCoreApplication>

#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path folder = [] {
        auto path = std::filesystem::temp_directory_path() / ("catnet-fuzz-runs-" + std::to_string(getpid()));
        std::filesystem::create_directories(path);
        return path;
    }();
    const auto input = catnet::fuzz::writeInput(data, size, ".h5");
    std::filesystem::copy_file(input, folder / "run-20260101-000000-000-1.h5",
                               std::filesystem::copy_options::overwrite_existing);
    const catnet::ui::RunStore store(QString::fromStdString(folder.string()));
    const catnet::ui::RunStore::Restored restored = store.loadAll();
    if (restored.runs.size() + std::size_t(restored.problems.size()) != 1)
        __builtin_trap(); // every file is either restored or named as skipped
    return 0;
}
