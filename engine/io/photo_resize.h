#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace catnet {

// Resizes an RGB photo (8 bits per channel, rows of `bytesPerLine` bytes) to the
// network's 64×64×3 input, in the dataset's H, W, RGB byte order.
// The filter is Pillow's BILINEAR (a triangle filter whose support widens with the
// downscaling factor), the resampling the course's imresize used: plain bilinear when
// enlarging, antialiased when shrinking a large photo. Written here rather than taken
// from Qt (QImage::scaled's smooth mode is a plain bilinear that aliases large photos)
// or another Debian library, because none reproduces Pillow's filter, and the
// course's predictions depend on it. Throws std::invalid_argument for an empty image.
std::vector<std::uint8_t> resizeToNetworkInput(const std::uint8_t* rgb, int width, int height,
                                               std::size_t bytesPerLine);

} // namespace catnet
