#pragma once

// Decoding in this process. Only the reader program (photo_hand_over.h) decodes files
// this way, and the camera its own frames: Qt's image plugins are not hardened against
// hostile files, so everything else reads photos through loadPhoto / readPhotos.

#include "photo/photo_input.h"

#include <QString>

namespace catnet::ui {

// Reads any image Qt can decode: upright by EXIF, first frame of an animation,
// transparency composited on white, then resized to 64×64 (see resizeToNetworkInput).
// Throws std::runtime_error with a message for the learner.
// `nativePath` is the name as the file system stores it: any bytes, not always UTF-8
// (a name from an old camera or archive), which a QString cannot carry.
PhotoInput decodePhotoFile(const QByteArray& nativePath);
PhotoInput decodePhotoFile(const QString& path);

// The same for an image already in memory.
PhotoInput photoFromImage(const QImage& image);

// "name: what": how every problem with a photo is worded.
QString photoProblem(const QString& path, const QString& what);

// Why `path` cannot be a photo, from its folder entry alone (opening a FIFO would wait
// for ever); empty when it may be one.
QString refusalBeforeOpening(const QByteArray& nativePath);

} // namespace catnet::ui
