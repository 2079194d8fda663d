// Photos for prediction: every kind of odd or broken file gives a 64×64 input or a
// clear message, never a crash or a huge allocation. Files are written by the test.
#include "photo/photo_decoder.h"
#include "photo/photo_loader.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/stat.h>
#include <jpeglib.h>

using catnet::ui::PhotoInput;
using catnet::ui::loadPhoto;

namespace {

QByteArray encoded(const QImage& image, const char* format, int quality = -1) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QImage halves(int width, int height, QColor left, QColor right) {
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height, left);
    painter.fillRect(width / 2, 0, width - width / 2, height, right);
    return image;
}

// A minimal EXIF APP1 segment with Orientation = `orientation`, placed after SOI.
QByteArray withExifOrientation(QByteArray jpeg, quint16 orientation) {
    QByteArray exif("\xFF\xE1\x00\x22" "Exif\x00\x00" "MM\x00\x2A\x00\x00\x00\x08"
                    "\x00\x01" "\x01\x12\x00\x03\x00\x00\x00\x01", 28);
    exif.append(char(orientation >> 8)).append(char(orientation & 0xFF)).append("\x00\x00", 2);
    exif.append("\x00\x00\x00\x00", 4); // no next IFD
    jpeg.insert(2, exif);
    return jpeg;
}

// Two 1×1 frames, red then blue: an animated GIF written by hand.
QByteArray twoFrameGif() {
    QByteArray gif("GIF89a\x01\x00\x01\x00\x80\x00\x00" "\xFF\x00\x00" "\x00\x00\xFF", 19);
    for (char code : {char(0x44), char(0x4C)}) { // CLEAR, pixel 0 (or 1), END as 3-bit codes
        gif.append("\x21\xF9\x04\x00\x0A\x00\x00\x00", 8);
        gif.append("\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00", 10);
        gif.append("\x02\x02", 2).append(code).append("\x01\x00", 2);
    }
    return gif.append('\x3B');
}

// A PNG whose header claims width × height, with no image data behind it.
QByteArray pngHeaderClaiming(quint32 width, quint32 height) {
    QByteArray png = encoded(QImage(1, 1, QImage::Format_RGB32), "PNG");
    // IHDR's width and height sit at bytes 16..23; its CRC follows the 13 data bytes.
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = char(width >> (24 - 8 * i));
        png[20 + i] = char(height >> (24 - 8 * i));
    }
    quint32 crc = 0xFFFFFFFFu;
    for (int i = 12; i < 12 + 4 + 13; ++i) {
        crc ^= quint8(png[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xFFFFFFFFu;
    for (int i = 0; i < 4; ++i)
        png[29 + i] = char(crc >> (24 - 8 * i));
    return png;
}

// A CMYK JPEG (as print workflows and some cameras write), via libjpeg: Qt cannot write one.
// Every pixel is C=0, M=255, Y=255, K=0 in Adobe's inverted convention, i.e. red.
QByteArray cmykJpeg(int width, int height) {
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(width);
    info.image_height = JDIMENSION(height);
    info.input_components = 4;
    info.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&info);
    jpeg_set_colorspace(&info, JCS_YCCK);
    info.write_Adobe_marker = TRUE; // readers then know the values are inverted
    jpeg_start_compress(&info, TRUE);
    std::vector<unsigned char> row(std::size_t(width) * 4);
    for (int x = 0; x < width; ++x) {
        row[std::size_t(x) * 4 + 0] = 255; // inverted C = 0
        row[std::size_t(x) * 4 + 1] = 0;   // inverted M = 255
        row[std::size_t(x) * 4 + 2] = 0;   // inverted Y = 255
        row[std::size_t(x) * 4 + 3] = 255; // inverted K = 0
    }
    while (info.next_scanline < info.image_height) {
        JSAMPROW rows[1] = {row.data()};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    QByteArray bytes(reinterpret_cast<const char*>(buffer), qsizetype(size));
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return bytes;
}

QColor centre(const PhotoInput& input) {
    return input.networkImage().pixelColor(32, 32);
}

} // namespace

class TestPhotoInput : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = dir_.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    void expectError(const QString& path, const QString& fragment) {
        try {
            loadPhoto(path);
            QFAIL(qPrintable("accepted " + path));
        } catch (const std::runtime_error& e) {
            QVERIFY2(QString(e.what()).contains(fragment), e.what());
        }
    }

private slots:
    void refusesWhatIsNotAPhoto() {
        expectError(write("empty.png", {}), "the file is empty");
        expectError(write("notes.jpg", "this is text, not a JPEG\n"), "not an image");
        expectError(write("random.png", QByteArray(4096, '\x5A')), "not an image");
        expectError(dir_.filePath("missing.png"), "no such file");
        expectError(dir_.path(), "is a folder");
    }

    // Qt's SVG reader follows <image href> without end: a drawing naming itself crashed
    // it, one naming a FIFO hung it. Such drawings are refused before Qt parses them.
    void anSvgReferringToAnotherFileIsRefusedBeforeDecoding() {
        const QByteArray head = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"64\" height=\"64\">";
        expectError(write("self.svg", head + "<image xlink:href=\"self.svg\" width=\"64\" height=\"64\"/></svg>"),
                    "refers to another file or is not well-formed (self.svg)");
        const QString fifo = dir_.filePath("pipe");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        expectError(write("fifo.svg", head + "<image href=\"" + QFile::encodeName(fifo) + "\" width=\"9\" height=\"9\"/></svg>"),
                    "refers to another file");
        expectError(write("use.svg", head + "<use xlink:href=\"other.svg#shape\"/></svg>"), "(other.svg#shape)");
        expectError(write("broken.svg", head + "<image xlink:href=\"a.svg\""), "not well-formed");
        expectError(write("packed.svgz", QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(64, '\0')), "a compressed SVG drawing");
        // A FIFO given as the photo itself is refused without waiting for a writer.
        expectError(fifo, "is not a regular file (a FIFO, a device or a socket)");
    }

    void aSelfContainedSvgIsDrawn() {
        // Half red, half blue, with an embedded data: image and a reference to its own part.
        const QByteArray dot = encoded(halves(2, 2, Qt::blue, Qt::blue), "PNG").toBase64();
        const QString path = write("drawing.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            "width=\"64\" height=\"64\"><defs><rect id=\"left\" width=\"32\" height=\"64\" fill=\"#ff0000\"/></defs>"
            "<use xlink:href=\"#left\"/><image x=\"32\" width=\"32\" height=\"64\" preserveAspectRatio=\"none\" "
            "xlink:href=\"data:image/png;base64," + dot + "\"/></svg>");
        const PhotoInput input = loadPhoto(path);
        QCOMPARE(input.pixels.size(), std::size_t(64 * 64 * 3));
        const auto pixel = [&](int row, int column) {
            const std::size_t at = std::size_t(row * 64 + column) * 3;
            return QColor(input.pixels[at], input.pixels[at + 1], input.pixels[at + 2]);
        };
        QCOMPARE(pixel(32, 8), QColor(255, 0, 0));
        QCOMPARE(pixel(32, 56), QColor(0, 0, 255));
    }

    // Qt's default 128 MB allocation limit refused ordinary large photos.
    void aLargeCameraPhotoIsRead() {
        QImage photo(7000, 5000, QImage::Format_RGB32);
        photo.fill(QColor(200, 40, 40));
        const PhotoInput input = loadPhoto(write("camera.jpg", encoded(photo, "JPEG", 80)));
        QCOMPARE(input.decodedSize, QSize(7000, 5000));
        QCOMPARE(input.preview.size(), QSize(1024, 731)); // what the window shows, not 105 MB
        QVERIFY(std::abs(int(input.pixels[0]) - 200) <= 3);
    }

    void refusesAHugeClaimWithoutAllocating() {
        expectError(write("huge.png", pngHeaderClaiming(50000, 50000)), "claims 50000 × 50000 pixels");
    }

    void truncatedFilesGiveAMessageOrWhatWasDecoded() {
        // A truncated PNG cannot be decoded; a truncated JPEG decodes its first rows
        // (libjpeg fills the rest with grey). Either way: a message or a full 64×64 input.
        const QByteArray png = encoded(halves(200, 100, Qt::red, Qt::blue), "PNG");
        const QByteArray jpeg = encoded(halves(200, 100, Qt::red, Qt::blue), "JPEG", 90);
        for (const auto& [name, bytes] : {std::pair{QString("cut.png"), png}, std::pair{QString("cut.jpg"), jpeg}}) {
            const QString path = write(name, bytes.left(bytes.size() / 2));
            try {
                const PhotoInput input = loadPhoto(path);
                QCOMPARE(input.pixels.size(), std::size_t(64 * 64 * 3));
            } catch (const std::runtime_error& e) {
                QVERIFY2(QString(e.what()).contains(name), e.what());
            }
        }
    }

    void oneByOnePixel() {
        QImage dot(1, 1, QImage::Format_RGB32);
        dot.fill(QColor(10, 200, 30));
        const PhotoInput input = loadPhoto(write("dot.png", encoded(dot, "PNG")));
        QCOMPARE(input.networkImage().pixelColor(0, 0), QColor(10, 200, 30));
        QCOMPARE(input.networkImage().pixelColor(63, 63), QColor(10, 200, 30));
    }

    void grayscalePaletteAndSixteenBit() {
        QImage gray(80, 80, QImage::Format_Grayscale8);
        gray.fill(90);
        QCOMPARE(centre(loadPhoto(write("gray.png", encoded(gray, "PNG")))), QColor(90, 90, 90));

        QImage palette(80, 80, QImage::Format_Indexed8);
        palette.setColorTable({qRgb(250, 20, 20), qRgb(0, 0, 0)});
        palette.fill(0);
        QCOMPARE(centre(loadPhoto(write("palette.png", encoded(palette, "PNG")))), QColor(250, 20, 20));

        QImage deep(80, 80, QImage::Format_RGBX64);
        deep.fill(QColor::fromRgba64(qRgba64(0x8000, 0x4000, 0xFFFF, 0xFFFF)));
        const QColor c = centre(loadPhoto(write("deep.png", encoded(deep, "PNG"))));
        QVERIFY(std::abs(c.red() - 128) <= 1 && std::abs(c.green() - 64) <= 1 && c.blue() == 255);
    }

    void alphaIsCompositedOnWhite() {
        QImage half(40, 40, QImage::Format_ARGB32);
        half.fill(QColor(0, 0, 0, 0));
        QCOMPARE(centre(loadPhoto(write("clear.png", encoded(half, "PNG")))), QColor(Qt::white));
    }

    void exifRotatedJpegIsShownUpright() {
        // Stored 64×32, left half red; orientation 6 means "rotate 90° clockwise to view",
        // so the photo is 32×64 with red on top.
        const QByteArray jpeg = withExifOrientation(encoded(halves(64, 32, Qt::red, Qt::blue), "JPEG", 95), 6);
        const PhotoInput input = loadPhoto(write("rotated.jpg", jpeg));
        QCOMPARE(input.preview.size(), QSize(32, 64));
        const QColor top = input.preview.pixelColor(16, 8), bottom = input.preview.pixelColor(16, 56);
        QVERIFY2(top.red() > 200 && top.blue() < 60, qPrintable(top.name()));
        QVERIFY2(bottom.blue() > 200 && bottom.red() < 60, qPrintable(bottom.name()));
    }

    void cmykJpegIsConvertedToRgb() {
        const PhotoInput input = loadPhoto(write("cmyk.jpg", cmykJpeg(48, 48)));
        const QColor c = centre(input);
        QVERIFY2(c.red() > 200 && c.green() < 60 && c.blue() < 60, qPrintable(c.name()));
    }

    void animatedGifGivesItsFirstFrame() {
        const PhotoInput input = loadPhoto(write("blink.gif", twoFrameGif()));
        QCOMPARE(centre(input), QColor(255, 0, 0));
    }

    void largePhotoIsAveragedNotAliased() {
        // Fine stripes one pixel wide: a point-sampling resize would give pure black or
        // white; the widened triangle filter averages them to grey.
        QImage stripes(1280, 1280, QImage::Format_RGB32);
        for (int x = 0; x < 1280; ++x)
            for (int y = 0; y < 1280; ++y)
                stripes.setPixelColor(x, y, x % 2 ? Qt::white : Qt::black);
        const QColor c = centre(catnet::ui::photoFromImage(stripes));
        QVERIFY2(std::abs(c.red() - 128) <= 3, qPrintable(c.name()));
    }
};

QTEST_MAIN(TestPhotoInput)
#include "tst_photo_input.moc"
