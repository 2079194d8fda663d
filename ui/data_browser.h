#pragma once

#include "dataset.h"
#include "image_list_model.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListView;

namespace catnet::ui {

// The "Data" tab: every train or test image in a grid with its label; clicking one
// shows it larger with its index and label.
class DataBrowser : public QWidget {
    Q_OBJECT
public:
    explicit DataBrowser(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    ImageListModel* model() const { return model_; }
    void selectExample(int row);

private:
    void refresh();
    void showExample(const QModelIndex& index);

    std::shared_ptr<const Dataset> data_;
    QComboBox* split_;
    QLabel* summary_;
    QListView* grid_;
    QLabel* preview_;
    QLabel* previewCaption_;
    ImageListModel* model_;
};

} // namespace catnet::ui
