#include "ui/core/photo_batch_reader.h"

#include "engine/io/photo_import.h"
#include "photo/photo_loader.h"

#include <QFileInfo>

#include <atomic>

namespace catnet::ui {

PhotoBatchReader::PhotoBatchReader(QObject* parent)
    : QObject(parent), job_(
                           [this](std::vector<BatchPredictionModel::Photo>& batch) {
                               read_ += int(batch.size());
                               emit photosRead(batch);
                           },
                           [this](const std::string&) { emit finished(read_, total_); }) {}

QStringList PhotoBatchReader::expand(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        for (const std::filesystem::path& file : filesInFolder(path.toStdString(), "photo"))
            files << QString::fromStdString(file.string());
    }
    return files;
}

void PhotoBatchReader::start(const QStringList& files) {
    read_ = 0;
    total_ = int(files.size());
    job_.start([files](std::stop_token stop, const auto& post) {
        // A reader process for each batch of photos, two at a time.
        std::atomic<qsizetype> next{0};
        const auto readSome = [&] {
            for (qsizetype first = next.fetch_add(kPhotosPerReader); first < files.size() && !stop.stop_requested();
                 first = next.fetch_add(kPhotosPerReader)) {
                const QStringList batch = files.mid(first, kPhotosPerReader);
                std::vector<PhotoReading> readings = readPhotos(batch, PhotoDetail::Pixels, stop);
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    BatchPredictionModel::Photo photo;
                    photo.path = batch[i];
                    photo.pixels = std::move(readings[std::size_t(i)].photo.pixels);
                    photo.problem = readings[std::size_t(i)].problem;
                    post(std::move(photo));
                }
            }
        };
        std::jthread helper(readSome);
        readSome();
    });
}

} // namespace catnet::ui
