#pragma once

#include "engine/inspect/value_summary.h"

#include <QWidget>

#include <optional>

namespace catnet::ui {

// Bars of a ValueSummary's histogram over a value axis with 1-2-5 ticks. Hovering a bar shows its
// interval and count (barText) in a tooltip.
class HistogramView : public QWidget {
    Q_OBJECT
public:
    explicit HistogramView(QWidget* parent = nullptr);

    void setSummary(const ValueSummary& summary, const QString& title);
    // The bar under `position`, if any, and what its tooltip says.
    std::optional<int> barAt(const QPoint& position) const;
    QString barText(int bar) const;
    // The value axis: 1-2-5 ticks between the smallest and the largest value, and their labels.
    QList<double> ticks() const;
    QString tickLabel(double tick) const;

    QSize sizeHint() const override { return {360, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotArea() const;

    ValueSummary summary_;
    QString title_;
};

} // namespace catnet::ui
