#pragma once

#include <QString>

class QMainWindow;
class QSplitter;

namespace catnet::ui {

class TrainingColumn;
class WorkspaceTabs;

// The parts of a window that its settings describe.
struct WindowParts {
    QMainWindow& window;
    QSplitter& splitter;
    TrainingColumn& column;
    WorkspaceTabs& tabs;
};

// What the window keeps between sessions (QSettings), in one place: its geometry and
// splitters, the network form, the camera's folders, the last data folder, the language
// and whether the tour was offered. Disabled (tests), it reads and writes nothing.
class WindowSettings {
public:
    explicit WindowSettings(bool enabled) : enabled_(enabled) {}

    QString lastDataFolder() const;
    void rememberDataFolder(const QString& folder) const;
    // Keeps View → Language's choice for the next start.
    void setLanguage(const QString& language) const;
    // View → Theme: "system", "light" or "dark"; "system" when disabled.
    QString theme() const;
    void setTheme(const QString& theme) const;
    // True at the first start only (the tour is offered once); false when disabled.
    bool takeFirstStart() const;
    // Whether an earlier session left its network form.
    bool hasSavedForm() const;

    void restore(const WindowParts& parts) const;
    void save(const WindowParts& parts) const;
    // What restore() sets, taken from `earlier` instead of the settings, the form with its
    // undo steps: a window rebuilt in another language continues the one shown.
    static void handOver(const WindowParts& earlier, const WindowParts& next);

private:
    bool enabled_;
};

} // namespace catnet::ui
