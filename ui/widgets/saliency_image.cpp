#include "ui/widgets/saliency_image.h"

#include "engine/io/dataset.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/colour_scales.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

QImage saliencyHeatMap(const Eigen::Ref<const Eigen::VectorXd>& saliency) {
    QImage heat(kImageWidth, kImageHeight, QImage::Format_RGB32);
    if (saliency.size() != kFeatureCount) {
        heat.fill(Qt::white);
        return heat;
    }
    std::vector<double> perPixel(std::size_t(kImageWidth * kImageHeight));
    double largest = 0;
    for (std::size_t p = 0; p < perPixel.size(); ++p) {
        const Eigen::Index first = Eigen::Index(p) * kImageChannels; // (row, column, channel) flatten order
        perPixel[p] = saliency(first) + saliency(first + 1) + saliency(first + 2);
        largest = std::max(largest, std::abs(perPixel[p]));
    }
    for (int y = 0; y < kImageHeight; ++y)
        for (int x = 0; x < kImageWidth; ++x) {
            heat.setPixel(x, y, diverging(largest > 0 ? perPixel[std::size_t(y * kImageWidth + x)] / largest : 0.0));
        }
    return heat;
}

ColourKey* newSaliencyKey(QWidget* parent) {
    auto* key = new ColourKey(parent);
    key->setScale([](double share) { return QColor(diverging(2.0 * share - 1.0)); });
    key->setCaption(
        QCoreApplication::translate("SaliencyKey", "Saliency, each picture to its own largest |d P(cat) / d pixel|"));
    key->setMarks({{0.0, QCoreApplication::translate("SaliencyKey", "lowers P(cat)")},
                   {0.5, QCoreApplication::translate("SaliencyKey", "no effect")},
                   {1.0, QCoreApplication::translate("SaliencyKey", "raises P(cat)")}});
    return key;
}

QImage blendOver(const QImage& photo, const QImage& heat, double share) {
    const QImage base = photo.convertToFormat(QImage::Format_RGB32);
    const QImage over = heat.scaled(base.size()).convertToFormat(QImage::Format_RGB32);
    QImage blended(base.size(), QImage::Format_RGB32);
    const double keep = 1.0 - std::clamp(share, 0.0, 1.0);
    for (int y = 0; y < base.height(); ++y)
        for (int x = 0; x < base.width(); ++x) {
            const QRgb a = base.pixel(x, y), b = over.pixel(x, y);
            const auto mix = [&](int p, int q) { return int(std::lround(keep * p + (1.0 - keep) * q)); };
            blended.setPixel(x, y, qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b))));
        }
    return blended;
}

} // namespace catnet::ui
