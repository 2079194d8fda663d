#include "ui/widgets/image_grid.h"

#include <QListView>

namespace catnet::ui {

QListView* makeImageGrid(QWidget* parent, QAbstractItemModel* model) {
    auto* grid = new QListView(parent);
    grid->setViewMode(QListView::IconMode);
    grid->setResizeMode(QListView::Adjust);
    grid->setMovement(QListView::Static);
    grid->setUniformItemSizes(true);
    grid->setIconSize(QSize(96, 96));
    grid->setGridSize(QSize(136, 168));
    grid->setWordWrap(true);
    grid->setSpacing(4);
    grid->setModel(model);
    return grid;
}

} // namespace catnet::ui
