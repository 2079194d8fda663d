#pragma once

#include "engine/inspect/element_formula.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSpinBox;

namespace catnet::ui {

class MatrixMapView;

// Inside's "one number" view: the selected array as a map; a click on an element (or its
// row and column typed in) shows the course's formula for it with this iteration's numbers
// plugged in (for a sum, its first terms, how many more and the total) and that the
// result is the element shown.
class ElementFormulaPanel : public QWidget {
    Q_OBJECT
public:
    explicit ElementFormulaPanel(QWidget* parent = nullptr);

    // The array `name` ("dZ[2]") of `values`: `array` and `layer` say which, none for a
    // parameter (W), which has no formula. `values` must outlive the next call; null clears.
    void showArray(const IterationValues* values, std::optional<IterationArray> array, int layer,
                   const QString& name, const Matrix* matrix);
    void selectElement(Eigen::Index row, Eigen::Index column);

    // What is shown, for tests: the worked formula (empty for W) and its text.
    const std::optional<ElementFormula>& formula() const { return formula_; }
    QString formulaText() const;

signals:
    // The element's column is a training image (Z, A, dA, dZ): that image.
    void imageChosen(int index);

private:
    void explain();

    const IterationValues* values_ = nullptr;
    std::optional<IterationArray> array_;
    int layer_ = 0;
    QString name_;
    std::optional<ElementFormula> formula_;

    MatrixMapView* map_;
    QSpinBox* row_;
    QSpinBox* column_;
    QLabel* text_;
};

} // namespace catnet::ui
