#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace catnet {

// An 8-bit RGB image as a PNG file's bytes, without compression (stored deflate blocks):
// small pictures (64×64) for a report that must hold them itself, without Qt or zlib.
// `rgb` holds width × height × 3 bytes, row by row.
std::string encodePng(const std::vector<std::uint8_t>& rgb, int width, int height);

// The bytes as base64, for a data: URI.
std::string base64(const std::string& bytes);

} // namespace catnet
