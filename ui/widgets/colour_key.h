#pragma once

#include <QList>
#include <QWidget>

#include <functional>

namespace catnet::ui {

// The key of a colour scale: a line saying what the colours mean, a bar of the scale's
// colours from its left end (0) to its right end (1), and values (or words) under the
// bar where they fall. Every picture drawn on a colour scale shows one beside it.
class ColourKey : public QWidget {
    Q_OBJECT
public:
    using Colours = std::function<QColor(double share)>;
    struct Mark {
        double share; // 0…1 along the bar
        QString text;
    };

    explicit ColourKey(QWidget* parent = nullptr);

    // `bands` > 0 draws the scale in that many steps (as a contour map is), else smoothly.
    void setScale(Colours colours, int bands = 0);
    void setMarks(const QList<Mark>& marks);
    void setCaption(const QString& caption);

    // Marks at the 1-2-5 values (nice_scale.h) of a bar running from `low` to `high`,
    // evenly (written by `text`) or on a log scale (a range too narrow to hold two of
    // them gets the multiples of its linear 1-2-5 step instead).
    static QList<Mark> linearMarks(double low, double high, const std::function<QString(double)>& text);
    static QList<Mark> logMarks(double low, double high);

    QColor colourAt(double share) const;
    QStringList markTexts() const;
    QString caption() const { return caption_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect barRect() const;
    int marksWidth() const;

    Colours colours_;
    int bands_ = 0;
    QList<Mark> marks_;
    QString caption_;
};

} // namespace catnet::ui
