#pragma once

// One table of names per enum. The same words go into model files, the JSON report,
// catnet-train's flags and the window, and are parsed back from all of them.
// An enum opts in by specialising EnumNames with a `table` of {value, name} pairs.

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace catnet {

template <typename Enum>
struct EnumNames; // static constexpr std::array<std::pair<Enum, std::string_view>, N> table;

template <typename Enum>
constexpr std::string_view nameOf(Enum value) {
    for (const auto& [entry, name] : EnumNames<Enum>::table)
        if (entry == value)
            return name;
    return {};
}

template <typename Enum>
constexpr std::optional<Enum> parseName(std::string_view name) {
    for (const auto& [entry, entryName] : EnumNames<Enum>::table)
        if (entryName == name)
            return entry;
    return std::nullopt;
}

// "small, lecun, he" (with `separator`), for help texts and messages.
template <typename Enum>
std::string nameList(std::string_view separator = ", ") {
    std::string list;
    for (const auto& [entry, name] : EnumNames<Enum>::table) {
        if (!list.empty())
            list += separator;
        list += name;
    }
    return list;
}

} // namespace catnet
