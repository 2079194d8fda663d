#pragma once

#include <QWidget>

#include <optional>
#include <vector>

namespace catnet::ui {

// Parallel coordinates, for a sweep of more than two settings: one vertical axis per
// setting (its values evenly spaced, first at the bottom, labelled), one line per cell
// through its values, coloured on the sweep's scale (viridis, 1 = best) or grey and dashed
// when marked (a diverged run). Dragging along an axis brushes a range of its values:
// only lines inside every brushed range keep their colour and the rest fade, so a learner
// can ask "which of the good runs had keep 0.8?"; a click on an axis without a drag clears
// its brush. Hovering names a line; clicking one activates it.
class ParallelCoordinatesView : public QWidget {
    Q_OBJECT
public:
    struct Axis {
        QString title;
        QStringList labels; // its values, in order
    };
    // A brushed range of one axis, in value positions (0 = first value).
    struct Brush {
        double from = 0.0, to = 0.0;
    };

    explicit ParallelCoordinatesView(QWidget* parent = nullptr);

    // New axes; every line and brush is dropped.
    void setAxes(std::vector<Axis> axes);
    // Line `index` through value position[a] of each axis a.
    void setLine(std::size_t index, std::vector<std::size_t> position, double shade, bool marked,
                 const QString& toolTip);
    void setBrush(std::size_t axis, std::optional<Brush> brush);
    std::optional<Brush> brush(std::size_t axis) const;
    // Whether a line passes every brush (and has been set).
    bool isSelected(std::size_t index) const;
    std::size_t lineCount() const { return lines_.size(); }
    std::size_t axisCount() const { return axes_.size(); }

    // Geometry, for tests and the mouse: an axis's x, a value position's y.
    double axisX(std::size_t axis) const;
    double valueY(std::size_t axis, double position) const;
    QColor lineColour(std::size_t index) const; // as drawn now
    // The line nearest a point (within a few pixels), if any.
    std::optional<std::size_t> lineAt(const QPointF& point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void lineActivated(std::size_t index);
    void brushesChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override; // tool tips

private:
    struct Line {
        std::vector<std::size_t> position;
        double shade = 0.0;
        bool marked = false, set = false;
        QString toolTip;
    };
    QRectF plotArea() const;
    std::optional<std::size_t> axisNear(double x) const;
    double positionAt(std::size_t axis, double y) const;

    std::vector<Axis> axes_;
    std::vector<std::optional<Brush>> brushes_;
    std::vector<Line> lines_;
    // A drag under way: its axis and where it started (a value position).
    std::optional<std::size_t> dragAxis_;
    double dragStart_ = 0.0;
    QPointF pressPoint_;
};

} // namespace catnet::ui
