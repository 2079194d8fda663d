#pragma once

#include "ui/experiments/lab_panel.h"

namespace catnet::ui {

// The Labs tab's initialization lab: the network on the left trained from each of the
// five initializations (zeros, small, large, lecun, he), the same seed, side by side:
// their cost curves on one chart, and per scheme the first and final cost, test accuracy,
// each layer's activation spread and gradient norm at iteration 0, and one sentence
// saying what happened, worked out from the run (init_lab.h). Double-click opens a run.
class InitLabPanel : public LabPanel {
    Q_OBJECT
public:
    explicit InitLabPanel(RunController* controller, QWidget* parent = nullptr);

    // The sentence shown for a scheme, for tests (empty until its run is in).
    QString verdict(InitScheme scheme) const;

    enum Column { Scheme, FirstCost, FinalCost, TestAccuracy, Spread, GradientNorm, Verdict, ColumnCount };

private:
    bool startRuns(const TrainConfig& base) override;
    QString startedText(const TrainConfig& base) const override;
    std::vector<std::pair<QString, QColor>> rowNames() const override;
    void showCell(std::size_t index) override;
    QString finishedText() const override;
    QString openedRunName(const SweepCell& cell) const override;
};

} // namespace catnet::ui
