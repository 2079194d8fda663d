#pragma once

#include "ui/experiments/lab_panel.h"

#include <vector>

namespace catnet::ui {

// The Labs tab's overfitting lab: the network on the left trained with each remedy of
// SPEC §8 side by side (overfitting_lab.h: nothing added, L2 ×3, dropout ×3, flip, all
// three), the same seed: train (solid) and test (dashed) cost curves on one chart, and per
// remedy the final train and test accuracy, the gap between them, the iteration where the
// test cost was lowest (where early stopping would stop), and one sentence worked out from
// its run against the baseline's. Double-click opens a run.
class OverfittingLabPanel : public LabPanel {
    Q_OBJECT
public:
    explicit OverfittingLabPanel(RunController* controller, QWidget* parent = nullptr);

    enum Column { Setting, TrainAccuracy, TestAccuracy, Gap, LowestTestCost, Verdict, ColumnCount };

private:
    bool startRuns(const TrainConfig& base) override;
    QString startedText(const TrainConfig& base) const override;
    std::vector<std::pair<QString, QColor>> rowNames() const override;
    void showCell(std::size_t index) override;
    QString finishedText() const override;
    QString openedRunName(const SweepCell& cell) const override;

    const std::vector<TrainingOptions> settings_;
};

} // namespace catnet::ui
