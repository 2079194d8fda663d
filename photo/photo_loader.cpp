#include "photo/photo_loader.h"

#include "engine/io/child_process.h"
#include "photo/photo_decoder.h"

#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace catnet::ui {

namespace {

// Why the reader ended without answering for `path`.
QString whyNoAnswer(const QString& path, const ChildResult& child, const ReaderProgram& program) {
    if (child.stopped)
        return photoProblem(path, QStringLiteral("reading it was stopped"));
    if (child.timedOut)
        return photoProblem(path, QStringLiteral("decoding it took longer than %1 s, so it was given up (does it refer to "
                                            "a FIFO or a network drive?)")
                                 .arg(std::chrono::duration_cast<std::chrono::seconds>(program.limit).count()));
    if (child.signal != 0)
        return photoProblem(path, QStringLiteral("the image decoder crashed on it (signal %1); the file is damaged or not "
                                            "what it claims to be")
                                 .arg(child.signal));
    return photoProblem(path, QStringLiteral("the reader program gave no answer for it (exit code %1)").arg(child.exitCode));
}

} // namespace

std::vector<PhotoReading> readPhotos(const QStringList& paths, PhotoDetail detail, std::stop_token stop,
                                     const ReaderProgram& program) {
    std::vector<QByteArray> nativePaths;
    for (const QString& path : paths)
        nativePaths.push_back(QFile::encodeName(path));
    return readPhotos(nativePaths, detail, stop, program);
}

std::vector<PhotoReading> readPhotos(const std::vector<QByteArray>& nativePaths, PhotoDetail detail,
                                     std::stop_token stop, const ReaderProgram& program) {
    QStringList paths; // as the messages show them: bytes that are not UTF-8 as U+FFFD
    for (const QByteArray& nativePath : nativePaths)
        paths << QFile::decodeName(nativePath);
    std::vector<PhotoReading> readings(nativePaths.size());
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < readings.size(); ++i) {
        readings[i].problem = refusalBeforeOpening(nativePaths[i]);
        if (readings[i].ok())
            pending.push_back(i);
    }
    std::size_t next = 0;
    while (next < pending.size()) {
        if (stop.stop_requested()) {
            for (; next < pending.size(); ++next)
                readings[pending[next]].problem = photoProblem(paths[qsizetype(pending[next])], QStringLiteral("reading it was stopped"));
            break;
        }
        const std::size_t count = std::min<std::size_t>(kPhotosPerReader, pending.size() - next);
        std::vector<std::string> request = {"photos", detail == PhotoDetail::WithPreview ? "preview" : "pixels"};
        for (std::size_t k = 0; k < count; ++k)
            request.push_back(nativePaths[pending[next + k]].toStdString());
        ChildResult child;
        try {
            child = runChildProcess(program.path, request, program.limit, stop, LimitRestarts::OnOutput);
        } catch (const std::exception& e) { // the reader cannot start: no photo can be read
            for (; next < pending.size(); ++next)
                readings[pending[next]].problem = photoProblem(paths[qsizetype(pending[next])], QString::fromStdString(e.what()));
            break;
        }
        std::vector<PhotoReading> answered = photoRecordsFromReply(child.output, detail);
        answered.resize(std::min(answered.size(), count));
        for (PhotoReading& reading : answered)
            readings[pending[next++]] = std::move(reading);
        if (answered.size() < count) { // it ended on this photo
            readings[pending[next]].problem = whyNoAnswer(paths[qsizetype(pending[next])], child, program);
            ++next;
        }
    }
    return readings;
}

PhotoInput loadPhoto(const QString& path, std::stop_token stop) {
    std::vector<PhotoReading> readings = readPhotos({path}, PhotoDetail::WithPreview, stop);
    if (!readings.front().ok())
        throw std::runtime_error(readings.front().problem.toStdString());
    return std::move(readings.front().photo);
}

PhotoDecoder photoDecoder() {
    return [](const std::vector<std::filesystem::path>& files, std::stop_token stop) {
        std::vector<QByteArray> nativePaths;
        for (const std::filesystem::path& file : files)
            nativePaths.push_back(QByteArray::fromStdString(file.string()));
        std::vector<DecodedPhoto> decoded;
        for (PhotoReading& reading : readPhotos(nativePaths, PhotoDetail::Pixels, stop))
            decoded.push_back({std::move(reading.photo.pixels), reading.problem.toStdString()});
        return decoded;
    };
}

} // namespace catnet::ui
