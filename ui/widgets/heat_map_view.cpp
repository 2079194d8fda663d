#include "ui/widgets/heat_map_view.h"

#include "ui/widgets/colour_scales.h"
#include "ui/widgets/hover_tip.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {

constexpr int kMargin = 8;

} // namespace

HeatMapView::HeatMapView(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

void HeatMapView::setAxes(const QString& rowTitle, const QStringList& rowLabels, const QString& columnTitle,
                          const QStringList& columnLabels) {
    rowTitle_ = rowTitle;
    columnTitle_ = columnTitle;
    rowLabels_ = rowLabels;
    columnLabels_ = columnLabels;
    cells_.assign(std::size_t(rowLabels.size() * columnLabels.size()), Cell{});
    current_ = 0;
    updateGeometry();
    update();
}

void HeatMapView::setCell(int row, int column, double shade, const QString& text, bool marked,
                          const QString& toolTip) {
    const int index = row * columnCount() + column;
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return;
    cells_[std::size_t(index)] = {true, shade, text, toolTip, marked};
    update(cellRect(row, column));
}

QString HeatMapView::cellText(int row, int column) const {
    const int index = row * columnCount() + column;
    return index >= 0 && index < int(cells_.size()) ? cells_[std::size_t(index)].text : QString();
}

bool HeatMapView::isMarked(int row, int column) const {
    const int index = row * columnCount() + column;
    return index >= 0 && index < int(cells_.size()) && cells_[std::size_t(index)].marked;
}

QColor HeatMapView::cellColour(int row, int column) const {
    const int index = row * columnCount() + column;
    if (index < 0 || index >= int(cells_.size()) || !cells_[std::size_t(index)].filled)
        return palette().color(QPalette::Base);
    const Cell& cell = cells_[std::size_t(index)];
    return cell.marked ? QColor(150, 150, 150) : viridis(cell.shade);
}

QRect HeatMapView::gridRect() const {
    const QFontMetrics metrics(font());
    int labelWidth = metrics.horizontalAdvance(rowTitle_);
    for (const QString& label : rowLabels_)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const int top = kMargin + 2 * metrics.height() + 4; // column title and labels
    const int left = kMargin + labelWidth + 8;
    return QRect(left, top, std::max(0, width() - left - kMargin), std::max(0, height() - top - kMargin));
}

QRect HeatMapView::cellRect(int row, int column) const {
    const QRect grid = gridRect();
    if (rowCount() == 0 || columnCount() == 0)
        return {};
    const int w = grid.width() / columnCount(), h = grid.height() / rowCount();
    return QRect(grid.left() + column * w, grid.top() + row * h, w, h);
}

int HeatMapView::cellAt(const QPoint& point) const {
    for (int row = 0; row < rowCount(); ++row)
        for (int column = 0; column < columnCount(); ++column)
            if (cellRect(row, column).contains(point))
                return row * columnCount() + column;
    return -1;
}

QSize HeatMapView::sizeHint() const {
    return QSize(120 + 90 * std::max(1, columnCount()), 60 + 40 * std::max(1, rowCount()));
}

QSize HeatMapView::minimumSizeHint() const {
    return QSize(200, 100);
}

void HeatMapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics(font());
    const QRect grid = gridRect();
    if (rowCount() == 0 || columnCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Choose one or two settings and their values, then Run sweep."));
        return;
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(grid.left(), kMargin, grid.width(), metrics.height()), Qt::AlignHCenter, columnTitle_);
    painter.drawText(QRect(kMargin, kMargin + metrics.height() + 4, grid.left() - kMargin, metrics.height()),
                     Qt::AlignLeft, rowTitle_);
    for (int column = 0; column < columnCount(); ++column) {
        const QRect cell = cellRect(0, column);
        painter.drawText(QRect(cell.left(), kMargin + metrics.height() + 4, cell.width(), metrics.height()),
                         Qt::AlignHCenter, metrics.elidedText(columnLabels_[column], Qt::ElideMiddle, cell.width() - 4));
    }
    for (int row = 0; row < rowCount(); ++row) {
        const QRect cell = cellRect(row, 0);
        painter.drawText(QRect(kMargin, cell.top(), grid.left() - kMargin - 8, cell.height()),
                         Qt::AlignRight | Qt::AlignVCenter, rowLabels_[row]);
    }
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            const QRect area = cellRect(row, column).adjusted(1, 1, -1, -1);
            const Cell& cell = cells_[std::size_t(row * columnCount() + column)];
            const QColor colour = cellColour(row, column);
            painter.fillRect(area, colour);
            if (cell.marked)
                painter.fillRect(area, QBrush(QColor(90, 90, 90), Qt::BDiagPattern));
            if (!cell.filled) {
                painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
                painter.drawRect(area);
                continue;
            }
            painter.setPen(colour.lightnessF() > 0.55 ? Qt::black : Qt::white);
            painter.drawText(area, Qt::AlignCenter, cell.text);
        }
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(cellRect(current_ / columnCount(), current_ % columnCount()).adjusted(1, 1, -2, -2));
    }
}

void HeatMapView::mousePressEvent(QMouseEvent* event) {
    const int index = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || index < 0)
        return;
    current_ = index;
    update();
    if (cells_[std::size_t(index)].filled)
        emit cellActivated(index / columnCount(), index % columnCount());
}

void HeatMapView::keyPressEvent(QKeyEvent* event) {
    if (cells_.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int row = current_ / columnCount(), column = current_ % columnCount();
    switch (event->key()) {
    case Qt::Key_Left:
        column = std::max(0, column - 1);
        break;
    case Qt::Key_Right:
        column = std::min(columnCount() - 1, column + 1);
        break;
    case Qt::Key_Up:
        row = std::max(0, row - 1);
        break;
    case Qt::Key_Down:
        row = std::min(rowCount() - 1, row + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (cells_[std::size_t(current_)].filled)
            emit cellActivated(row, column);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    current_ = row * columnCount() + column;
    update();
}

bool HeatMapView::event(QEvent* event) {
    if (showHoverTip(this, event, [this](const QPoint& point) -> std::optional<QString> {
            const int index = cellAt(point);
            if (index < 0)
                return std::nullopt;
            const Cell& cell = cells_[std::size_t(index)];
            return cell.filled ? cell.toolTip : tr("not trained yet");
        }))
        return true;
    return QWidget::event(event);
}

} // namespace catnet::ui
