#pragma once

class QAbstractItemModel;
class QListView;
class QWidget;

namespace catnet::ui {

// A QListView set up as a grid of 96-pixel thumbnails with captions, its columns
// spread over the whole width as it is resized.
QListView* makeImageGrid(QWidget* parent, QAbstractItemModel* model);

} // namespace catnet::ui
