#pragma once

#include "engine/io/dataset.h"
#include "engine/model/metrics.h"
#include "ui/core/trained_run.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSlider;
class QTableWidget;

namespace catnet::ui {

// One of the four cells of a confusion matrix ("cat" is label 1).
enum class ConfusionCell { TrueCat, FalseCat, TrueNonCat, FalseNonCat };

// The decision threshold (P(cat) > T counts as cat; 0.5 is the course's) with the
// confusion matrices of the training and test set at that threshold, their precision,
// recall and accuracy, all following the slider. Clicking a matrix cell asks for its
// images (cellChosen); the share of cats in each split is said beside, since it decides
// what a threshold does.
class ConfusionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionPanel(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    void setRun(std::shared_ptr<const TrainedRun> run);
    double threshold() const;
    // The matrix shown for a split, for tests (empty when there is no evaluated run).
    std::optional<Confusion> confusionOf(bool test) const;

    // Row and column of a cell in the matrix tables: rows say what the image is, columns
    // what the model said.
    static std::pair<int, int> positionOf(ConfusionCell cell);

signals:
    void thresholdChanged(double threshold);
    void cellChosen(bool test, ConfusionCell cell);

private:
    void refresh();
    void showSplit(bool test, QTableWidget* table, QLabel* metrics);

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const TrainedRun> run_;
    QSlider* slider_;
    QLabel* value_;
    QTableWidget* train_;
    QTableWidget* test_;
    QLabel* trainMetrics_;
    QLabel* testMetrics_;
    QLabel* note_;
};

// Whether an example with this prediction and label falls in `cell`.
bool inConfusionCell(ConfusionCell cell, int predicted, int label);

} // namespace catnet::ui
