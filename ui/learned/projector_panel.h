#pragma once

#include "engine/inspect/projection.h"
#include "engine/io/dataset.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace catnet::ui {

class FrameReplay;
class HoverImageBox;
class RunController;
class ScatterView;
struct TrainedRun;

// The "Projector" tab (SPEC §9): every training image (and, switchable, every test image)
// as a point in the plane of a hidden layer's two main axes, coloured by its label and
// ringed where the network gets it wrong at that moment. A slider and Play move through
// the run's frames on axes fixed by the last frame, so that motion is motion; the share
// of the variance the two axes hold is said. Hovering shows the image and its P(cat);
// clicking selects it in the Data and Inside tabs. A run started while the tab is shown
// records its frames as it trains (RunController::recordedFrames), and the picture follows
// it; any other run is trained again in the background for its frames (FrameReplay).
class ProjectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProjectorPanel(RunController* controller, QWidget* parent = nullptr);
    ~ProjectorPanel() override;

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);

    FrameReplay* replay() const { return replay_; }
    // The projection shown (of the frames in so far); empty before the first frame.
    const std::optional<Projection>& projection() const { return projection_; }
    int currentFrame() const;
    void showFrame(int frame);
    // Play from the first frame (or go on), or pause.
    void togglePlay();
    ScatterView* view() const { return view_; }

signals:
    // A point was clicked: training image `index`, or test image with `test`.
    void imageChosen(bool test, int index);
    void message(const QString& text, int timeout);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    enum class Shown { Training, Test, Both };
    // The frames shown: recorded as the run trained, or replayed.
    const std::vector<ActivationFrame>& frames() const;
    int totalIterations() const;
    void resetView();
    void startReplay();
    void showRecorded();
    void followRecorded();
    void fillLayers();
    void project();
    void showCurrentFrame();
    void describe();
    void showHovered(int id);
    Shown shown() const;

    RunController* controller_;
    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    const std::vector<ActivationFrame>* recorded_ = nullptr; // the controller's, for run_
    bool stale_ = false; // run or data changed while the tab was hidden
    std::optional<Projection> projection_;
    FrameReplay* replay_;
    QComboBox* layer_;
    QComboBox* images_;
    QCheckBox* pictures_;
    QPushButton* play_;
    QSlider* slider_;
    QLabel* frameLabel_;
    QLabel* caption_;
    QLabel* status_;
    ScatterView* view_;
    HoverImageBox* hover_;
    QTimer* playTimer_;
};

} // namespace catnet::ui
