#pragma once

#include "engine/model/parameters.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace catnet::ui {

// Any array as a map to click on: a cell per element (rows down, columns across) filling
// the widget, blue negative, white zero, red positive on a scale symmetric
// around zero. A tall array (dA[0] is 12288 × 209) gets cells thinner than a pixel; the
// arrow keys then move the selection one element at a time. Clicking selects an element,
// which is outlined; hovering shows its name and value.
class MatrixMapView : public QWidget {
    Q_OBJECT
public:
    explicit MatrixMapView(QWidget* parent = nullptr);

    // `name` as in "Z[2]". The matrix is copied; the selection is kept where it still fits.
    void setMatrix(const QString& name, const Matrix& values);
    const Matrix& matrix() const { return values_; }

    void select(Eigen::Index row, Eigen::Index column);
    Eigen::Index selectedRow() const { return row_; }
    Eigen::Index selectedColumn() const { return column_; }

    // The element under a point of the widget, and where an element is drawn.
    std::optional<std::pair<Eigen::Index, Eigen::Index>> cellAt(const QPoint& position) const;
    QRectF cellRect(Eigen::Index row, Eigen::Index column) const;

    QSize sizeHint() const override { return {320, 200}; }
    QSize minimumSizeHint() const override { return {120, 80}; }

signals:
    void selected(Eigen::Index row, Eigen::Index column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF mapRect() const;

    QString name_;
    Matrix values_;
    QImage image_; // a pixel per element
    Eigen::Index row_ = 0, column_ = 0;
};

} // namespace catnet::ui
