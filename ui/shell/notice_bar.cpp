#include "ui/shell/notice_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace catnet::ui {

NoticeBar::NoticeBar(QWidget* parent) : QFrame(parent) {
    setObjectName("noticeBar");
    setFrameShape(QFrame::StyledPanel);
    // Amber on both light and dark palettes; the text keeps the palette's own colour.
    setStyleSheet("#noticeBar { background: rgba(255, 170, 0, 60); border: 1px solid rgb(200, 130, 0); }");
    message_ = new QLabel(this);
    message_->setObjectName("noticeText");
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    action_ = new QPushButton(this);
    action_->setObjectName("noticeAction");
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName("noticeDismiss");
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(message_, 1);
    layout->addWidget(action_);
    layout->addWidget(dismiss);
    connect(action_, &QPushButton::clicked, this, [this] {
        if (run_)
            run_();
    });
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showNotice(const QString& message, const QString& actionText, std::function<void()> action) {
    message_->setText(message);
    action_->setText(actionText);
    action_->setVisible(!actionText.isEmpty());
    run_ = std::move(action);
    show();
}

QString NoticeBar::text() const {
    return isVisible() ? message_->text() : QString();
}

} // namespace catnet::ui
