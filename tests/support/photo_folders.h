#pragma once

#include <QImage>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace catnet::test {

// A picture that differs with `seed`, drawn at `size`: a disc ("cat") or a box.
QImage drawing(int seed, QSize size, bool round);

// Folders of photos for an import, in a temporary folder: cat/ with five pictures
// (PNG, JPEG, BMP; 37×90 to 640×480), a copy of the first under another name and a PNG
// cut short; non-cat/ with five pictures and a text file.
struct PhotoFolders {
    QTemporaryDir root;
    QString cats, nonCats;
    QStringList readable; // every file an import should store
    QString broken, notAnImage, duplicate;
};
std::unique_ptr<PhotoFolders> makePhotoFolders();

} // namespace catnet::test
