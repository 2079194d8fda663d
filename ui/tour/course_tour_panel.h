#pragma once

#include "engine/io/dataset.h"
#include "ui/core/trained_run.h"
#include "ui/tour/course_tour.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace catnet::ui {

// The guided tour of the course, as a side panel: one step at a time with its text,
// a button that does the step in the window (through the action handler), the numbers
// the course shows, and, after a training step, whether the learner's run matches them.
class CourseTourPanel : public QWidget {
    Q_OBJECT
public:
    explicit CourseTourPanel(QWidget* parent = nullptr);

    void setActionHandler(std::function<void(TourAction)> handler) { handler_ = std::move(handler); }
    // The data shows its shapes and the course's example image (index 7).
    void setDataset(std::shared_ptr<const Dataset> data);
    // The current run: compared with the course's numbers on the training steps.
    void setRun(std::shared_ptr<const TrainedRun> run);

    int stepCount() const { return int(steps_.size()); }
    int currentStep() const { return current_; }
    void goToStep(int step);
    // "Your run: train 100.0%, test 72.0% — as in the course ✓", empty when not applicable.
    QString runCheckText() const;

private:
    void showStep();
    void showRunCheck();

    std::vector<TourStep> steps_;
    int current_ = 0;
    std::function<void(TourAction)> handler_;
    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    QLabel* progress_;
    QLabel* title_;
    QLabel* body_;
    QLabel* example_;
    QLabel* expected_;
    QLabel* runCheck_;
    QPushButton* action_;
    QPushButton* back_;
    QPushButton* next_;
};

} // namespace catnet::ui
