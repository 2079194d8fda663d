#include "course_data.h"

#include <cstdlib>

namespace catnet::test {

bool courseDataRequired() {
    const char* fromEnvironment = std::getenv("CATNET_DATA");
    return fromEnvironment && *fromEnvironment;
}

std::optional<std::filesystem::path> courseDataDirectory() {
    if (courseDataRequired()) {
        const std::filesystem::path directory = std::getenv("CATNET_DATA");
        return holdsCourseFiles(directory) ? std::optional(directory) : std::nullopt;
    }
    const std::filesystem::path sourceData = CATNET_SOURCE_DATA_DIR;
    return holdsCourseFiles(sourceData) ? std::optional(sourceData) : std::nullopt;
}

const Dataset& courseDataset() {
    static const Dataset dataset = loadCourseDataset(courseDataDirectory().value());
    return dataset;
}

} // namespace catnet::test
