#pragma once

#include "dataset.h"
#include "image_list_model.h"
#include "trained_run.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace catnet::ui {

// The "Mislabeled" tab: the images the current model gets wrong, most confidently
// wrong first, each with predicted class, true class and P(cat).
class MislabeledView : public QWidget {
    Q_OBJECT
public:
    explicit MislabeledView(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);
    ImageListModel* model() const { return model_; }
    QComboBox* splitCombo() const { return split_; }
    QString summary() const;

private:
    void refresh();

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    QComboBox* split_;
    QLabel* summary_;
    ImageListModel* model_;
};

} // namespace catnet::ui
