#include "ui/shell/tour_dock.h"

#include "engine/model/course_presets.h"
#include "ui/core/run_controller.h"
#include "ui/data/data_browser.h"
#include "ui/data/mislabeled_view.h"
#include "ui/predict/prediction_panel.h"
#include "ui/shell/notice_bar.h"
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
        case TourAction::ShowData: // the example the step speaks of
            tabs->showPage(tabs->dataBrowser());
            tabs->dataBrowser()->showTrainingExample(int(CourseTour::kExampleIndex));
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
    if (offeredIn_ && offeredIn_->isVisible() && offeredIn_->text() == offer_)
        offeredIn_->hide();
    show();
    raise();
    panel_->setFocus();
}

void TourDock::offerTour(NoticeBar* notice) {
    offeredIn_ = notice;
    offer_ = tr("New to catnet? The course tour walks through the assignment step by step: the data, the 2-layer "
                "and the L-layer model, the mislabeled images, your own photo.");
    notice->showNotice(offer_, tr("Start the course tour"), [this] { showTour(); });
}

void TourDock::continueFrom(const TourDock& earlier) {
    if (earlier.isHidden())
        return;
    panel_->goToStep(earlier.panel_->currentStep());
    show();
}

} // namespace catnet::ui
