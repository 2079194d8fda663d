#include "ui/widgets/hover_image_box.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace catnet::ui {

namespace {
constexpr int kImageSide = 96; // a 64×64 image at 1.5×
}

HoverImageBox::HoverImageBox(const QString& prompt, const QString& textName, QWidget* parent)
    : QWidget(parent), image_(new QLabel), text_(new QLabel(prompt)) {
    image_->setFixedSize(kImageSide, kImageSide);
    text_->setObjectName(textName);
    text_->setWordWrap(true);
    text_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(image_);
    layout->addWidget(text_);
    layout->addStretch(1);
    setFixedWidth(140);
}

void HoverImageBox::showImage(const QImage& image, const QString& text) {
    image_->setPixmap(QPixmap::fromImage(image.scaled(kImageSide, kImageSide)));
    text_->setText(text);
}

QString HoverImageBox::text() const {
    return text_->text();
}

QWidget* labelledField(QLabel* label, QWidget* field) {
    auto* pair = new QWidget;
    auto* row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    label->setBuddy(field);
    row->addWidget(label);
    row->addWidget(field);
    return pair;
}

} // namespace catnet::ui
