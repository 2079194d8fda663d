#pragma once

#include <QImage>
#include <QSize>

#include <cstdint>
#include <vector>

namespace catnet::ui {

// A photo turned into what the network sees.
struct PhotoInput {
    QImage preview;                   // upright (EXIF applied), alpha composited on white,
                                      // at most kPreviewSide pixels a side; null when not asked for
    QSize decodedSize;                // the photo's own size, as decoded
    std::vector<std::uint8_t> pixels; // 64×64×3 network input, H, W, RGB
    QImage networkImage() const;      // `pixels` as a 64×64 image
};

// Photos larger than this many pixels are refused before decoding.
inline constexpr qint64 kMaxPhotoPixels = 100'000'000;

// The longest side of a preview: the window shows photos at 256 pixels.
inline constexpr int kPreviewSide = 1024;

} // namespace catnet::ui
