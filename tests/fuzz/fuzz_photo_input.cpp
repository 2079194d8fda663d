// libFuzzer target: any bytes as a photo file, through the reader program's own code
// (runPhotoReader, what catnet-reader runs) and back through the parent's check of its
// records: a 64×64 input or a message, never a crash.
#include "photo/photo_hand_over.h"

#include "fuzz_input_file.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QLoggingCategory>

#include <memory>
#include <sstream>

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
        std::ostringstream reply;
        catnet::ui::runPhotoReader({"photos", "preview", file.string()}, reply);
        const auto records = catnet::ui::photoRecordsFromReply(reply.str(), catnet::ui::PhotoDetail::WithPreview);
        if (records.size() != 1 || (records[0].ok() && records[0].photo.pixels.size() != std::size_t(64 * 64 * 3)))
            __builtin_trap();
        std::filesystem::remove(file);
    }
    return 0;
}
