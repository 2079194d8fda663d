#pragma once

#include "engine/inspect/distributions.h"
#include "engine/io/dataset.h"

#include <QWidget>

#include <array>
#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;

namespace catnet::ui {

class ChartView;
class FrameReplay;
struct TrainedRun;

// TensorBoard's "distributions" for the course's network (SPEC §9): for the chosen layer,
// W, dW, Z and A over the run's report points, each as percentile bands around its
// median, so that a learner sees a layer die (A flat at 0), saturate or explode. The run
// is trained again in the background for its frames (FrameReplay); hovering gives a
// frame's nine percentiles.
class DistributionsPanel : public QWidget {
    Q_OBJECT
public:
    enum Array { W, dW, Z, A, ArrayCount };

    explicit DistributionsPanel(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);

    FrameReplay* replay() const { return replay_; }
    // The layer shown, 1 … L (0 before the first frame).
    int layer() const;
    void setLayer(int layer);
    ChartView* chart(Array array) const { return charts_[array]; }
    // The percentiles of `array` of the shown layer at frame `frame`.
    const Percentiles& percentiles(Array array, std::size_t frame) const;

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr int kTwoColumnsFrom = 640; // pixels of the panel's width
    void arrange(int columns);
    void startReplay();
    void fillLayers();
    void plot();
    void describe();
    QString hoverText(Array array, double iteration) const;

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    bool stale_ = true;
    FrameReplay* replay_;
    QComboBox* layer_;
    QLabel* caption_;
    QLabel* status_;
    std::array<ChartView*, ArrayCount> charts_{};
    QGridLayout* grid_;
    int columns_ = 0;
};

} // namespace catnet::ui
