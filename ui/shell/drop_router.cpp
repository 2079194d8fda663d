#include "ui/shell/drop_router.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace catnet::ui {

DropRouter::DropRouter(QWidget* window) : QObject(window), window_(window) {
    window->setAcceptDrops(true);
    QCoreApplication::instance()->installEventFilter(this);
}

bool DropRouter::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    auto* drop = static_cast<QDropEvent*>(event);
    if (!widget || widget->window() != window_ || !drop->mimeData()->hasUrls())
        return false;
    drop->acceptProposedAction();
    if (type == QEvent::Drop)
        route(*drop);
    return true;
}

void DropRouter::route(const QDropEvent& event) {
    const QList<QUrl> urls = event.mimeData()->urls();
    if (urls.isEmpty())
        return;
    const QUrl& url = urls.front();
    if (!url.isLocalFile()) {
        emit refused(tr("%1 is a web address; save the image to a file first, then drop the file.").arg(url.toString()));
        return;
    }
    if (urls.size() == 1 && !QFileInfo(url.toLocalFile()).isDir()) {
        emit fileDropped(url.toLocalFile());
        return;
    }
    QStringList paths;
    for (const QUrl& dropped : urls)
        if (dropped.isLocalFile())
            paths << dropped.toLocalFile();
    emit pathsDropped(paths);
}

} // namespace catnet::ui
