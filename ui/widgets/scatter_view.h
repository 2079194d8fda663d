#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <functional>

namespace catnet::ui {

// Points in a plane with fixed axes: a dot (or the point's picture) in its own colour,
// ringed when marked. The axes stay where setRange put them, so that points that move
// between two calls of setPoints are seen to move. Hovering a point shows its tip;
// clicking one emits pointActivated.
class ScatterView : public QWidget {
    Q_OBJECT
public:
    struct Point {
        QPointF position;
        QColor colour;
        bool marked = false; // ringed: e.g. an image the network gets wrong
        QImage picture;      // drawn instead of the dot while pictures are shown
        int id = 0;          // handed back by pointActivated and the tip
    };

    explicit ScatterView(QWidget* parent = nullptr);

    void setTitles(const QString& horizontal, const QString& vertical);
    // The plotted area in data units (widened to round ticks).
    void setRange(const QRectF& range);
    void setPoints(QList<Point> points);
    // Draws each point's picture (when it has one) instead of its dot.
    void setShowPictures(bool show);
    // The tip for the point with this id.
    void setTip(std::function<QString(int id)> tip);
    // Text drawn in the middle when there are no points.
    void setPlaceholder(const QString& text);

    const QList<Point>& points() const { return points_; }
    QRectF range() const { return range_; }
    // Where the point with this id is drawn; null when it is not shown.
    QPointF pixelOf(int id) const;
    // The point under `pixel` (the topmost), or -1.
    int idAt(QPointF pixel) const;

    QSize minimumSizeHint() const override { return {240, 200}; }
    QSize sizeHint() const override { return {480, 400}; }

signals:
    void pointActivated(int id);
    // The mouse is over the point with this id now (-1: over none).
    void pointHovered(int id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF plotArea() const;
    QPointF toPixel(QPointF value) const;
    double markerRadius() const;

    QString horizontal_, vertical_, placeholder_;
    QRectF range_{-1.0, -1.0, 2.0, 2.0}; // x from left(), y from top() (the lowest) to bottom()
    QList<Point> points_;
    bool showPictures_ = false;
    std::function<QString(int)> tip_;
    int hovered_ = -1;
};

} // namespace catnet::ui
