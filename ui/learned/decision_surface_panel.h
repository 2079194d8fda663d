#pragma once

#include "engine/inspect/decision_plane.h"
#include "engine/io/dataset.h"

#include <QWidget>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QSpinBox;

namespace catnet::ui {

class HoverImageBox;
class PlaneView;
struct TrainedRun;

// The decision surface through three photos (SPEC §9), the image-space stand-in for the
// Playground's boundary: pick three images, each from the training set, the test set or
// your own photos (those read in the Folder tab); the current run's P(cat) over the plane
// through them is a coloured map with its 0.5 line, the three images at their corners,
// and at the mouse the image that point of the plane is, with its P(cat). Computed at
// once: layer 1 is linear, so the whole plane takes three products.
class DecisionSurfacePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kGrid = 61; // (0, 0), (0.5, 0.5) and (1, 1) fall on the grid

    enum class Source { Training, Test, Photos };
    // A photo of the learner's own, as the network sees it (64×64×3 bytes).
    struct Photo {
        QString name;
        std::vector<std::uint8_t> pixels;
    };

    explicit DecisionSurfacePanel(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);
    // The photos a corner can be (the Folder tab's readable ones).
    void setPhotos(std::vector<Photo> photos);
    // The images (i, j, k) of the training or test set.
    void setImages(bool test, int i, int j, int k);
    // Corner 0 (0, 0), 1 (1, 0) or 2 (0, 1): image `index` of `source`.
    void setCorner(int corner, Source source, int index);
    const std::optional<DecisionPlane>& plane() const { return plane_; }
    PlaneView* view() const { return view_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void compute();
    void showHovered(double alpha, double beta, bool inside);
    Source sourceOf(int corner) const;
    // How many images `source` has (0: none, or no data open).
    int countOf(Source source) const;
    void fitRange(int corner);
    // The corner's image as pixels and its name for the learner ("training 7").
    const std::uint8_t* pixelsOf(int corner) const;
    QString nameOf(int corner) const;

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    std::vector<Photo> photos_;
    std::optional<DecisionPlane> plane_;
    Matrix corners_; // the three images' features, columns 0, 1, 2: the plane's corners
    bool stale_ = true;
    std::array<QComboBox*, 3> sources_;
    std::array<QSpinBox*, 3> images_;
    QLabel* caption_;
    PlaneView* view_;
    HoverImageBox* hover_;
};

} // namespace catnet::ui
