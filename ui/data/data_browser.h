#pragma once

#include "engine/io/dataset.h"
#include "ui/core/image_list_model.h"
#include "ui/core/trained_run.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListView;

namespace catnet::ui {

class ColourKey;

// The "Data" tab: every train or test image in a grid with its label; clicking one
// shows it larger with its index and label, and, with a model, its P(cat) and its
// saliency map (which pixels made the model say so) laid over it.
class DataBrowser : public QWidget {
    Q_OBJECT
public:
    explicit DataBrowser(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);
    // The selected example's d P(cat) / d x; empty without a model that fits.
    const std::optional<Eigen::VectorXd>& exampleSaliency() const { return saliency_; }
    ImageListModel* model() const { return model_; }
    void selectExample(int row);
    // Training image `index`, selected with its caption (the course tour's example).
    void showTrainingExample(int index);
    // Image `index` of the test set (`test`) or the training set, selected.
    void showImage(bool test, int index);
    int currentExample() const;

private:
    void refresh();
    void showExample(const QModelIndex& index);

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    std::optional<Eigen::VectorXd> saliency_;
    QLabel* saliencyView_;
    QLabel* saliencyCaption_;
    ColourKey* saliencyKey_;
    QComboBox* split_;
    QLabel* summary_;
    QListView* grid_;
    QLabel* preview_;
    QLabel* previewCaption_;
    ImageListModel* model_;
};

} // namespace catnet::ui
