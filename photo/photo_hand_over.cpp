#include "photo/photo_hand_over.h"

#include "engine/io/byte_stream.h"
#include "engine/io/dataset.h"
#include "photo/photo_decoder.h"

#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

namespace catnet::ui {

namespace {

void putImage(ByteWriter& out, const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    out.put<std::int32_t>(rgb.width());
    out.put<std::int32_t>(rgb.height());
    std::string bytes;
    bytes.reserve(std::size_t(rgb.width()) * std::size_t(rgb.height()) * 3);
    for (int y = 0; y < rgb.height(); ++y) // rows without their padding
        bytes.append(reinterpret_cast<const char*>(rgb.constScanLine(y)), std::size_t(rgb.width()) * 3);
    out.putString(bytes);
}

QImage getImage(ByteReader& in) {
    const auto width = in.get<std::int32_t>(), height = in.get<std::int32_t>();
    const std::string bytes = in.getString();
    if (width < 1 || height < 1 || width > kPreviewSide || height > kPreviewSide ||
        bytes.size() != std::size_t(width) * std::size_t(height) * 3)
        throw std::runtime_error("corrupt hand-over: preview");
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y)
        std::memcpy(image.scanLine(y), bytes.data() + std::size_t(y) * std::size_t(width) * 3, std::size_t(width) * 3);
    return image;
}

std::string record(const QByteArray& nativePath, PhotoDetail detail) {
    ByteWriter out;
    try {
        const PhotoInput photo = decodePhotoFile(nativePath);
        out.put('O');
        out.put<std::int32_t>(photo.decodedSize.width());
        out.put<std::int32_t>(photo.decodedSize.height());
        out.putString(std::string_view(reinterpret_cast<const char*>(photo.pixels.data()), photo.pixels.size()));
        if (detail == PhotoDetail::WithPreview)
            putImage(out, photo.preview);
    } catch (const std::exception& e) {
        out = ByteWriter();
        out.put('E');
        out.putString(e.what());
    }
    return out.take();
}

} // namespace

int runPhotoReader(const std::vector<std::string>& arguments, std::ostream& out) {
    if (arguments.size() < 2 || arguments[0] != "photos" || (arguments[1] != "pixels" && arguments[1] != "preview")) {
        out << "Eusage: catnet-reader photos pixels|preview FILE...";
        return 2;
    }
    // SVG text needs fonts, which need a QGuiApplication; never the learner's display.
    static int argc = 1;
    static char name[] = "catnet-reader";
    static char* argv[] = {name, nullptr};
    std::unique_ptr<QGuiApplication> app;
    if (!QCoreApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    QLoggingCategory::setFilterRules(QStringLiteral("qt.*.warning=false"));
    const PhotoDetail detail = arguments[1] == "preview" ? PhotoDetail::WithPreview : PhotoDetail::Pixels;
    for (std::size_t i = 2; i < arguments.size(); ++i) {
        const std::string bytes = record(QByteArray::fromStdString(arguments[i]), detail);
        out.write(bytes.data(), std::streamsize(bytes.size()));
        out.flush(); // each record as soon as it is known: the parent learns which photo came next
    }
    return out ? 0 : 1;
}

std::vector<PhotoReading> photoRecordsFromReply(std::string_view bytes, PhotoDetail detail) {
    std::vector<PhotoReading> readings;
    ByteReader in(bytes);
    try {
        while (!in.atEnd()) {
            PhotoReading reading;
            const char kind = in.get<char>();
            if (kind == 'E') {
                reading.problem = QString::fromStdString(in.getString());
                if (reading.problem.isEmpty())
                    break;
            } else if (kind == 'O') {
                const auto width = in.get<std::int32_t>(), height = in.get<std::int32_t>();
                const std::string pixels = in.getString();
                if (width < 1 || height < 1 || pixels.size() != std::size_t(kImageBytes))
                    break;
                reading.photo.decodedSize = QSize(width, height);
                reading.photo.pixels.assign(pixels.begin(), pixels.end());
                if (detail == PhotoDetail::WithPreview)
                    reading.photo.preview = getImage(in);
            } else {
                break;
            }
            readings.push_back(std::move(reading));
        }
    } catch (const std::runtime_error&) { // cut short: the records before it stand
    }
    return readings;
}

} // namespace catnet::ui
