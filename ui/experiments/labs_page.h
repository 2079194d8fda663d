#pragma once

#include <QWidget>

class QStackedWidget;
class QTabBar;

namespace catnet::ui {

class InitLabPanel;
class OverfittingLabPanel;

// The "Labs" tab: the experiments that train a row of runs of the network on the left
// and explain each, one lab on screen at a time (a bar on top picks it): the
// initialization lab and the overfitting lab. One tab for both keeps the window's tab
// bar within 1280 pixels.
class LabsPage : public QWidget {
    Q_OBJECT
public:
    LabsPage(InitLabPanel* initLab, OverfittingLabPanel* overfittingLab, QWidget* parent = nullptr);

    // Brings `lab` (one of the two panels) to the front.
    void showLab(QWidget* lab);
    QWidget* currentLab() const;

private:
    QTabBar* bar_;
    QStackedWidget* stack_;
};

} // namespace catnet::ui
