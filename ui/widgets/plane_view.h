#pragma once

#include "engine/model/parameters.h"

#include <QImage>
#include <QPointF>
#include <QWidget>

#include <array>
#include <vector>

namespace catnet::ui {

// P(cat) over a plane of images (decision_plane.h) as a map: blue where the network says
// non-cat, white at 0.5, orange where it says cat, the 0.5 line drawn through it, and the
// three images the plane passes through at (0, 0), (1, 0) and (0, 1). Reports the point
// under the mouse in the plane's coordinates.
class PlaneView : public QWidget {
    Q_OBJECT
public:
    explicit PlaneView(QWidget* parent = nullptr);

    // `pCat` (G × G) at `alphas` (rows) × `betas` (columns); the corner images and names.
    void setPlane(const Matrix& pCat, std::vector<double> alphas, std::vector<double> betas,
                  const std::array<QImage, 3>& corners, const std::array<QString, 3>& names);
    void clear();
    void setPlaceholder(const QString& text);
    // The colour of a probability on the map.
    static QColor colourOf(double probability);
    // The widget pixel of plane point (α, β).
    QPointF pixelOf(double alpha, double beta) const;

    QSize minimumSizeHint() const override { return {220, 220}; }
    QSize sizeHint() const override { return {440, 440}; }

signals:
    // The mouse is over plane point (α, β); `inside` false once it leaves the map.
    void pointHovered(double alpha, double beta, bool inside);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF mapArea() const;
    // The 0.5 line as segments in grid coordinates (marching squares).
    std::vector<std::pair<QPointF, QPointF>> halfLine() const;

    Matrix pCat_;
    std::vector<double> alphas_, betas_;
    std::array<QImage, 3> corners_;
    std::array<QString, 3> names_;
    QImage map_; // one pixel per grid point
    QString placeholder_;
};

} // namespace catnet::ui
