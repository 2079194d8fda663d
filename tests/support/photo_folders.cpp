#include "photo_folders.h"

#include <QDir>
#include <QFile>
#include <QPainter>

namespace catnet::test {

QImage drawing(int seed, QSize size, bool round) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 120, 200));
    QPainter painter(&image);
    painter.setBrush(QColor::fromHsv((seed * 91 + 30) % 360, 200, 120));
    const QRect shape(size.width() / 4, size.height() / 4, size.width() / 2, size.height() / 2);
    if (round)
        painter.drawEllipse(shape);
    else
        painter.drawRect(shape);
    return image;
}

std::unique_ptr<PhotoFolders> makePhotoFolders() {
    auto folders = std::make_unique<PhotoFolders>();
    QDir(folders->root.path()).mkpath("cat");
    QDir(folders->root.path()).mkpath("non-cat");
    folders->cats = folders->root.filePath("cat");
    folders->nonCats = folders->root.filePath("non-cat");
    const char* formats[] = {"PNG", "JPG", "BMP", "PNG", "JPG"};
    const QSize sizes[] = {{64, 64}, {300, 200}, {37, 90}, {640, 480}, {128, 128}};
    for (int i = 0; i < 5; ++i) {
        const QString cat = QStringLiteral("%1/cat-%2.%3").arg(folders->cats).arg(i).arg(QString(formats[i]).toLower());
        const QString other =
            QStringLiteral("%1/thing-%2.%3").arg(folders->nonCats).arg(i).arg(QString(formats[4 - i]).toLower());
        drawing(i, sizes[i], true).save(cat, formats[i]);
        drawing(i + 10, sizes[4 - i], false).save(other, formats[4 - i]);
        folders->readable << cat << other;
    }
    // A duplicate: the first cat again under another name.
    folders->duplicate = folders->cats + "/cat-0-copy.png";
    QFile::copy(folders->cats + "/cat-0.png", folders->duplicate);
    folders->readable << folders->duplicate;
    // A PNG cut short, and a text file.
    folders->broken = folders->cats + "/broken.png";
    QFile source(folders->cats + "/cat-3.png");
    source.open(QIODevice::ReadOnly);
    QFile broken(folders->broken);
    broken.open(QIODevice::WriteOnly);
    broken.write(source.read(source.size() / 3));
    broken.close();
    folders->notAnImage = folders->nonCats + "/notes.txt";
    QFile notes(folders->notAnImage);
    notes.open(QIODevice::WriteOnly);
    notes.write("not a photo\n");
    notes.close();
    return folders;
}

} // namespace catnet::test
