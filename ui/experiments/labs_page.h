#pragma once

#include <QString>
#include <QWidget>

class QStackedWidget;
class QTabBar;

namespace catnet::ui {

// Pages behind a bar on top that picks one: the "Labs" tab (the experiments that train
// the network on the left and explain what they show: initializations, overfitting,
// optimizers, learning rate) and the Projector tab's two views. One tab for several
// keeps the window's tab bar within 1280 pixels.
class LabsPage : public QWidget {
    Q_OBJECT
public:
    // `barName`: the bar's object name (tests find it by it).
    explicit LabsPage(const QString& barName = QStringLiteral("labsBar"), QWidget* parent = nullptr);

    void addLab(QWidget* lab, const QString& title, const QString& toolTip);
    // Brings `lab` (one added) to the front.
    void showLab(QWidget* lab);
    QWidget* currentLab() const;

private:
    QTabBar* bar_;
    QStackedWidget* stack_;
};

} // namespace catnet::ui
