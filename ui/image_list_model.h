#pragma once

#include <QAbstractListModel>
#include <QImage>

#include <vector>

namespace catnet::ui {

// A grid of small images with captions (the data browser and the mislabeled grid).
// Images are stored at their native 64×64 and scaled for display without smoothing,
// like the course's plots.
class ImageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    struct Item {
        QImage image;
        QString caption;
        QString toolTip;
        int index = 0; // the example's column in its split
    };
    explicit ImageListModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setItems(std::vector<Item> items);
    const std::vector<Item>& items() const { return items_; }

private:
    static constexpr int kThumbnailSize = 96;
    std::vector<Item> items_;
};

} // namespace catnet::ui
