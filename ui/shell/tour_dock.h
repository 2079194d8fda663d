#pragma once

#include <QDockWidget>
#include <QPointer>

namespace catnet::ui {

class CourseTourPanel;
class NoticeBar;
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
    // Shows the dock and gives the tour the keyboard; an offer of the tour still shown
    // is taken, so it goes.
    void showTour();
    // Offers the tour in `notice` (on the first start).
    void offerTour(NoticeBar* notice);
    // Shows the tour at `earlier`'s step when `earlier` shows it (a rebuilt window).
    void continueFrom(const TourDock& earlier);

private:
    CourseTourPanel* panel_;
    QPointer<NoticeBar> offeredIn_;
    QString offer_;
};

} // namespace catnet::ui
