#pragma once

#include <QString>

class QMainWindow;
class QSplitter;

namespace catnet::ui {

class TrainingColumn;
class WorkspaceTabs;

// What the window keeps between sessions (QSettings), in one place: its geometry and
// splitters, the network form, the camera's folders, the last data folder, the language
// and whether the tour was offered. Disabled (tests), it reads and writes nothing.
class WindowSettings {
public:
    explicit WindowSettings(bool enabled) : enabled_(enabled) {}

    QString lastDataFolder() const;
    void rememberDataFolder(const QString& folder) const;
    // The language chosen (View → Language, else the system's); "en" when disabled.
    QString language() const;
    void setLanguage(const QString& language) const;
    // View → Theme: "system", "light" or "dark"; "system" when disabled.
    QString theme() const;
    void setTheme(const QString& theme) const;
    // True at the first start only (the tour is offered once); false when disabled.
    bool takeFirstStart() const;
    // Whether an earlier session left its network form.
    bool hasSavedForm() const;

    void restore(QMainWindow& window, QSplitter& splitter, TrainingColumn& column, WorkspaceTabs& tabs) const;
    void save(const QMainWindow& window, const QSplitter& splitter, const TrainingColumn& column,
              const WorkspaceTabs& tabs) const;

private:
    bool enabled_;
};

} // namespace catnet::ui
