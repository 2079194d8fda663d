#pragma once

#include <string>

namespace catnet {

// "Eigen 3.4.0, HDF5 1.10.8": the numeric libraries the engine was built with.
std::string engineLibraryVersions();

} // namespace catnet
