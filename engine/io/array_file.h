#pragma once

#include "engine/io/hdf5_support.h"
#include "engine/model/parameters.h"

#include <H5Cpp.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace catnet {

class AtomicWrite;

// An HDF5 file of named arrays for numpy (h5py) to read: what catnet-train writes for
// --inspect-iteration, --gradient-check and --saliency. Matrices are stored in numpy's
// row-major order with their (rows, columns) shape, as the course's arrays. Written to a
// temporary file and renamed by commit(), like a model. Throws FileError.
class ArrayFile {
public:
    explicit ArrayFile(const std::filesystem::path& file);
    ~ArrayFile();
    ArrayFile(const ArrayFile&) = delete;
    ArrayFile& operator=(const ArrayFile&) = delete;

    void matrix(const std::string& name, const Matrix& value);
    // `values` in row-major order for `shape` (empty: one scalar value).
    void array(const std::string& name, const std::vector<hsize_t>& shape, const double* values);
    // A one-dimensional array of integers (64-bit), such as iteration numbers.
    void integers(const std::string& name, const std::vector<long long>& values);
    void attribute(const std::string& name, double value);
    void attribute(const std::string& name, long long value);
    void commit();

private:
    template <typename Write>
    void guarded(const Write& write);

    std::filesystem::path path_;
    std::unique_ptr<AtomicWrite> write_;
    hdf5::Lock lock_;
    std::unique_ptr<H5::H5File> file_;
};

} // namespace catnet
