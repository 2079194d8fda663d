#pragma once

#include "engine/io/dataset.h"

#include <filesystem>
#include <optional>

namespace catnet::test {

// The folder with the real course files: $CATNET_DATA if set (CI sets it and then the
// files must be there), else the source tree's data/ folder. Never the working directory.
std::optional<std::filesystem::path> courseDataDirectory();

// True when CATNET_DATA is set: real-data tests must then run, not skip.
bool courseDataRequired();

// The real dataset, loaded once per test process.
const Dataset& courseDataset();

} // namespace catnet::test

// Skips the test when the real data is absent, or fails it when CATNET_DATA demands it.
#define CATNET_REQUIRE_COURSE_DATA()                                                          \
    do {                                                                                      \
        if (!catnet::test::courseDataDirectory()) {                                           \
            if (catnet::test::courseDataRequired())                                           \
                QFAIL("CATNET_DATA is set but does not hold the course's two .h5 files");     \
            QSKIP("real dataset not found: set CATNET_DATA or put the files in data/");       \
        }                                                                                     \
    } while (false)
