#include "ui/widgets/matrix_map_view.h"

#include "ui/widgets/colour_scales.h"
#include "ui/widgets/hover_tip.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

MatrixMapView::MatrixMapView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MatrixMapView::setMatrix(const QString& name, const Matrix& values) {
    name_ = name;
    values_ = values;
    const double largest =
        values.size() > 0 && values.allFinite() ? values.cwiseAbs().maxCoeff() : 0.0;
    image_ = QImage(int(values.cols()), int(values.rows()), QImage::Format_RGB32);
    for (Eigen::Index r = 0; r < values.rows(); ++r) {
        auto* line = reinterpret_cast<QRgb*>(image_.scanLine(int(r)));
        for (Eigen::Index c = 0; c < values.cols(); ++c)
            line[c] = diverging(largest > 0 ? values(r, c) / largest : 0.0);
    }
    row_ = std::clamp<Eigen::Index>(row_, 0, std::max<Eigen::Index>(0, values.rows() - 1));
    column_ = std::clamp<Eigen::Index>(column_, 0, std::max<Eigen::Index>(0, values.cols() - 1));
    update();
}

void MatrixMapView::select(Eigen::Index row, Eigen::Index column) {
    if (row < 0 || column < 0 || row >= values_.rows() || column >= values_.cols())
        return;
    row_ = row;
    column_ = column;
    update();
    emit selected(row, column);
}

// The map fills the widget: cells are as wide and as tall as the array's shape allows, so
// that a 5 × 209 array and a 12288 × 209 one both stay clickable.
QRectF MatrixMapView::mapRect() const {
    return QRectF(rect()).adjusted(1, 1, -1, -1);
}

QRectF MatrixMapView::cellRect(Eigen::Index row, Eigen::Index column) const {
    const QRectF map = mapRect();
    const double w = map.width() / double(std::max<Eigen::Index>(1, values_.cols()));
    const double h = map.height() / double(std::max<Eigen::Index>(1, values_.rows()));
    return {map.left() + double(column) * w, map.top() + double(row) * h, w, h};
}

std::optional<std::pair<Eigen::Index, Eigen::Index>> MatrixMapView::cellAt(const QPoint& position) const {
    const QRectF map = mapRect();
    if (values_.size() == 0 || !map.contains(position))
        return std::nullopt;
    const auto row = Eigen::Index((position.y() - map.top()) / map.height() * double(values_.rows()));
    const auto column = Eigen::Index((position.x() - map.left()) / map.width() * double(values_.cols()));
    return std::make_pair(std::clamp<Eigen::Index>(row, 0, values_.rows() - 1),
                          std::clamp<Eigen::Index>(column, 0, values_.cols() - 1));
}

void MatrixMapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (values_.size() == 0)
        return;
    const QRectF map = mapRect();
    painter.drawImage(map, image_);
    painter.setPen(palette().mid().color());
    painter.drawRect(map);
    // The selected element: its cell outlined, or where cells are thinner than a few
    // pixels, a cross through it.
    const QRectF cell = cellRect(row_, column_);
    painter.setPen(QPen(palette().text().color(), 2));
    painter.setBrush(Qt::NoBrush);
    if (cell.width() >= 4 && cell.height() >= 4) {
        painter.drawRect(cell);
    } else {
        const QPointF centre = cell.center();
        painter.drawLine(QPointF(centre.x(), map.top()), QPointF(centre.x(), centre.y() - 4));
        painter.drawLine(QPointF(centre.x(), centre.y() + 4), QPointF(centre.x(), map.bottom()));
        painter.drawLine(QPointF(map.left(), centre.y()), QPointF(centre.x() - 4, centre.y()));
        painter.drawLine(QPointF(centre.x() + 4, centre.y()), QPointF(map.right(), centre.y()));
    }
}

void MatrixMapView::mousePressEvent(QMouseEvent* event) {
    if (const auto cell = cellAt(event->position().toPoint()))
        select(cell->first, cell->second);
    setFocus(Qt::MouseFocusReason);
}

void MatrixMapView::keyPressEvent(QKeyEvent* event) {
    Eigen::Index row = row_, column = column_;
    switch (event->key()) {
    case Qt::Key_Up: --row; break;
    case Qt::Key_Down: ++row; break;
    case Qt::Key_Left: --column; break;
    case Qt::Key_Right: ++column; break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    select(row, column);
}

bool MatrixMapView::event(QEvent* event) {
    const auto textAt = [this](const QPoint& position) -> std::optional<QString> {
        const auto cell = cellAt(position);
        if (!cell)
            return std::nullopt;
        return QStringLiteral("%1[%2, %3] = %4")
            .arg(name_)
            .arg(cell->first)
            .arg(cell->second)
            .arg(values_(cell->first, cell->second), 0, 'g', 6);
    };
    return showHoverTip(this, event, textAt) || QWidget::event(event);
}

} // namespace catnet::ui
