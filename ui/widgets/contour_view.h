#pragma once

#include "engine/model/parameters.h"

#include <QImage>
#include <QWidget>

#include <utility>

namespace catnet::ui {

// A square grid of values (a loss surface) drawn as filled contours: the values are
// interpolated between grid points, split into bands of equal width in log(value),
// coloured dark (low: valleys are dark) to light (high) on viridis and outlined where a
// band ends; a value that is not a number counts as the highest. A cross marks the
// centre. The axes run from −extent to extent.
class ContourView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBands = 14;

    explicit ContourView(QWidget* parent = nullptr);

    void setValues(const Matrix& values, double extent);
    void clear();
    bool hasValues() const { return values_.size() > 0; }
    // The band (0 = lowest) a value falls in, for the current grid, and its colour.
    int bandOf(double value) const;
    static QColor bandColour(int band);
    // The lowest and highest finite positive values: the ends of the scale.
    std::pair<double, double> valueRange() const;
    // The picture at `side` pixels a side (what paintEvent scales), for tests.
    QImage render(int side) const;

    QSize sizeHint() const override { return QSize(360, 360); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Matrix values_;
    double extent_ = 1.0;
    double low_ = 0.0, high_ = 1.0; // log range
};

} // namespace catnet::ui
