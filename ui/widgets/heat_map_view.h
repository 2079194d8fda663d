#pragma once

#include <QWidget>

#include <optional>
#include <vector>

namespace catnet::ui {

// A grid of coloured cells with their numbers in them: one row per value of the first
// setting, one column per value of the second. Colours come from a perceptually even,
// colour-blind-safe scale (viridis); a marked cell (a diverged run) is grey and hatched.
// Clicking a cell, or Enter on the keyboard's current cell, activates it.
class HeatMapView : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapView(QWidget* parent = nullptr);

    void setAxes(const QString& rowTitle, const QStringList& rowLabels, const QString& columnTitle,
                 const QStringList& columnLabels);
    // `shade` in 0…1 picks the colour (1 = best); `text` is written in the cell.
    void setCell(int row, int column, double shade, const QString& text, bool marked, const QString& toolTip);

    int rowCount() const { return int(rowLabels_.size()); }
    int columnCount() const { return int(columnLabels_.size()); }
    // What a cell shows, for tests: empty when not filled yet.
    QString cellText(int row, int column) const;
    bool isMarked(int row, int column) const;
    QColor cellColour(int row, int column) const;
    // The cell under a point of the widget, or -1.
    int cellAt(const QPoint& point) const;
    QRect cellRect(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellActivated(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Cell {
        bool filled = false;
        double shade = 0.0;
        QString text, toolTip;
        bool marked = false;
    };
    QRect gridRect() const;

    QString rowTitle_, columnTitle_;
    QStringList rowLabels_, columnLabels_;
    std::vector<Cell> cells_;
    int current_ = 0;
};

} // namespace catnet::ui
