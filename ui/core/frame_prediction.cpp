#include "ui/core/frame_prediction.h"

#include "engine/io/dataset.h"
#include "engine/model/metrics.h"
#include "photo/photo_decoder.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <stdexcept>

namespace catnet::ui {

FramePrediction predictFrame(const QImage& frame, const Parameters* parameters) {
    const PhotoInput photo = photoFromImage(frame);
    FramePrediction prediction{photo.networkImage(), std::nullopt};
    if (parameters && !parameters->W.empty() && parameters->W.front().cols() == kFeatureCount)
        prediction.probability = predictProbabilities(*parameters, featuresFromPixels(photo.pixels.data(), 1))(0);
    return prediction;
}

QString saveCapturedFrame(const QImage& frame, const QString& folder) {
    if (frame.isNull())
        throw std::runtime_error(QObject::tr("There is no picture to capture yet.").toStdString());
    if (folder.isEmpty())
        throw std::runtime_error(QObject::tr("Choose a folder to capture into first.").toStdString());
    if (!QDir().mkpath(folder))
        throw std::runtime_error(
            QObject::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)).toStdString());
    const QString stem = "camera-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss-zzz");
    QString path = QDir(folder).filePath(stem + ".png");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QString("%1-%2.png").arg(stem).arg(n));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !frame.save(&file, "PNG") || !file.commit())
        throw std::runtime_error(QObject::tr("Cannot save the picture in %1: %2")
                                     .arg(QDir::toNativeSeparators(folder), file.errorString())
                                     .toStdString());
    return path;
}

} // namespace catnet::ui
