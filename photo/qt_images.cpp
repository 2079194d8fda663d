#include "photo/qt_images.h"

#include "photo/photo_input.h"

#include <QCoreApplication>

namespace catnet::ui {

QImage imageFromNetworkInput(const std::uint8_t* pixels) {
    const QImage view(pixels, kImageWidth, kImageHeight, kImageWidth * kImageChannels, QImage::Format_RGB888);
    return view.copy();
}

QImage PhotoInput::networkImage() const {
    return imageFromNetworkInput(pixels.data());
}

QString className(const DataSplit& split, int label) {
    const std::string name = label >= 0 && std::size_t(label) < split.classes.size()
                                 ? split.classes[std::size_t(label)]
                                 : (label == 1 ? "cat" : "non-cat");
    // The course's two names in the learner's language; a data set's own names as they are.
    if (name == "cat")
        return QCoreApplication::translate("catnet", "cat");
    if (name == "non-cat")
        return QCoreApplication::translate("catnet", "non-cat");
    return QString::fromStdString(name);
}

} // namespace catnet::ui
