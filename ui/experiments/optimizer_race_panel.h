#pragma once

#include "ui/experiments/lab_panel.h"

class QComboBox;

namespace catnet::ui {

// The Labs tab's optimizer race: the network on the left, its learning rate and batch size,
// trained with gradient descent, momentum and Adam (a sweep over `optimizer`, the same
// seed) on one chart — the cost per epoch, or per step (each batch's cost: noisy, as a
// mini-batch's descent is) — and per optimizer the final cost, steps, accuracies and how
// soon it reaches what gradient descent ends at (optimizer_race.h).
class OptimizerRacePanel : public LabPanel {
    Q_OBJECT
public:
    explicit OptimizerRacePanel(RunController* controller, QWidget* parent = nullptr);

    enum class Axis { Epoch, Step };
    void setAxis(Axis axis);

    enum Column { Optimizer, FinalCost, Steps, TrainAccuracy, TestAccuracy, Verdict, ColumnCount };

private:
    bool startRuns(const TrainConfig& base) override;
    QString startedText(const TrainConfig& base) const override;
    std::vector<std::pair<QString, QColor>> rowNames() const override;
    void showCell(std::size_t index) override;
    QString finishedText() const override;
    QString openedRunName(const SweepCell& cell) const override;
    void plotRow(std::size_t index);

    QComboBox* axisCombo_;
};

} // namespace catnet::ui
