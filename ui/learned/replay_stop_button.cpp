#include "ui/learned/replay_stop_button.h"

#include "ui/core/frame_replay.h"

namespace catnet::ui {

ReplayStopButton::ReplayStopButton(FrameReplay* replay, const char* objectName, QWidget* parent)
    : QPushButton(tr("Stop"), parent) {
    setObjectName(objectName);
    setToolTip(tr("Stop training the run again for its frames; the frames so far stay"));
    setVisible(false);
    connect(replay, &FrameReplay::started, this, [this] { setVisible(true); });
    connect(replay, &FrameReplay::finished, this, [this] { setVisible(false); });
    connect(this, &QPushButton::clicked, replay, &FrameReplay::stop);
}

} // namespace catnet::ui
