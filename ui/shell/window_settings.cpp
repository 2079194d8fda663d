#include "ui/shell/window_settings.h"

#include "ui/predict/camera_panel.h"
#include "ui/shell/language.h"
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

QString WindowSettings::language() const {
    return enabled_ ? chosenLanguage(QSettings()) : QStringLiteral("en");
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

void WindowSettings::restore(QMainWindow& window, QSplitter& splitter, TrainingColumn& column,
                             WorkspaceTabs& tabs) const {
    if (!enabled_)
        return;
    QSettings settings;
    // Values of the wrong type or corrupt blobs simply fail to restore.
    window.restoreGeometry(settings.value("window/geometry").toByteArray());
    column.networkPanel()->restoreSettings(settings);
    CameraPanel* camera = tabs.cameraPanel();
    camera->setCaptureFolders(settings.value("camera/catsFolder", camera->catsFolder()).toString(),
                              settings.value("camera/nonCatsFolder", camera->nonCatsFolder()).toString());
    splitter.restoreState(settings.value("window/mainSplitter").toByteArray());
    tabs.trainingTab()->restoreState(settings.value("window/trainingSplitter").toByteArray());
}

void WindowSettings::save(const QMainWindow& window, const QSplitter& splitter, const TrainingColumn& column,
                          const WorkspaceTabs& tabs) const {
    if (!enabled_)
        return;
    QSettings settings;
    settings.setValue("window/geometry", window.saveGeometry());
    column.networkPanel()->saveSettings(settings);
    settings.setValue("camera/catsFolder", tabs.cameraPanel()->catsFolder());
    settings.setValue("camera/nonCatsFolder", tabs.cameraPanel()->nonCatsFolder());
    settings.setValue("window/mainSplitter", splitter.saveState());
    settings.setValue("window/trainingSplitter", tabs.trainingTab()->saveState());
}

} // namespace catnet::ui
