#pragma once

#include <chrono>
#include <cstdio>
#include <string>

namespace catnet::cli {

// What both benchmarks time and print with.
using BenchClock = std::chrono::steady_clock;

inline double secondsSince(BenchClock::time_point start) {
    return std::chrono::duration<double>(BenchClock::now() - start).count();
}

// One number through a printf pattern ("%.3f").
inline std::string formatted(const char* pattern, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

} // namespace catnet::cli
