#include "ui/widgets/saliency_image.h"

#include "engine/io/dataset.h"

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
            const double v = largest > 0 ? perPixel[std::size_t(y * kImageWidth + x)] / largest : 0.0;
            const int fade = int(std::lround(255 * (1.0 - std::abs(v))));
            heat.setPixel(x, y, v >= 0 ? qRgb(255, fade, fade) : qRgb(fade, fade, 255));
        }
    return heat;
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
