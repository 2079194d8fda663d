#include "ui/experiments/labs_page.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace catnet::ui {

namespace {

// Each lab wraps its status line, so its layout reports a height for its width; a widget
// holding it would pass on its *preferred* height for the width (the chart's 600 pixels),
// and the tab's PageScrollArea would scroll a page that fits. The labs' charts and tables
// take any height: the stack asks only for its minimum.
class LabStack : public QStackedWidget {
public:
    bool hasHeightForWidth() const override { return false; }
};

} // namespace

LabsPage::LabsPage(const QString& barName, QWidget* parent) : QWidget(parent), bar_(new QTabBar), stack_(new LabStack) {
    bar_->setObjectName(barName);
    bar_->setDocumentMode(true);
    bar_->setExpanding(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar_);
    layout->addWidget(stack_, 1);
    connect(bar_, &QTabBar::currentChanged, stack_, &QStackedWidget::setCurrentIndex);
}

void LabsPage::addLab(QWidget* lab, const QString& title, const QString& toolTip) {
    stack_->addWidget(lab);
    bar_->setTabToolTip(bar_->addTab(title), toolTip);
}

void LabsPage::showLab(QWidget* lab) {
    const int index = stack_->indexOf(lab);
    if (index >= 0)
        bar_->setCurrentIndex(index);
}

QWidget* LabsPage::currentLab() const {
    return stack_->currentWidget();
}

} // namespace catnet::ui
