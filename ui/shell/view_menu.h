#pragma once

#include <QObject>

class QMenu;

namespace catnet::ui {

class WindowSettings;

// View → Language and View → Theme: what they offer, what the settings keep, and what
// a choice does. A theme applies at once; a language is kept and announced
// (languageChosen: texts are translated as widgets are made, so the window is rebuilt),
// unless no font can show it, which `notice` tells the learner.
class ViewMenu : public QObject {
    Q_OBJECT
public:
    ViewMenu(QMenu* view, const WindowSettings& settings, QObject* parent);
    // A notice when the language in use cannot be shown for want of a font.
    void checkFont();

signals:
    void notice(const QString& text);
    void languageChosen(const QString& language);

private:
    void addLanguages(QMenu* view);
    void addThemes(QMenu* view);

    const WindowSettings& settings_;
};

} // namespace catnet::ui
