#pragma once

#include "engine/io/photo_import.h"

#include <functional>

namespace catnet::test {

// A PhotoDecoder from a stand-in that decodes one file (or throws why it cannot).
inline PhotoDecoder eachPhoto(std::function<std::vector<std::uint8_t>(const std::filesystem::path&)> decodeOne) {
    return [decodeOne = std::move(decodeOne)](const std::vector<std::filesystem::path>& files, std::stop_token) {
        std::vector<DecodedPhoto> decoded;
        for (const std::filesystem::path& file : files) {
            try {
                decoded.push_back({decodeOne(file), {}});
            } catch (const std::exception& e) {
                decoded.push_back({{}, e.what()});
            }
        }
        return decoded;
    };
}

} // namespace catnet::test
