// libFuzzer target: any bytes as a photo file must give a 64×64 input or a message.
#include "photo/photo_loader.h"

#include "fuzz_input_file.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QLoggingCategory>

#include <memory>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(*argc, *argv);
    QLoggingCategory::setFilterRules("qt.*.warning=false");
    QImageReader::setAllocationLimit(64); // MB: keep each run small, as the app's pixel limit does
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Try the formats a learner drops; the suffix picks the decoder first.
    for (const char* suffix : {".png", ".jpg", ".gif"}) {
        const auto file = catnet::fuzz::writeInput(data, size, suffix);
        const auto path = QString::fromStdString(file.string());
        try {
            const catnet::ui::PhotoInput input = catnet::ui::loadPhoto(path);
            if (input.pixels.size() != std::size_t(64 * 64 * 3))
                __builtin_trap();
        } catch (const std::runtime_error&) {
        }
        std::filesystem::remove(file);
    }
    return 0;
}
