#pragma once

#include <stdexcept>

namespace catnet {

// A file that cannot be read or written as expected; the message names the file,
// the object and what was expected vs found. Its own header, so that code catching it
// (the UI, the CLI) does not pull in the HDF5 headers.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace catnet
