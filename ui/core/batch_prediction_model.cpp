#include "ui/core/batch_prediction_model.h"

#include "engine/io/dataset.h"
#include "engine/model/metrics.h"
#include "photo/qt_images.h"
#include "ui/core/run_export.h"

#include <QBrush>
#include <QFileInfo>
#include <QSaveFile>

#include <stdexcept>

namespace catnet::ui {

int BatchPredictionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(photos_.size());
}

int BatchPredictionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchPredictionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Photo& photo = photos_[std::size_t(index.row())];
    const bool cat = photo.probability && *photo.probability > 0.5;
    switch (index.column()) {
    case File:
        if (role == Qt::DisplayRole)
            return QFileInfo(photo.path).fileName();
        if (role == Qt::ToolTipRole)
            return photo.problem.isEmpty() ? photo.path : tr("%1\n%2").arg(photo.path, photo.problem);
        if (role == Qt::DecorationRole && !photo.pixels.empty()) // made when shown: thousands stay cheap
            return imageFromNetworkInput(photo.pixels.data()).scaled(48, 48);
        if (role == kSortRole)
            return photo.path;
        break;
    case Probability:
        if (role == Qt::DisplayRole)
            return photo.probability ? QStringLiteral("%1%").arg(*photo.probability * 100.0, 0, 'f', 1) : QStringLiteral("–");
        if (role == kSortRole)
            return photo.probability.value_or(-1.0);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Label:
        if (role == Qt::DisplayRole)
            return !photo.problem.isEmpty() ? tr("unreadable: %1").arg(photo.problem)
                   : photo.probability       ? (cat ? tr("cat") : tr("non-cat"))
                                             : tr("no model");
        if (role == kSortRole)
            return photo.probability ? (cat ? 1 : 0) : -1;
        if (role == Qt::ForegroundRole && !photo.problem.isEmpty())
            return QBrush(QColor(0xd0, 0x34, 0x2c));
        break;
    }
    return {};
}

QVariant BatchPredictionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("Photo");
    case Probability:
        return tr("P(cat)");
    case Label:
        return tr("Verdict");
    }
    return {};
}

void BatchPredictionModel::clear() {
    beginResetModel();
    photos_.clear();
    endResetModel();
}

void BatchPredictionModel::append(std::vector<Photo> photos) {
    if (photos.empty())
        return;
    const std::size_t first = photos_.size();
    beginInsertRows({}, int(first), int(first + photos.size()) - 1);
    for (Photo& photo : photos)
        photos_.push_back(std::move(photo));
    predict(first);
    endInsertRows();
}

void BatchPredictionModel::setParameters(std::shared_ptr<const Parameters> parameters) {
    parameters_ = std::move(parameters);
    predict(0);
    if (!photos_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BatchPredictionModel::predict(std::size_t first) {
    std::vector<std::size_t> readable;
    for (std::size_t i = first; i < photos_.size(); ++i) {
        photos_[i].probability.reset();
        if (!photos_[i].pixels.empty())
            readable.push_back(i);
    }
    if (!parameters_ || readable.empty() || parameters_->W.front().cols() != kFeatureCount)
        return;
    std::vector<std::uint8_t> pixels;
    pixels.reserve(readable.size() * std::size_t(kImageBytes));
    for (std::size_t i : readable)
        pixels.insert(pixels.end(), photos_[i].pixels.begin(), photos_[i].pixels.end());
    const Eigen::RowVectorXd probabilities =
        predictProbabilities(*parameters_, featuresFromPixels(pixels.data(), Eigen::Index(readable.size())));
    for (std::size_t k = 0; k < readable.size(); ++k)
        photos_[readable[k]].probability = probabilities(Eigen::Index(k));
}

void BatchPredictionModel::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write("path,p_cat,label\n");
        for (const Photo& photo : photos_) {
            const QByteArray label = !photo.problem.isEmpty() ? "unreadable"
                                     : !photo.probability     ? ""
                                     : *photo.probability > 0.5 ? "cat" : "non-cat";
            file.write(csvField(photo.path) + ',' +
                       (photo.probability ? QByteArray::number(*photo.probability, 'g', 17) : QByteArray()) + ',' +
                       label + '\n');
        }
        if (file.commit())
            return;
    }
    throw std::runtime_error(QStringLiteral("%1: %2").arg(path, file.errorString()).toStdString());
}

BatchPredictionFilter::BatchPredictionFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(BatchPredictionModel::kSortRole);
}

void BatchPredictionFilter::setFilter(BatchFilter filter) {
    filter_ = filter;
    invalidateFilter();
}

bool BatchPredictionFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (filter_ == BatchFilter::All)
        return true;
    const auto* model = static_cast<const BatchPredictionModel*>(sourceModel());
    Q_UNUSED(sourceParent);
    const auto& probability = model->photos()[std::size_t(sourceRow)].probability;
    if (!probability)
        return false;
    switch (filter_) {
    case BatchFilter::Cats:
        return *probability > 0.5;
    case BatchFilter::NonCats:
        return *probability <= 0.5;
    case BatchFilter::Uncertain:
        return *probability >= 0.4 && *probability <= 0.6;
    case BatchFilter::All:
        break;
    }
    return true;
}

} // namespace catnet::ui
