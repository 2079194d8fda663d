#pragma once

// Photos are parsed like HDF5 files (engine/io/isolated_reader.h): by the reader
// program, which decodes them with Qt's image plugins and hands back only pixels. A
// plugin that crashes or hangs on a hostile file (an SVG naming itself or a FIFO, a
// decoder bug) ends that process, not catnet. The reader answers photo after photo,
// one record each, so that the parent knows which photo it was on when it died.
//
//   catnet-reader photos pixels|preview FILE...
//   → per file: 'O' decodedWidth decodedHeight pixels [previewWidth previewHeight rgb]
//             | 'E' message

#include "photo/photo_input.h"

#include <QString>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace catnet::ui {

enum class PhotoDetail { Pixels, WithPreview };

// One photo as read: its input, or why not.
struct PhotoReading {
    PhotoInput photo;
    QString problem; // empty when it was read
    bool ok() const { return problem.isEmpty(); }
};

// The reader program's side: decodes each file named and writes its record to `out`.
int runPhotoReader(const std::vector<std::string>& arguments, std::ostream& out);

// The parent's side: the complete records at the start of `bytes`, each checked
// (a record cut short by a crash, or one that does not hold together, ends the list).
std::vector<PhotoReading> photoRecordsFromReply(std::string_view bytes, PhotoDetail detail);

} // namespace catnet::ui
