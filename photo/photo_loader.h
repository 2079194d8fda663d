#pragma once

#include <QImage>
#include <QString>

#include <cstdint>
#include <vector>

namespace catnet::ui {

// A photo turned into what the network sees.
struct PhotoInput {
    QImage original;                  // upright (EXIF applied), alpha composited on white
    std::vector<std::uint8_t> pixels; // 64×64×3 network input, H, W, RGB
    QImage networkImage() const;      // `pixels` as a 64×64 image
};

// Photos larger than this many pixels are refused before decoding.
inline constexpr qint64 kMaxPhotoPixels = 100'000'000;

// Reads any image Qt can decode: upright by EXIF, first frame of an animation,
// transparency composited on white, then resized to 64×64 (see resizeToNetworkInput).
// Throws std::runtime_error with a message for the learner.
PhotoInput loadPhoto(const QString& path);

// The same for an image already in memory.
PhotoInput photoFromImage(const QImage& image);

} // namespace catnet::ui
