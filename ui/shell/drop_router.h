#pragma once

#include <QObject>
#include <QStringList>

class QDropEvent;
class QWidget;

namespace catnet::ui {

// Lets files be dropped anywhere on a window: as an application-wide event filter it
// takes every drag of URLs over any of the window's widgets (a chart's graphics view or a
// table would refuse them silently) and says what was dropped.
class DropRouter : public QObject {
    Q_OBJECT
public:
    // Watches drops on `window` and its children; installs itself on the application.
    explicit DropRouter(QWidget* window);

signals:
    // One file.
    void fileDropped(const QString& path);
    // A folder, or several files and folders.
    void pathsDropped(const QStringList& paths);
    // Something that cannot be predicted (a web address), and why.
    void refused(const QString& why);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void route(const QDropEvent& event);

    QWidget* window_;
};

} // namespace catnet::ui
