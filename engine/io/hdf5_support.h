#pragma once

// Small helpers around the HDF5 C++ API shared by the dataset and model readers:
// HDF5 never prints, every call holds one lock (Debian's HDF5 is not thread-safe),
// and its failures become FileError messages that carry the cause from its error stack.

#include "engine/io/file_error.h"

#include <H5Cpp.h>

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

namespace catnet {

namespace hdf5 {

// Held for the whole of any HDF5 use: one use at a time. The first also turns HDF5's
// own error printing off. Letting go clears this thread's HDF5 error stack: a failure
// left on a worker thread's stack keeps HDF5 from closing at exit ("HDF5: infinite
// loop closing library").
class Lock {
public:
    Lock();
    ~Lock();
    Lock(Lock&&) = default;
    Lock& operator=(Lock&&) = default;

private:
    std::unique_lock<std::mutex> guard_;
};
Lock lock();

// The innermost messages of HDF5's current error stack ("" if empty).
std::string errorCause();
// Why writing `file` failed, for "cannot save it (CAUSE)": "no space left on the
// device" when its disk is full (HDF5's stack then says only "write failed" or
// nothing), else the error stack's cause, else "write failed".
std::string writeFailureCause(const std::filesystem::path& file);
// Whether any message on HDF5's error stack contains `text`.
bool errorStackMentions(const std::string& text);

// "the file 'x.h5'" style prefix used in every message.
std::string describe(const std::filesystem::path& file);

// Throws FileError unless `file` is an existing, readable HDF5 file.
void checkReadableHdf5(const std::filesystem::path& file);

// Opens `file` read-only (after checkReadableHdf5).
H5::H5File openForReading(const std::filesystem::path& file);

// Names of the objects in a group (a file's root), for "found: a, b, c" messages.
std::vector<std::string> memberNames(const H5::Group& group);

// HDF5 follows an external link into another file whenever the object is looked at
// (even for its type): a link to a FIFO blocks there, and a chain of them (A → B → FIFO)
// stalls every read. catnet reads only objects at the root (or a bundle's run groups), and
// writes every one of them into the file itself; so every link there must be a hard link:
// an external or soft link is refused, as `where` (openForReading checks the root).
void checkLinksAreHard(const H5::Group& group, const std::string& where);

// Refuses a dataset whose values are not really in the file before anything is
// allocated for them: never written (HDF5 would return its fill value, zeros), a
// virtual dataset whose source file is missing, contiguous storage smaller than its
// shape claims, or a compression filter this HDF5 lacks (LZF, from h5py). Returns a
// problem for the caller's message ("" when the data is there).
std::string storedDataProblem(const H5::DataSet& dataset, const std::filesystem::path& file,
                              std::uint64_t expectedBytes);

// Current dimensions of a dataset's dataspace.
std::vector<hsize_t> shapeOf(const H5::DataSet& dataset);
std::string formatShape(const std::vector<hsize_t>& shape);

// True when a dataset or attribute holds numbers of `kind` no wider than 16 bytes. A damaged
// header can claim a 4 GB float, and HDF5 would allocate a conversion buffer of that size per
// value before reading a byte.
bool holdsNumbers(const H5::AbstractDs& object, H5T_class_t kind);

// "unsigned 8-bit integer", "64-bit float", "string", ... for messages.
std::string describeType(const H5::DataType& type);

} // namespace hdf5
} // namespace catnet
