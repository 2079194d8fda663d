#include "ui/widgets/colour_key.h"

#include "ui/widgets/nice_scale.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {
constexpr int kBarHeight = 12;
constexpr int kBarWidth = 220;
} // namespace

ColourKey::ColourKey(QWidget* parent) : QWidget(parent), colours_([](double) { return QColor(Qt::gray); }) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ColourKey::setScale(Colours colours, int bands) {
    colours_ = std::move(colours);
    bands_ = bands;
    update();
}

void ColourKey::setMarks(const QList<Mark>& marks) {
    marks_ = marks;
    updateGeometry();
    update();
}

void ColourKey::setCaption(const QString& caption) {
    caption_ = caption;
    setToolTip(caption);
    updateGeometry();
    update();
}

QList<ColourKey::Mark> ColourKey::linearMarks(double low, double high, const std::function<QString(double)>& text) {
    QList<Mark> marks;
    if (!(high != low))
        return marks;
    const auto [from, to] = std::minmax(low, high);
    for (double tick : linearTicks(from, to))
        marks.append({(tick - low) / (high - low), text(tick)});
    // Left to right, also when the bar runs from a high value down to a low one.
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.share < b.share; });
    return marks;
}

QList<ColourKey::Mark> ColourKey::logMarks(double low, double high) {
    QList<Mark> marks;
    if (!(low > 0) || !(high > low))
        return marks;
    QList<double> ticks = logTicks(low, high);
    if (ticks.size() < 2) // a narrow range (0.597…0.637): its linear 1-2-5 steps, placed on the log bar
        ticks = linearTicks(low, high);
    if (ticks.size() > 7) { // keep the decades only
        QList<double> decades;
        for (double tick : ticks)
            if (logTickLabel(tick).startsWith('1'))
                decades.append(tick);
        ticks = decades;
    }
    for (double tick : ticks)
        marks.append({std::log(tick / low) / std::log(high / low), logTickLabel(tick)});
    return marks;
}

QColor ColourKey::colourAt(double share) const {
    share = std::clamp(share, 0.0, 1.0);
    if (bands_ > 0) // the middle of the band `share` falls in
        share = (std::min(std::floor(share * bands_), double(bands_ - 1)) + 0.5) / bands_;
    return colours_(share);
}

QStringList ColourKey::markTexts() const {
    QStringList texts;
    for (const Mark& mark : marks_)
        texts << mark.text;
    return texts;
}

int ColourKey::marksWidth() const {
    const QFontMetrics metrics = fontMetrics();
    int width = 0;
    for (const Mark& mark : marks_)
        width += metrics.horizontalAdvance(mark.text) + metrics.averageCharWidth();
    return width;
}

QSize ColourKey::sizeHint() const {
    const QFontMetrics metrics = fontMetrics();
    const int marks = marksWidth();
    // A little slack: an advance rounded down would elide the caption's last letter.
    const int caption = metrics.horizontalAdvance(caption_) + metrics.averageCharWidth();
    const int width = std::max({kBarWidth, marks, std::min(caption, 2 * kBarWidth)});
    return {width, metrics.height() * 2 + kBarHeight + 4};
}

QSize ColourKey::minimumSizeHint() const {
    return {std::max(120, marksWidth()), sizeHint().height()};
}

QRect ColourKey::barRect() const {
    const QFontMetrics metrics = fontMetrics();
    return {1, metrics.height() + 2, width() - 2, kBarHeight};
}

void ColourKey::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, 0, width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(caption_, Qt::ElideRight, width()));
    const QRect bar = barRect();
    for (int x = 0; x < bar.width(); ++x)
        painter.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()),
                         colourAt((double(x) + 0.5) / double(std::max(1, bar.width()))));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    const int top = bar.bottom() + 2;
    int free = 0; // where the next text may start: texts that would overlap are left out
    for (const Mark& mark : marks_) {
        const int x = bar.left() + int(std::lround(std::clamp(mark.share, 0.0, 1.0) * (bar.width() - 1)));
        painter.drawLine(x, bar.bottom() - 2, x, bar.bottom() + 1);
        const int textWidth = metrics.horizontalAdvance(mark.text);
        const int left = std::clamp(x - textWidth / 2, 0, std::max(0, width() - textWidth));
        if (left < free)
            continue;
        painter.drawText(QRect(left, top, textWidth, metrics.height()), Qt::AlignCenter, mark.text);
        free = left + textWidth + metrics.averageCharWidth();
    }
}

} // namespace catnet::ui
