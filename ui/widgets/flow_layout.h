#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace catnet::ui {

// Lays its items out left to right and starts a new row where the width runs out (Qt's
// "Flow Layout" example), so a row of pictures fits a narrow page by wrapping instead of
// widening it: the layout's minimum width is its widest item's.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(items_.size()); }
    QLayoutItem* itemAt(int index) const override { return items_.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (or only measures); returns the height used.
    int arrange(const QRect& rect, bool place) const;
    int gap(QStyle::PixelMetric metric) const;

    QList<QLayoutItem*> items_;
    int spacing_;
};

} // namespace catnet::ui
