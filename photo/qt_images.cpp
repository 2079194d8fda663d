#include "photo/qt_images.h"

#include "photo/photo_input.h"

namespace catnet::ui {

QImage imageFromNetworkInput(const std::uint8_t* pixels) {
    const QImage view(pixels, kImageWidth, kImageHeight, kImageWidth * kImageChannels, QImage::Format_RGB888);
    return view.copy();
}

QImage PhotoInput::networkImage() const {
    return imageFromNetworkInput(pixels.data());
}

QString className(const DataSplit& split, int label) {
    if (label >= 0 && std::size_t(label) < split.classes.size())
        return QString::fromStdString(split.classes[std::size_t(label)]);
    return label == 1 ? QStringLiteral("cat") : QStringLiteral("non-cat");
}

} // namespace catnet::ui
