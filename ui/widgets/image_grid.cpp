#include "ui/widgets/image_grid.h"

#include <QEvent>
#include <QListView>

#include <algorithm>

namespace catnet::ui {

namespace {

constexpr int kCellWidth = 136;  // a 96-pixel thumbnail and its caption's margins
constexpr int kCellHeight = 168; // room for a two-line caption

// Spreads the columns over the whole width: as many 136-pixel cells as fit, each
// widened to share what is left, instead of a fixed cell with a gap at the right.
// Through viewportEvent, which the scroll area calls only while it is whole (an event
// filter on the viewport would still be asked while the view is being destroyed).
class ImageGridView : public QListView {
public:
    using QListView::QListView;

protected:
    bool viewportEvent(QEvent* event) override {
        if (event->type() == QEvent::Resize) // the view resized, or a scroll bar came or went
            reflow();
        return QListView::viewportEvent(event);
    }

private:
    void reflow() {
        // Each cell takes its grid width plus the spacing (and one pixel Qt keeps free).
        const int step = kCellWidth + spacing() + 1;
        const int width = viewport()->width();
        const int columns = std::max(1, width / step);
        const QSize cell(std::max(kCellWidth, width / columns - spacing() - 1), kCellHeight);
        if (gridSize() != cell)
            setGridSize(cell);
    }
};

} // namespace

QListView* makeImageGrid(QWidget* parent, QAbstractItemModel* model) {
    auto* grid = new ImageGridView(parent);
    grid->setViewMode(QListView::IconMode);
    grid->setResizeMode(QListView::Adjust);
    grid->setMovement(QListView::Static);
    grid->setUniformItemSizes(true);
    grid->setIconSize(QSize(96, 96));
    grid->setGridSize(QSize(kCellWidth, kCellHeight));
    grid->setWordWrap(true);
    grid->setSpacing(4);
    grid->setModel(model);
    return grid;
}

} // namespace catnet::ui
