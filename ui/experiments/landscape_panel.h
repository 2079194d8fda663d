#pragma once

#include "engine/inspect/loss_landscape.h"
#include "engine/io/dataset.h"
#include "ui/core/trained_run.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;

namespace catnet::ui {

class ChartView;
class ColourKey;

class ContourView;
class LandscapeWorker;

// The "Landscape" tab for the current run: the cost along the straight line from its
// initial to its trained weights (train solid, test dashed; α = 0 and 1 marked), worked
// out as soon as the run is shown, and on request the training cost on a 31 × 31 grid
// around the trained weights along two filter-normalized random directions, computed in
// the background with progress and Stop.
class LandscapePanel : public QWidget {
    Q_OBJECT
public:
    explicit LandscapePanel(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);
    // Starts the 2-D grid for the current run; false when there is none.
    bool computeSurface();
    LandscapeWorker* worker() const { return worker_; }
    const std::optional<LossLine>& line() const { return line_; }
    ContourView* contour() const { return contour_; }

private:
    void refresh();
    void showLine(const LossLine& line);
    void showSurface(const LossSurface& surface);

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    std::shared_ptr<const Parameters> shownParameters_; // the weights the line and grid are of
    std::optional<LossLine> line_;
    LandscapeWorker* worker_;
    ChartView* lineChart_;
    QLineSeries* train_;
    QLineSeries* test_;
    QLabel* lineCaption_;
    QPushButton* surfaceButton_;
    QPushButton* stopButton_;
    QProgressBar* progress_;
    QLabel* surfaceCaption_;
    ContourView* contour_;
    ColourKey* contourKey_;
};

} // namespace catnet::ui
