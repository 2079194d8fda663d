#pragma once

#include "engine/io/dataset.h"
#include "ui/core/image_list_model.h"
#include "ui/core/trained_run.h"
#include "ui/data/confusion_panel.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace catnet::ui {

class ColourKey;

// The "Mislabeled" tab: the images the current model gets wrong, most confidently
// wrong first, each with predicted class, true class and P(cat); with "Show saliency",
// each with its saliency map laid over it (which pixels made the model say what it did).
// Above them the threshold and both confusion matrices (ConfusionPanel): the grid
// follows the threshold, and a matrix cell shows that cell's images.
class MislabeledView : public QWidget {
    Q_OBJECT
public:
    explicit MislabeledView(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);
    ImageListModel* model() const { return model_; }
    QComboBox* splitCombo() const { return split_; }
    QComboBox* filterCombo() const { return filter_; }
    QCheckBox* saliencyToggle() const { return saliency_; }
    QString summary() const;

private:
    void refresh();

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    void showCell(bool test, ConfusionCell cell);

    ConfusionPanel* confusion_;
    QComboBox* split_;
    QComboBox* filter_;
    QCheckBox* saliency_;
    ColourKey* saliencyKey_;
    QLabel* summary_;
    ImageListModel* model_;
};

} // namespace catnet::ui
