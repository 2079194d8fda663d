#include "ui/widgets/histogram_view.h"

#include "ui/widgets/hover_tip.h"
#include "ui/widgets/nice_scale.h"

#include <QPainter>

#include <algorithm>

namespace catnet::ui {

HistogramView::HistogramView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumHeight(120);
}

void HistogramView::setSummary(const ValueSummary& summary, const QString& title) {
    summary_ = summary;
    title_ = title;
    setToolTip(title);
    update();
}

QRectF HistogramView::plotArea() const {
    const int line = fontMetrics().height();
    return QRectF(8, line + 8, width() - 16, height() - 2 * line - 20);
}

std::optional<int> HistogramView::barAt(const QPoint& position) const {
    const QRectF area = plotArea();
    if (summary_.bins.empty() || !area.contains(position))
        return std::nullopt;
    const int bar = int((position.x() - area.left()) / area.width() * double(summary_.bins.size()));
    return std::clamp(bar, 0, int(summary_.bins.size()) - 1);
}

QList<double> HistogramView::ticks() const {
    return summary_.bins.empty() ? QList<double>() : linearTicks(summary_.min, summary_.max);
}

QString HistogramView::tickLabel(double tick) const {
    return QString::number(tick, 'f', decimalsFor(niceStep(summary_.max - summary_.min)));
}

QString HistogramView::barText(int bar) const {
    const double from = summary_.min + bar * summary_.binWidth();
    const bool last = bar + 1 == int(summary_.bins.size());
    return tr("[%1, %2%3: %4 values").arg(from, 0, 'g', 4).arg(from + summary_.binWidth(), 0, 'g', 4)
        .arg(last ? "]" : ")").arg(summary_.bins[std::size_t(bar)]);
}

bool HistogramView::event(QEvent* event) {
    const auto textAt = [this](const QPoint& position) -> std::optional<QString> {
        if (const auto bar = barAt(position))
            return barText(*bar);
        return std::nullopt;
    };
    return showHoverTip(this, event, textAt) || QWidget::event(event);
}

void HistogramView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().text().color());
    // A narrow view elides its title; the tooltip has it whole.
    const QString title = fontMetrics().elidedText(title_, Qt::ElideRight, width() - 16);
    painter.drawText(QRectF(8, 4, width() - 16, fontMetrics().height()), Qt::AlignLeft, title);
    if (summary_.bins.empty() || summary_.count == 0)
        return;
    const QRectF area = plotArea();
    const auto highest = *std::max_element(summary_.bins.begin(), summary_.bins.end());
    const double barWidth = area.width() / double(summary_.bins.size());
    for (std::size_t k = 0; k < summary_.bins.size(); ++k) {
        const double h = highest > 0 ? area.height() * double(summary_.bins[k]) / double(highest) : 0.0;
        painter.fillRect(QRectF(area.left() + double(k) * barWidth, area.bottom() - h, std::max(1.0, barWidth - 1), h),
                         QColor(0x00, 0x72, 0xB2)); // Okabe–Ito blue
    }
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    // The value axis on the same 1-2-5 ticks as every chart (the hover gives exact bins).
    const double span = summary_.max - summary_.min;
    double free = 0.0; // labels that would overlap are left out
    for (double tick : ticks()) {
        const double x = span > 0 ? area.left() + area.width() * (tick - summary_.min) / span : area.center().x();
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 3));
        const QString label = tickLabel(tick);
        const double textWidth = fontMetrics().horizontalAdvance(label);
        const double left = std::clamp(x - textWidth / 2, 0.0, std::max(0.0, width() - textWidth));
        if (left < free)
            continue;
        painter.drawText(QRectF(left, area.bottom() + 4, textWidth, fontMetrics().height()), Qt::AlignCenter, label);
        free = left + textWidth + fontMetrics().averageCharWidth();
    }
    if (summary_.min < 0 && summary_.max > 0) { // where zero is
        const double x = area.left() + area.width() * (-summary_.min) / (summary_.max - summary_.min);
        painter.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

} // namespace catnet::ui
