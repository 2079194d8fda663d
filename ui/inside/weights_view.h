#pragma once

#include "ui/core/image_list_model.h"
#include "ui/core/trained_run.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListView;

namespace catnet::ui {

class ColourKey;
class FlowLayout;

// The "Weights" tab: what each first-layer unit looks for. Row j of W1 has one weight
// per input pixel channel, so it can be shown as a 64×64 colour image: grey is 0,
// each channel darker for a negative weight and brighter for a positive one, on a
// scale symmetric around zero (each unit its own, or one for all). It can show the
// change since initialization, W1 − W1(0), instead: there the structure learned shows
// while W1 itself still looks like its random start. Below, the deeper layers' weights
// as small heat maps with values on hover.
class WeightsView : public QWidget {
    Q_OBJECT
public:
    explicit WeightsView(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const TrainedRun> run);
    ImageListModel* model() const { return model_; }
    // Shows unit `row` at 4× with the values under the mouse (as a click on it does).
    void selectUnit(int row);

    enum class Shown { Weights, ChangeSinceInit };
    enum class Scale { PerUnit, Shared };
    void showWeights(Shown shown, Scale scale);

    // Row `unit` of `W1` (12288 values) as an image: -s → 0, 0 → 128, +s → 255, with s the
    // row's largest |value|, or `largest` if given.
    static QImage unitImage(const Matrix& W1, Eigen::Index unit, double largest = 0.0);

private:
    void refresh();
    // W1, or its change since initialization (W1(0) drawn again), for refresh() to keep.
    Matrix computeShownValues() const;
    void showDeeperLayers(const Parameters& parameters);

    std::shared_ptr<const TrainedRun> run_;
    Matrix shownValues_; // what the grid and the unit preview show now
    QComboBox* shown_;
    QComboBox* scale_;
    ColourKey* legend_;
    QLabel* summary_;
    ImageListModel* model_;
    QListView* grid_;
    class UnitPreview* preview_;
    QWidget* deeper_;
    FlowLayout* deeperLayout_;
};

} // namespace catnet::ui
