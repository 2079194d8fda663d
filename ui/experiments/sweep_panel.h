#pragma once

#include "engine/training/sweep.h"

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace catnet::ui {

class ColourKey;

class HeatMapView;
class ParallelCoordinatesView;
class RunController;
class SweepSession;

// The "Sweep" tab: pick up to four settings and their values, train every combination
// (its own SweepSession), and watch the cells fill in: with one or two settings a heat
// map (colour = test accuracy, train accuracy, final cost or the train − test gap, the
// number in each cell, diverged runs hatched), with three or four parallel coordinates
// (a line per cell through its values, in the same colours; brushing an axis keeps the
// lines in a range). Clicking a cell or a line opens that run like any other.
class SweepPanel : public QWidget {
    Q_OBJECT
public:
    SweepSession* session() const { return sweeps_; }
    explicit SweepPanel(RunController* controller, QWidget* parent = nullptr);

    // Where the settings that do not vary come from (the network panel's form).
    void setBaseConfigSource(std::function<std::optional<TrainConfig>()> source);
    // Reads the form and starts; false (with the reason in the status line) when it cannot.
    bool startSweep();

    // What the cells' colours show.
    enum class Measure { TestAccuracy, TrainAccuracy, FinalCost, Gap };

private:
    void showConclusion();
    static double valueOf(const SweepCell& cell, Measure measure);
    static QString formatValue(double value, Measure measure);
    // The worst and best value among the finished cells, for the colour scale.
    std::pair<double, double> range(Measure measure) const;
    std::optional<std::vector<SweepAxis>> readAxes(QString& problem) const;
    void layOutMap();
    // Cell `index` coloured on `scale` (worst, best).
    void showCell(std::size_t index, Measure measure, std::pair<double, double> scale);
    void recolour();
    void updateStatus();
    void onFinished(bool stopped, const QString& error);
    void openCell(std::size_t index);
    bool usesParallelCoordinates() const;

    RunController* controller_;
    SweepSession* sweeps_; // this tab's own sweep worker
    std::function<std::optional<TrainConfig>()> baseConfig_;
    struct AxisRow {
        QComboBox* setting;
        QLineEdit* values;
    };
    std::array<AxisRow, kMostSweepAxes> rows_;
    QPushButton* runButton_;
    QPushButton* stopButton_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* fixed_;      // the settings every cell shares
    QLabel* conclusion_; // what the finished sweep says, and how much of it is chance
    int testImages_ = 0; // in the data set the sweep trained on
    QComboBox* measure_;
    ColourKey* legend_;
    HeatMapView* heatMap_;
    ParallelCoordinatesView* parallel_;
};

} // namespace catnet::ui
