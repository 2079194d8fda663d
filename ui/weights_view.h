#pragma once

#include "image_list_model.h"
#include "trained_run.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace catnet::ui {

// The "Weights" tab: what each first-layer unit looks for. Row j of W1 has one weight
// per input pixel channel, so it can be shown as a 64×64 colour image: grey is 0,
// each channel darker for a negative weight and brighter for a positive one, scaled
// so the unit's largest |weight| reaches black or white.
class WeightsView : public QWidget {
    Q_OBJECT
public:
    explicit WeightsView(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const TrainedRun> run);
    ImageListModel* model() const { return model_; }

    // Row `unit` of W1 (12288 weights) as an image: -max|w| → 0, 0 → 128, +max|w| → 255.
    static QImage unitImage(const Matrix& W1, Eigen::Index unit);

private:
    QLabel* summary_;
    ImageListModel* model_;
};

} // namespace catnet::ui
