#include "photo/photo_loader.h"

#include "engine/io/photo_resize.h"
#include "photo/qt_images.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

#include <stdexcept>

namespace catnet::ui {

namespace {
std::runtime_error problem(const QString& path, const QString& what) {
    return std::runtime_error(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), what).toStdString());
}
} // namespace

QImage PhotoInput::networkImage() const {
    return imageFromNetworkInput(pixels.data());
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
    input.original = rgb;
    input.pixels = resizeToNetworkInput(rgb.constBits(), rgb.width(), rgb.height(), std::size_t(rgb.bytesPerLine()));
    return input;
}

PhotoInput loadPhoto(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        throw problem(path, QStringLiteral("no such file"));
    if (info.isDir())
        throw problem(path, QStringLiteral("is a folder; drop an image file"));
    if (info.size() == 0)
        throw problem(path, QStringLiteral("the file is empty"));
    QImageReader reader(path);
    reader.setAutoTransform(true); // EXIF orientation: show the photo upright
    if (!reader.canRead())
        throw problem(path, QStringLiteral("not an image catnet can read (%1)").arg(reader.errorString()));
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
