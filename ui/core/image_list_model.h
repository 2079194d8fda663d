#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QImage>

#include <functional>

#include <vector>

namespace catnet::ui {

// A grid of small images with captions (the data browser and the mislabeled grid).
// Images are stored at their native 64×64 and scaled for display without smoothing,
// like the course's plots. With thousands of rows an item gives a maker instead of its
// image: the image is made when its row is first shown, and the latest are kept.
class ImageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    struct Item {
        QImage image; // or null, with `make`
        QString caption;
        QString toolTip;
        int index = 0;                // the example's column in its split
        std::function<QImage()> make; // makes the image when `image` is null
    };
    explicit ImageListModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setItems(std::vector<Item> items);
    const std::vector<Item>& items() const { return items_; }
    // The image of a row, made if it has not been.
    QImage image(int row) const;
    // How many images were made since setItems (how lazily the grid fills).
    int madeCount() const { return madeCount_; }

private:
    static constexpr int kThumbnailSize = 96;
    static constexpr int kKeptImages = 2000; // made images kept: 24 MB at 64×64
    std::vector<Item> items_;
    mutable QCache<int, QImage> made_;
    mutable int madeCount_ = 0;
};

} // namespace catnet::ui
