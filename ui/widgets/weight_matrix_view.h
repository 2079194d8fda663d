#pragma once

#include "engine/model/parameters.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace catnet::ui {

// One weight matrix (W[l] of a deeper layer: 7×20, 5×7, 1×5 for the course net) as a
// heat map: a cell per weight, blue negative, white zero, red positive, on a scale
// symmetric around zero. Hovering a cell shows its name and value.
class WeightMatrixView : public QWidget {
    Q_OBJECT
public:
    WeightMatrixView(const Matrix& weights, int layer, QWidget* parent = nullptr);

    // The colour of every weight (a pixel each).
    const QImage& image() const { return image_; }
    // The largest |weight|: full blue or red.
    double largest() const { return largest_; }
    // The cell (row, column) under `position`, and its tooltip text.
    std::optional<std::pair<Eigen::Index, Eigen::Index>> cellAt(const QPoint& position) const;
    QString cellText(Eigen::Index row, Eigen::Index column) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int cellSize() const;

    Matrix weights_;
    int layer_;
    double largest_;
    QImage image_;
};

} // namespace catnet::ui
