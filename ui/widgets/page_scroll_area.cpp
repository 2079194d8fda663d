#include "ui/widgets/page_scroll_area.h"

#include <QEvent>
#include <QScrollBar>

namespace catnet::ui {

PageScrollArea::PageScrollArea(QWidget* page, QWidget* parent) : QScrollArea(parent) {
    setWidget(page);
    setWidgetResizable(false); // sized here: the viewport, or the page's minimum if larger
    setFrameShape(QFrame::NoFrame);
    page->installEventFilter(this);
    fitPage();
}

void PageScrollArea::resizeEvent(QResizeEvent* event) {
    QScrollArea::resizeEvent(event);
    fitPage();
}

bool PageScrollArea::eventFilter(QObject* watched, QEvent* event) {
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitPage(); // the page's minimum may have changed
    return QScrollArea::eventFilter(watched, event);
}

void PageScrollArea::fitPage() {
    QWidget* page = widget();
    if (!page)
        return;
    const QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
    // The viewport without scroll bars, then with those the page's minimum needs.
    QSize room = maximumViewportSize();
    if (minimum.width() > room.width())
        room.rheight() -= horizontalScrollBar()->sizeHint().height();
    if (minimum.height() > room.height())
        room.rwidth() -= verticalScrollBar()->sizeHint().width();
    page->resize(room.expandedTo(minimum));
}

} // namespace catnet::ui
