#include "ui/widgets/page_scroll_area.h"

#include <QEvent>
#include <QLayout>
#include <QScrollBar>

#include <algorithm>

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
    QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
    // A page that wraps (FlowLayout, word-wrapped text) needs at least the height its rows
    // take at the width it gets (its least, not its preferred height: that would let a
    // page with wrapped text grow past the viewport).
    const auto tallEnough = [&](int width) {
        if (page->layout() && page->layout()->hasHeightForWidth())
            minimum.setHeight(std::max(minimum.height(),
                                       page->layout()->totalMinimumHeightForWidth(std::max(width, minimum.width()))));
    };
    // The viewport without scroll bars, then with those the page's minimum needs.
    QSize room = maximumViewportSize();
    tallEnough(room.width());
    if (minimum.width() > room.width())
        room.rheight() -= horizontalScrollBar()->sizeHint().height();
    if (minimum.height() > room.height()) {
        room.rwidth() -= verticalScrollBar()->sizeHint().width();
        tallEnough(room.width());
    }
    page->resize(room.expandedTo(minimum));
}

} // namespace catnet::ui
