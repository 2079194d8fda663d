#include "ui/widgets/unit_preview.h"

#include "engine/io/dataset.h"
#include "ui/widgets/hover_tip.h"

#include <QPainter>

namespace catnet::ui {

UnitPreview::UnitPreview(QWidget* parent) : QWidget(parent) {
    setFixedSize(256, 256);
    setMouseTracking(true);
}

void UnitPreview::setUnit(const Eigen::RowVectorXd& values, int unit, const QImage& image, const QString& what) {
    values_ = values;
    unit_ = unit;
    image_ = image;
    what_ = what;
    update();
}

void UnitPreview::clear() {
    values_.resize(0);
    image_ = {};
    update();
}

std::optional<QString> UnitPreview::textAt(const QPoint& position) const {
    if (values_.size() != kFeatureCount || !rect().contains(position))
        return std::nullopt;
    const int column = position.x() * kImageWidth / width(), row = position.y() * kImageHeight / height();
    const Eigen::Index first = (Eigen::Index(row) * kImageWidth + column) * kImageChannels; // flatten order
    return tr("unit %1, pixel (row %2, column %3), %4:\nred %5 · green %6 · blue %7")
        .arg(unit_ + 1).arg(row).arg(column).arg(what_)
        .arg(values_(first), 0, 'g', 4).arg(values_(first + 1), 0, 'g', 4).arg(values_(first + 2), 0, 'g', 4);
}

bool UnitPreview::event(QEvent* event) {
    return showHoverTip(this, event, [this](const QPoint& position) { return textAt(position); }) ||
           QWidget::event(event);
}

void UnitPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (!image_.isNull())
        painter.drawImage(rect(), image_); // nearest neighbour: every weight its own square
}

} // namespace catnet::ui
