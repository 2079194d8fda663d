#include "engine/io/library_versions.h"

#include <Eigen/Core>
#include <H5public.h>

namespace catnet {

std::string engineLibraryVersions() {
    unsigned major = 0, minor = 0, release = 0;
    H5get_libversion(&major, &minor, &release);
    return "Eigen " + std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "." +
           std::to_string(EIGEN_MINOR_VERSION) + ", HDF5 " + std::to_string(major) + "." +
           std::to_string(minor) + "." + std::to_string(release);
}

} // namespace catnet
