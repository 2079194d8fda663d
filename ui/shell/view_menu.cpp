#include "ui/shell/view_menu.h"

#include "ui/shell/language.h"
#include "ui/shell/window_settings.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace catnet::ui {

ViewMenu::ViewMenu(QMenu* view, const WindowSettings& settings, QObject* parent)
    : QObject(parent), settings_(settings) {
    addLanguages(view);
    addThemes(view);
    if (const Theme chosen = themeNamed(settings_.theme()); chosen != Theme::System)
        applyTheme(chosen); // as chosen in an earlier session
}

void ViewMenu::checkFont() {
    if (const QString problem = unreadableLanguageProblem(installedLanguage()); !problem.isEmpty())
        emit notice(problem);
}

void ViewMenu::addLanguages(QMenu* view) {
    QMenu* languages = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = installedLanguage();
    int key = Qt::Key_1;
    for (const QString& language : availableLanguages()) {
        QAction* action = languages->addAction(languageName(language), this, [this, language] {
            settings_.setLanguage(language);
            if (const QString problem = unreadableLanguageProblem(language); !problem.isEmpty())
                emit notice(problem);
            else
                emit languageChosen(language);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | key++));
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setObjectName("language_" + language);
        group->addAction(action);
    }
}

void ViewMenu::addThemes(QMenu* view) {
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(this);
    const Theme current = themeNamed(settings_.theme());
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, title] : choices) {
        QAction* action = themes->addAction(title, this, [this, theme = theme] {
            applyTheme(theme);
            settings_.setTheme(themeName(theme));
        });
        action->setCheckable(true);
        action->setChecked(theme == current);
        action->setObjectName("theme_" + themeName(theme));
        group->addAction(action);
    }
}

} // namespace catnet::ui
