// The Simplified Chinese translation: loaded from the resources, chosen from the system
// locale or the settings, shown by the window, and complete: every text of the sources
// has a finished translation (lupdate is run over the sources to check).
#include "ui/shell/help_texts.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"

#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace catnet;

namespace {

struct TsCounts {
    int messages = 0, unfinished = 0, empty = 0;
    QStringList examples; // the first few untranslated sources
};

TsCounts countMessages(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    TsCounts counts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message"))
            ++counts.messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value("type") == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            counts.unfinished += unfinished;
            counts.empty += text.trimmed().isEmpty();
            if ((unfinished || text.trimmed().isEmpty()) && counts.examples.size() < 5)
                counts.examples << source;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return counts;
}

} // namespace

class TestTranslation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
    }

    void theLanguageFollowsTheSystemUnlessChosen() {
        QSettings settings;
        settings.remove("view/language");
        QCOMPARE(ui::chosenLanguage(settings, QLocale(QLocale::Chinese, QLocale::China)), QString("zh_CN"));
        QCOMPARE(ui::chosenLanguage(settings, QLocale(QLocale::Chinese, QLocale::Singapore)), QString("zh_CN"));
        QCOMPARE(ui::chosenLanguage(settings, QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript,
                                                      QLocale::Taiwan)),
                 QString("en"));
        QCOMPARE(ui::chosenLanguage(settings, QLocale(QLocale::German, QLocale::Germany)), QString("en"));
        settings.setValue("view/language", "en");
        QCOMPARE(ui::chosenLanguage(settings, QLocale(QLocale::Chinese, QLocale::China)), QString("en"));
        settings.setValue("view/language", "zh_CN");
        QCOMPARE(ui::chosenLanguage(settings, QLocale(QLocale::German, QLocale::Germany)), QString("zh_CN"));
        settings.setValue("view/language", "klingon"); // unknown: the system's
        QCOMPARE(ui::chosenLanguage(settings, QLocale(QLocale::English, QLocale::UnitedStates)), QString("en"));
    }

    // Every text of the sources has a finished translation in the committed .ts, and the
    // .ts is up to date with the sources (lupdate finds nothing new).
    // Without a font that writes Chinese, the Chinese window would be empty boxes: the
    // learner is told (in English) which package to install. The set-up installs one.
    void aMissingChineseFontIsSaid() {
        const QString problem = ui::unreadableLanguageProblem("zh_CN", {});
        QVERIFY2(problem.contains("No font with Chinese characters") && problem.contains("fonts-wqy-microhei"),
                 qPrintable(problem));
        QVERIFY(ui::unreadableLanguageProblem("zh_CN", {"WenQuanYi Micro Hei"}).isEmpty());
        QVERIFY(ui::unreadableLanguageProblem("en", {}).isEmpty());
        QVERIFY2(ui::unreadableLanguageProblem("zh_CN").isEmpty(), "scripts/install-deps.sh installs a CJK font");
    }

    void theChineseTranslationIsComplete() {
        const TsCounts committed = countMessages(CATNET_TS_FILE);
        QVERIFY(committed.messages > 400);
        QVERIFY2(committed.unfinished == 0 && committed.empty == 0,
                 qPrintable(QString("%1 unfinished, %2 empty, e.g. %3")
                                .arg(committed.unfinished).arg(committed.empty).arg(committed.examples.join(" | "))));
        QTemporaryDir dir;
        const QString copy = dir.filePath("catnet_zh_CN.ts");
        QVERIFY(QFile::copy(CATNET_TS_FILE, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        // -I: includes name their path from the repository root, and lupdate follows them to
        // find the class each tr() belongs to.
        lupdate.start(CATNET_LUPDATE,
                      {"-no-obsolete", "-locations", "none", "-I", CATNET_SOURCE_ROOT, CATNET_UI_SOURCES, "-ts", copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsCounts updated = countMessages(copy);
        QVERIFY2(updated.unfinished == 0,
                 qPrintable(QString("%1 texts of the sources have no translation (run `cmake --build build --target "
                                    "update_translations` and translate them), e.g. %2")
                                .arg(updated.unfinished).arg(updated.examples.join(" | "))));
    }

    // Installed, the translation turns the window Chinese: its menus, its tabs.
    void theWindowSpeaksChinese() {
        QVERIFY(ui::installLanguage("zh_CN"));
        QCOMPARE(QCoreApplication::translate("catnet::ui::TrainingActions", "&Train"), QString("训练(&T)"));
        ui::MainWindowOptions options;
        options.useSettings = false;
        options.showDialogs = false;
        options.dataDirectory = std::filesystem::path("/nonexistent");
        ui::MainWindow window(options);
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, QStringList({"文件(&F)", "编辑(&E)", "运行(&R)", "视图(&V)", "帮助(&H)"}));
        const auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QString("训练"));
        QVERIFY(ui::quickStartText().contains("学习率"));
        // Qt's own texts too (the set-up installs qt6-translations-l10n): Quick start's Close.
        QMessageBox box(QMessageBox::Information, "", "", QMessageBox::Close);
        QCOMPARE(box.button(QMessageBox::Close)->text(), QString("关闭"));
        // The README's picture of it, when asked for.
        if (const QByteArray folder = qgetenv("CATNET_SCREENSHOT_DIR"); !folder.isEmpty()) {
            window.resize(1280, 800);
            window.show();
            window.showCourseTour();
            QTest::qWait(50);
            QVERIFY(window.grab().save(QString::fromLocal8Bit(folder) + "/catnet-zh.png"));
        }
    }

private:
    QTemporaryDir settings_;
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
