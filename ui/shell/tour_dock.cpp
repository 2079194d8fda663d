#include "ui/shell/tour_dock.h"

#include "engine/model/course_presets.h"
#include "ui/core/run_controller.h"
#include "ui/data/data_browser.h"
#include "ui/data/mislabeled_view.h"
#include "ui/predict/prediction_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/tour/course_tour_panel.h"
#include "ui/training/network_panel.h"
#include "ui/training/training_actions.h"

namespace catnet::ui {

TourDock::TourDock(RunController* controller, WorkspaceTabs* tabs, NetworkPanel* network, TrainingActions* training,
                   QWidget* parent)
    : QDockWidget(tr("Course tour"), parent), panel_(new CourseTourPanel) {
    setObjectName("courseTourDock");
    panel_->setObjectName("courseTour");
    setWidget(panel_);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    connect(controller, &RunController::datasetChanged, panel_,
            [this, controller] { panel_->setDataset(controller->dataset()); });
    for (auto changed : {&RunController::currentRunChanged, &RunController::trainingFinished})
        connect(controller, changed, panel_, [this, controller] { panel_->setRun(controller->currentRun()); });
    panel_->setActionHandler([tabs, network, training](TourAction action) {
        switch (action) {
        case TourAction::ShowData:
            tabs->showPage(tabs->dataBrowser());
            break;
        case TourAction::TrainTwoLayer:
        case TourAction::TrainLLayer:
            network->setConfig(action == TourAction::TrainTwoLayer ? twoLayerCourseConfig() : lLayerCourseConfig());
            training->start();
            break;
        case TourAction::ShowMislabeled:
            tabs->showPage(tabs->mislabeledView());
            break;
        case TourAction::ShowPredict:
            tabs->showPage(tabs->predictionPanel());
            break;
        }
    });
}

void TourDock::showTour() {
    show();
    raise();
    panel_->setFocus();
}

} // namespace catnet::ui
