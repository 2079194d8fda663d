#include "ui/shell/notice_bar.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
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
    message_->setToolTip({});
    action_->setText(actionText);
    action_->setVisible(!actionText.isEmpty());
    run_ = std::move(action);
    show();
}

void NoticeBar::showProblems(const QString& summary, const QStringList& problems) {
    const QString all = problems.join('\n');
    showNotice(summary, tr("Copy the list"), [all] { QApplication::clipboard()->setText(all); });
    message_->setToolTip(all);
}

void NoticeBar::showSkippedRuns(const QStringList& problems) {
    showProblems(problems.size() == 1 ? tr("1 kept run could not be read and was skipped: %1").arg(shortList(problems))
                                      : tr("%1 kept runs could not be read and were skipped: %2")
                                            .arg(QString::number(problems.size()), shortList(problems)),
                 problems);
}

QString NoticeBar::shortList(const QStringList& problems, int shown) {
    QStringList named;
    for (const QString& problem : problems.mid(0, shown)) {
        const qsizetype colon = problem.indexOf(QLatin1String(": "));
        const QString file = colon < 0 ? problem : problem.left(colon);
        named << QFileInfo(file.startsWith('\'') && file.endsWith('\'') ? file.mid(1, file.size() - 2) : file).fileName() +
                     (colon < 0 ? QString() : problem.mid(colon));
    }
    QString text = named.join(QLatin1String("; "));
    if (problems.size() > shown)
        text += tr(" and %n more", nullptr, int(problems.size() - shown));
    return text;
}

QString NoticeBar::details() const {
    return message_->toolTip();
}

QString NoticeBar::text() const {
    return isVisible() ? message_->text() : QString();
}

} // namespace catnet::ui
