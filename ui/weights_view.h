#pragma once

#include "image_list_model.h"
#include "trained_run.h"

#include <QWidget>

class QLabel;

namespace catnet::ui {

// The "Weights" tab: what each first-layer unit looks for. Row j of W1 has one weight
// per input pixel channel, so it can be shown as a 64×64 colour image (scaled so the
// unit's smallest weight is black and its largest white).
class WeightsView : public QWidget {
    Q_OBJECT
public:
    explicit WeightsView(QWidget* parent = nullptr);

    void show(const TrainedRun* run);
    ImageListModel* model() const { return model_; }

    // Row `unit` of W1 (12288 weights) as an image, min → 0 and max → 255 per unit.
    static QImage unitImage(const Matrix& W1, Eigen::Index unit);

private:
    QLabel* summary_;
    ImageListModel* model_;
};

} // namespace catnet::ui
