#include "image_list_model.h"

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
        return QPixmap::fromImage(item.image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio,
                                                    Qt::FastTransformation));
    default:
        return {};
    }
}

void ImageListModel::setItems(std::vector<Item> items) {
    beginResetModel();
    items_ = std::move(items);
    endResetModel();
}

} // namespace catnet::ui
