#pragma once

#include "engine/io/photo_import.h"

#include <iosfwd>
#include <stop_token>
#include <string>
#include <vector>

namespace catnet::cli {

// catnet-import: folders of photos → train_catvnoncat.h5 and test_catvnoncat.h5 in the
// course's layout (see photo_import.h and dataset_writer.h). Exit codes as catnet-train's:
// 0 written, 1 a file problem or a refused import (an empty class, too few images),
// 2 arguments that make no sense, 130 stopped. The photo decoder is passed in (Qt's, by
// the program's main) so that this library stays free of Qt.
int runImportCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                     std::stop_token stop, const catnet::PhotoDecoder& decode);

} // namespace catnet::cli
