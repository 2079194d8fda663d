#include "ui/widgets/image_grid.h"

#include <QEvent>
#include <QListView>
#include <QScrollBar>

#include <algorithm>

namespace catnet::ui {

namespace {

constexpr int kCellWidth = 136;  // a 96-pixel thumbnail and its caption's margins
constexpr int kCellHeight = 168; // room for a two-line caption

// Spreads the columns over the whole width: as many 136-pixel cells as fit, each
// widened to share what is left, instead of a fixed cell with a gap at the right.
class GridReflow : public QObject {
public:
    explicit GridReflow(QListView* grid) : QObject(grid), grid_(grid) {
        grid->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == grid_->viewport() && event->type() == QEvent::Resize)
            reflow();
        return false;
    }

private:
    void reflow() {
        // Each cell takes its grid width plus the spacing (and one pixel Qt keeps free).
        const int step = kCellWidth + grid_->spacing() + 1;
        const int width = grid_->viewport()->width();
        const int columns = std::max(1, width / step);
        const QSize cell(std::max(kCellWidth, width / columns - grid_->spacing() - 1), kCellHeight);
        if (grid_->gridSize() != cell)
            grid_->setGridSize(cell);
    }

    QListView* grid_;
};

} // namespace

QListView* makeImageGrid(QWidget* parent, QAbstractItemModel* model) {
    auto* grid = new QListView(parent);
    grid->setViewMode(QListView::IconMode);
    grid->setResizeMode(QListView::Adjust);
    grid->setMovement(QListView::Static);
    grid->setUniformItemSizes(true);
    grid->setIconSize(QSize(96, 96));
    grid->setGridSize(QSize(kCellWidth, kCellHeight));
    grid->setWordWrap(true);
    grid->setSpacing(4);
    grid->setModel(model);
    new GridReflow(grid);
    return grid;
}

} // namespace catnet::ui
