#include "ui/core/image_list_model.h"

#include <QPixmap>

namespace catnet::ui {

int ImageListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

QVariant ImageListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Item& item = items_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return item.caption;
    case Qt::ToolTipRole:
        return item.toolTip;
    case Qt::DecorationRole:
        return QPixmap::fromImage(image(index.row()).scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio,
                                                            Qt::FastTransformation));
    default:
        return {};
    }
}

void ImageListModel::setItems(std::vector<Item> items) {
    beginResetModel();
    items_ = std::move(items);
    made_.clear();
    made_.setMaxCost(kKeptImages);
    madeCount_ = 0;
    endResetModel();
}

QImage ImageListModel::image(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    const Item& item = items_[std::size_t(row)];
    if (!item.image.isNull() || !item.make)
        return item.image;
    if (const QImage* kept = made_.object(row))
        return *kept;
    const QImage made = item.make();
    ++madeCount_;
    made_.insert(row, new QImage(made));
    return made;
}

} // namespace catnet::ui
