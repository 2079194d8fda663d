#pragma once

#include <QDockWidget>

namespace catnet::ui {

class CourseTourPanel;
class NetworkPanel;
class RunController;
class TrainingActions;
class WorkspaceTabs;

// Help → Course tour: the tour's side panel in a dock, fed with the data set and the
// current run as they change; a step's button opens a tab, or sets the course's preset
// in the form and trains it.
class TourDock : public QDockWidget {
    Q_OBJECT
public:
    TourDock(RunController* controller, WorkspaceTabs* tabs, NetworkPanel* network, TrainingActions* training,
             QWidget* parent = nullptr);

    CourseTourPanel* panel() const { return panel_; }
    // Shows the dock and gives the tour the keyboard.
    void showTour();

private:
    CourseTourPanel* panel_;
};

} // namespace catnet::ui
