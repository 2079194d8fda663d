#include "ui/shell/window_settings.h"

#include "ui/predict/camera_panel.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/training/network_panel.h"
#include "ui/training/training_column.h"
#include "ui/training/training_tab.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace catnet::ui {

QString WindowSettings::lastDataFolder() const {
    return enabled_ ? QSettings().value("data/lastFolder").toString() : QString();
}

void WindowSettings::rememberDataFolder(const QString& folder) const {
    if (enabled_)
        QSettings().setValue("data/lastFolder", folder);
}

void WindowSettings::setLanguage(const QString& language) const {
    if (enabled_)
        QSettings().setValue("view/language", language);
}

QString WindowSettings::theme() const {
    return enabled_ ? QSettings().value("view/theme", QStringLiteral("system")).toString() : QStringLiteral("system");
}

void WindowSettings::setTheme(const QString& theme) const {
    if (enabled_)
        QSettings().setValue("view/theme", theme);
}

bool WindowSettings::takeFirstStart() const {
    if (!enabled_ || QSettings().value("tour/offered").toBool())
        return false;
    QSettings().setValue("tour/offered", true);
    return true;
}

bool WindowSettings::hasSavedForm() const {
    return enabled_ && QSettings().contains("network/dims");
}

void WindowSettings::restore(const WindowParts& parts) const {
    if (!enabled_)
        return;
    QSettings settings;
    // Values of the wrong type or corrupt blobs simply fail to restore.
    parts.window.restoreGeometry(settings.value("window/geometry").toByteArray());
    parts.column.networkPanel()->restoreSettings(settings);
    CameraPanel* camera = parts.tabs.cameraPanel();
    camera->setCaptureFolders(settings.value("camera/catsFolder", camera->catsFolder()).toString(),
                              settings.value("camera/nonCatsFolder", camera->nonCatsFolder()).toString());
    parts.splitter.restoreState(settings.value("window/mainSplitter").toByteArray());
    parts.tabs.trainingTab()->restoreState(settings.value("window/trainingSplitter").toByteArray());
}

void WindowSettings::save(const WindowParts& parts) const {
    if (!enabled_)
        return;
    QSettings settings;
    settings.setValue("window/geometry", parts.window.saveGeometry());
    parts.column.networkPanel()->saveSettings(settings);
    settings.setValue("camera/catsFolder", parts.tabs.cameraPanel()->catsFolder());
    settings.setValue("camera/nonCatsFolder", parts.tabs.cameraPanel()->nonCatsFolder());
    settings.setValue("window/mainSplitter", parts.splitter.saveState());
    settings.setValue("window/trainingSplitter", parts.tabs.trainingTab()->saveState());
}

void WindowSettings::handOver(const WindowParts& earlier, const WindowParts& next) {
    next.window.restoreGeometry(earlier.window.saveGeometry());
    next.column.networkPanel()->takeOver(*earlier.column.networkPanel());
    const CameraPanel* camera = earlier.tabs.cameraPanel();
    next.tabs.cameraPanel()->setCaptureFolders(camera->catsFolder(), camera->nonCatsFolder());
    next.splitter.restoreState(earlier.splitter.saveState());
    next.tabs.trainingTab()->restoreState(earlier.tabs.trainingTab()->saveState());
    next.tabs.setCurrentIndex(earlier.tabs.currentIndex());
}

} // namespace catnet::ui
