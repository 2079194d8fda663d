#include "ui/shell/language.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace catnet::ui {

namespace {
const QString kTranslatorName = QStringLiteral("catnetTranslator");
constexpr const char* kLanguageProperty = "catnetLanguage"; // kept on the application, like its translators
} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString languageName(const QString& language) {
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString chosenLanguage(const QSettings& settings, const QLocale& system) {
    const QString chosen = settings.value("view/language").toString();
    if (availableLanguages().contains(chosen))
        return chosen;
    // Chinese written in simplified characters: mainland China and Singapore.
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool installLanguage(const QString& language) {
    // The translators of an earlier choice go first: the last one installed would win.
    QCoreApplication* app = QCoreApplication::instance();
    for (QTranslator* earlier : app->findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    if (language == QLatin1String("en")) {
        app->setProperty(kLanguageProperty, language);
        return true;
    }
    // Parented to the application: they must live as long as it does.
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/catnet_%1.qm").arg(language)))
        return false;
    const auto install = [app](std::unique_ptr<QTranslator> translator) {
        translator->setObjectName(kTranslatorName);
        translator->setParent(app);
        QCoreApplication::installTranslator(translator.release());
    };
    install(std::move(own));
    // Qt's own texts (standard buttons, dialogs), when the system has them installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(std::move(qt));
    app->setProperty(kLanguageProperty, language);
    return true;
}

QString installedLanguage() {
    const QString language = QCoreApplication::instance()->property(kLanguageProperty).toString();
    return language.isEmpty() ? QStringLiteral("en") : language;
}

QString unreadableLanguageProblem(const QString& language, const QStringList& fonts) {
    if (language != QLatin1String("zh_CN") || !fonts.isEmpty())
        return {};
    // Not translated: the words would be boxes too.
    return QStringLiteral("No font with Chinese characters is installed, so Chinese text shows as empty boxes. "
                          "Install one (Debian: sudo apt install fonts-wqy-microhei) and start catnet again.");
}

QString unreadableLanguageProblem(const QString& language) {
    return unreadableLanguageProblem(language, QFontDatabase::families(QFontDatabase::SimplifiedChinese));
}

} // namespace catnet::ui
