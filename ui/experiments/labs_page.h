#pragma once

#include <QWidget>

class QStackedWidget;
class QTabBar;

namespace catnet::ui {

// The "Labs" tab: the experiments that train the network on the left and explain what
// they show, one lab on screen at a time, a bar on top picking it (initializations,
// overfitting, optimizers, learning rate). One tab for all keeps the window's tab bar
// within 1280 pixels.
class LabsPage : public QWidget {
    Q_OBJECT
public:
    explicit LabsPage(QWidget* parent = nullptr);

    void addLab(QWidget* lab, const QString& title, const QString& toolTip);
    // Brings `lab` (one added) to the front.
    void showLab(QWidget* lab);
    QWidget* currentLab() const;

private:
    QTabBar* bar_;
    QStackedWidget* stack_;
};

} // namespace catnet::ui
