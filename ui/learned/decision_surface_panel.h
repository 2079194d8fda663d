#pragma once

#include "engine/inspect/decision_plane.h"
#include "engine/io/dataset.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace catnet::ui {

class HoverImageBox;
class PlaneView;
struct TrainedRun;

// The decision surface through three photos (SPEC §9), the image-space stand-in for the
// Playground's boundary: pick three images of the training or test set; the current
// run's P(cat) over the plane through them is a coloured map with its 0.5 line, the three
// images at their corners, and at the mouse the image that point of the plane is, with
// its P(cat). Computed at once: layer 1 is linear, so the whole plane takes three products.
class DecisionSurfacePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kGrid = 61; // (0, 0), (0.5, 0.5) and (1, 1) fall on the grid

    explicit DecisionSurfacePanel(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);
    // The images (i, j, k) of the chosen set.
    void setImages(bool test, int i, int j, int k);
    const std::optional<DecisionPlane>& plane() const { return plane_; }
    PlaneView* view() const { return view_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void compute();
    void showHovered(double alpha, double beta, bool inside);
    const DataSplit* split() const;

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    std::optional<DecisionPlane> plane_;
    Matrix corners_; // the three images' features, columns 0, 1, 2: the plane's corners
    bool stale_ = true;
    QComboBox* set_;
    std::array<QSpinBox*, 3> images_;
    QLabel* caption_;
    PlaneView* view_;
    HoverImageBox* hover_;
};

} // namespace catnet::ui
