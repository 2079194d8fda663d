#pragma once

#include <QPushButton>

namespace catnet::ui {

class FrameReplay;

// Stop for a view's frame replay: shown while the run is trained again for its frames (a
// large data set can take minutes), it ends the replay and the frames so far stay.
class ReplayStopButton : public QPushButton {
    Q_OBJECT
public:
    ReplayStopButton(FrameReplay* replay, const char* objectName, QWidget* parent = nullptr);
};

} // namespace catnet::ui
