#pragma once

#include "engine/inspect/element_formula.h"
#include "engine/inspect/inspection.h"
#include "engine/io/dataset.h"
#include "engine/training/training_options.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace catnet::ui {

class ElementFormulaPanel;
class GradientCheckPanel;
class HistogramView;

// The "Inside" tab: one iteration of the course's algorithm at the parameters it is
// given (a paused run's, or a finished run's last ones), in the course's terms. Every
// forward and backward array of every layer, with its shape, the course function that
// computes it and summary numbers; below it, for the selected one, any element's formula
// with its numbers, its histogram, and one training example's column, layer by layer,
// ending in its P(cat); and the gradient check of these parameters. Computed when shown.
class IterationInspector : public QWidget {
    Q_OBJECT
public:
    explicit IterationInspector(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    // `iteration`: updates applied to these parameters; `source` says whose they are.
    void setParameters(std::shared_ptr<const Parameters> parameters, int iteration, const QString& source);
    // The SPEC §8 options of the run these parameters come from: Inside shows the course's
    // own step, and says what of the run's it leaves out.
    void setRunOptions(const TrainingOptions& options);

    // What the tab shows now (computed on demand); empty without parameters or data.
    const std::optional<IterationValues>& values();
    // Row `row` of the table: which array it shows, e.g. "dZ[2]".
    QString quantityAt(int row) const;

    // Shows training example `index`'s column (as its spin box does).
    void selectExample(int index);
    // Selects table row `row` and its element (row, column), as a click on it does.
    void selectElement(int row, Eigen::Index elementRow, Eigen::Index elementColumn);

    // A gradient check under way.
    bool isChecking() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Quantity {
        QString name;     // "dZ[2]"
        QString shape;    // "(7, 209)"
        QString function; // "relu_backward"
        const Matrix* values = nullptr;
        std::optional<IterationArray> array; // none for W: a parameter, no formula
        int layer = 0;
    };
    void refresh();
    void fillTable();
    void showSelected();
    void showExample();
    std::vector<Quantity> quantities() const;

    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const Parameters> parameters_;
    int iteration_ = 0;
    QString source_;
    QString leftOut_; // the run's options Inside does not show ("L2 0.7"), empty for none
    std::optional<IterationValues> values_;
    bool stale_ = false; // parameters or data changed since values_ was computed
    std::vector<Quantity> rows_;

    QLabel* title_;
    GradientCheckPanel* gradientCheck_;
    QTableWidget* table_;
    QTabWidget* details_;
    ElementFormulaPanel* element_;
    HistogramView* histogram_;
    QSpinBox* example_;
    QLabel* exampleImage_;
    QLabel* exampleText_;
};

} // namespace catnet::ui
