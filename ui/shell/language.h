#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

namespace catnet::ui {

// The languages catnet speaks: "en" (the source text) and "zh_CN" (Simplified Chinese,
// the language of the course text the project started from).
QStringList availableLanguages();
// "English", "简体中文": each language in its own words, for the View → Language menu.
QString languageName(const QString& language);

// The learner's choice ("view/language" in the settings: a language, or empty for the
// system's), else the system locale's language when catnet speaks it, else English.
QString chosenLanguage(const QSettings& settings, const QLocale& system = QLocale::system());

// Installs the translation of `language` (catnet's own, and Qt's where the system has it)
// on the application in place of any installed before; English needs none. False when
// it cannot be loaded. Texts are translated when widgets are made: a window built before
// keeps its language (WindowHost builds a new one).
bool installLanguage(const QString& language);

// Why `language` would show as empty boxes: none of the `fonts` (font families that can
// write it; QFontDatabase's by default) is installed. Empty when it can be shown. In
// English, which every font can show.
QString unreadableLanguageProblem(const QString& language, const QStringList& fonts);
// The language the last installLanguage() installed; "en" before any.
QString installedLanguage();
QString unreadableLanguageProblem(const QString& language);

} // namespace catnet::ui
