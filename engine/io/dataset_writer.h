#pragma once

#include "engine/io/dataset.h"

#include <filesystem>

namespace catnet {

// Writes a data set in the course's layout, so that h5py and the course's own
// load_data() read it unchanged: in train_catvnoncat.h5 `train_set_x` uint8
// (m, 64, 64, 3), `train_set_y` int64 (m,) of 0/1, `list_classes` |S7
// [b'non-cat', b'cat']; test_catvnoncat.h5 likewise with `test_set_x`, `test_set_y`.
// Only each split's `pixels` and `Y` are read. Both files are written to temporaries
// beside their targets and renamed into place only once both are complete, so a failed
// write leaves the folder as it was. Throws FileError naming the file and the reason.
void saveCourseDataset(const std::filesystem::path& directory, const Dataset& data);

} // namespace catnet
