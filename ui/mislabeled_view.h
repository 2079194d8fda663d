#pragma once

#include "dataset.h"
#include "image_list_model.h"
#include "trained_run.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace catnet::ui {

// The "Mislabeled" tab: the images the current model gets wrong, most confidently
// wrong first, each with predicted class, true class and P(cat).
class MislabeledView : public QWidget {
    Q_OBJECT
public:
    explicit MislabeledView(QWidget* parent = nullptr);

    void show(const Dataset* data, const TrainedRun* run);
    ImageListModel* model() const { return model_; }
    QComboBox* splitCombo() const { return split_; }
    QString summary() const;

private:
    void refresh();

    const Dataset* data_ = nullptr;
    const TrainedRun* run_ = nullptr;
    QComboBox* split_;
    QLabel* summary_;
    ImageListModel* model_;
};

} // namespace catnet::ui
