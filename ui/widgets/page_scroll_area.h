#pragma once

#include <QScrollArea>

namespace catnet::ui {

// A scroll area that gives its page the whole viewport and scrolls only below the
// page's minimum size. QScrollArea's own resizable mode sizes a page holding
// word-wrapped text to the height of every view's preferred size (heightForWidth adds
// up size hints), so a tab scrolled at 1280×800 although its views could shrink to fit.
class PageScrollArea : public QScrollArea {
    Q_OBJECT
public:
    explicit PageScrollArea(QWidget* page, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitPage();
};

} // namespace catnet::ui
