#pragma once

// The model file's layout in any HDF5 group, for the files that hold it: a model file
// (its root, model_io.h) and a bundle of runs (one group per run, run_bundle.h).

#include "engine/io/model_io.h"

#include <H5Cpp.h>

#include <filesystem>
#include <string>

namespace catnet {

// Writes `parameters` and `description` into `group` as model_io.h describes a model
// file's root. The caller holds hdf5::lock() and turns H5::Exception into FileError.
void writeModelGroup(H5::Group& group, const Parameters& parameters, const SavedModel& description,
                     const SaveProgress& progress = {});

// Reads and checks a model from `group` of `file` (as loadModel does), every message
// opening with `where` ("the file 'x.h5'", "the file 'runs.h5', run 2"). The caller
// holds hdf5::lock(). Throws FileError, or H5::Exception for what HDF5 cannot read.
SavedModel readModelGroup(const H5::Group& group, const std::string& where, const std::filesystem::path& file,
                          bool allowNonFinite);

} // namespace catnet
