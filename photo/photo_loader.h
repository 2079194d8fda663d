#pragma once

// Reading a learner's photos: every file is decoded by the reader program, never in
// this process (photo_hand_over.h), within a time limit for each photo.

#include "engine/io/isolated_reader.h"
#include "engine/io/photo_import.h"
#include "photo/photo_hand_over.h"

#include <QStringList>

#include <stop_token>

namespace catnet::ui {

// Reads `paths` in order, in a reader process that answers for up to kPhotosPerReader
// of them: a photo that crashes it or takes longer than `program.limit` is refused with
// a one-line reason, and the photos after it are read by a new reader. One reading a
// path, `problem` set for each unreadable or stopped one.
std::vector<PhotoReading> readPhotos(const QStringList& paths, PhotoDetail detail, std::stop_token stop = {},
                                     const ReaderProgram& program = {});
// The same for names as the file system stores them (any bytes, not always UTF-8).
std::vector<PhotoReading> readPhotos(const std::vector<QByteArray>& nativePaths, PhotoDetail detail,
                                     std::stop_token stop = {}, const ReaderProgram& program = {});
inline constexpr int kPhotosPerReader = 32;

// One photo with its preview; throws std::runtime_error with the reason.
PhotoInput loadPhoto(const QString& path, std::stop_token stop = {});

// readPhotos as the engine's import and catnet-train take it.
PhotoDecoder photoDecoder();

} // namespace catnet::ui
