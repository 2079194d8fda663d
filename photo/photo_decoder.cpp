#include "photo/photo_decoder.h"

#include "engine/io/photo_resize.h"
#include "photo/qt_images.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QXmlStreamReader>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace catnet::ui {

namespace {
std::runtime_error problem(const QString& path, const QString& what) {
    return std::runtime_error(photoProblem(path, what).toStdString());
}
// Qt's SVG reader loads every <image href="..."> it meets, recursively and without a
// limit: an SVG naming itself crashes it, one naming a FIFO hangs it. So an SVG is
// decoded only when it is self-contained (references to its own parts, "#id", and
// embedded "data:" images only); what it refers to otherwise, empty when it is.
QString externalReferenceOf(const QByteArray& svg) {
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        for (const QXmlStreamAttribute& attribute : xml.attributes()) {
            if (attribute.name() != QLatin1String("href"))
                continue;
            const QString target = attribute.value().trimmed().toString();
            if (!target.startsWith('#') && !target.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
                return target;
        }
    }
    // What the check could not read, Qt's reader must not read either.
    return xml.hasError() ? QStringLiteral("not well-formed: %1").arg(xml.errorString()) : QString();
}

constexpr qint64 kMaxSvgBytes = 32 * 1024 * 1024;

} // namespace

QString photoProblem(const QString& path, const QString& what) {
    return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), what);
}

QString refusalBeforeOpening(const QByteArray& nativePath) {
    const QString path = QFile::decodeName(nativePath);
    struct stat status {};
    if (::stat(nativePath.constData(), &status) != 0) {
        const int error = errno;
        if (error == ELOOP)
            return photoProblem(path, QStringLiteral("a symbolic link that leads back to itself"));
        if (error == EACCES)
            return photoProblem(path, QStringLiteral("cannot be read: permission denied"));
        return photoProblem(path, QStringLiteral("no such file"));
    }
    if (S_ISDIR(status.st_mode))
        return photoProblem(path, QStringLiteral("is a folder; drop an image file"));
    if (!S_ISREG(status.st_mode))
        return photoProblem(path, QStringLiteral("is not a regular file (a FIFO, a device or a socket)"));
    if (status.st_size == 0)
        return photoProblem(path, QStringLiteral("the file is empty"));
    if (::access(nativePath.constData(), R_OK) != 0)
        return photoProblem(path, QStringLiteral("cannot be read: permission denied"));
    return {};
}

PhotoInput photoFromImage(const QImage& image) {
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        throw std::runtime_error("the image is empty");
    QImage rgb(image.size(), QImage::Format_RGB888);
    rgb.fill(Qt::white);
    {
        QPainter painter(&rgb); // composites any transparency on white
        painter.drawImage(0, 0, image);
    }
    PhotoInput input;
    input.decodedSize = rgb.size();
    input.preview = rgb.width() > kPreviewSide || rgb.height() > kPreviewSide
                        ? rgb.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                        : rgb;
    input.pixels = resizeToNetworkInput(rgb.constBits(), rgb.width(), rgb.height(), std::size_t(rgb.bytesPerLine()));
    return input;
}

PhotoInput decodePhotoFile(const QString& path) {
    return decodePhotoFile(QFile::encodeName(path));
}

PhotoInput decodePhotoFile(const QByteArray& nativePath) {
    if (const QString refusal = refusalBeforeOpening(nativePath); !refusal.isEmpty())
        throw std::runtime_error(refusal.toStdString());
    const QString path = QFile::decodeName(nativePath);
    QFile file;
    if (QFile::encodeName(path) == nativePath) {
        file.setFileName(path); // the name tells Qt the format of a file without a signature (TGA)
        if (!file.open(QIODevice::ReadOnly))
            throw problem(path, QStringLiteral("cannot be opened (%1)").arg(file.errorString()));
    } else { // a name Qt cannot spell: opened by its bytes, the format found from the content
        const int descriptor = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC);
        if (descriptor < 0 || !file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
            throw problem(path, QStringLiteral("cannot be opened (%1)").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    // Qt refuses to decode more than 128 MB by default: a 7000 × 5000 photo. The pixel
    // limit above is ours; the allocation limit only has to let it through (4 bytes a pixel).
    QImageReader::setAllocationLimit(int(kMaxPhotoPixels * 4 / (1024 * 1024)) + 1);
    QImageReader reader(&file);
    reader.setAutoTransform(true); // EXIF orientation: show the photo upright
    if (!reader.canRead())
        throw problem(path, QStringLiteral("not an image catnet can read (%1)").arg(reader.errorString()));
    // canRead() looked at the first bytes only; an SVG must be checked before Qt parses it.
    const QByteArray format = reader.format().toLower();
    if (format == "svgz")
        throw problem(path, QStringLiteral("a compressed SVG drawing; save it as .svg or as a PNG photo"));
    if (format == "svg") {
        if (file.size() > kMaxSvgBytes || !file.seek(0))
            throw problem(path, QStringLiteral("an SVG drawing catnet cannot read (larger than 32 MB or unreadable)"));
        const QByteArray svg = file.read(kMaxSvgBytes);
        if (const QString reference = externalReferenceOf(svg); !reference.isEmpty())
            throw problem(path, QStringLiteral("an SVG drawing catnet does not open: it refers to another file or is "
                                               "not well-formed (%1); catnet reads only self-contained drawings")
                                    .arg(reference.left(80)));
        QBuffer buffer; // decoded from the bytes checked, not from the file again
        buffer.setData(svg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader svgReader(&buffer, "svg");
        const QImage image = svgReader.read();
        if (image.isNull())
            throw problem(path, QStringLiteral("cannot be decoded (%1)").arg(svgReader.errorString()));
        return photoFromImage(image);
    }
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxPhotoPixels)
        throw problem(path, QStringLiteral("the image claims %1 × %2 pixels; at most %3 million are supported")
                                .arg(size.width()).arg(size.height()).arg(kMaxPhotoPixels / 1'000'000));
    const QImage image = reader.read();
    if (image.isNull())
        throw problem(path, QStringLiteral("cannot be decoded (%1)").arg(reader.errorString()));
    return photoFromImage(image);
}

} // namespace catnet::ui
