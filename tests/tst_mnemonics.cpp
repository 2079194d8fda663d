// Alt+letter reaches one thing: the mnemonics of each form (the training column, the
// chart's controls, the import dialog) and of each menu are unique, in English and in
// Chinese (issue 24, item 12: 暂停(P)/单步(P) and 种子(S)/停止(S) collided).
#include "ui/data/import_dialog.h"
#include "ui/shell/language.h"
#include "ui/training/training_column.h"
#include "ui/shell/workspace_tabs.h"
#include "ui/training/training_tab.h"

#include "ui_helpers.h"

#include <QAbstractButton>
#include <QMenuBar>

using namespace catnet;

namespace {

// The letter after a single '&', lower case; none for "&&" or no '&'.
std::optional<QChar> mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != '&')
            continue;
        if (text[i + 1] == '&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return std::nullopt;
}

// "letter: first, second" for every letter two of the visible labels and buttons of
// `forms` share (forms on screen together: the column beside a tab's page).
QStringList clashesIn(std::initializer_list<const QWidget*> forms) {
    std::map<QChar, QStringList> owners;
    for (const QWidget* form : forms)
        for (const QWidget* widget : form->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(form))
                continue;
            QString text;
            if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
                text = label->text();
            else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
                text = button->text();
            if (const auto letter = mnemonicOf(text))
                owners[*letter] << text;
        }
    QStringList clashes;
    for (const auto& [letter, texts] : owners)
        if (texts.size() > 1)
            clashes << QString("%1: %2").arg(letter, texts.join(", "));
    return clashes;
}

QStringList clashesIn(const QWidget& form) {
    return clashesIn({&form});
}

QStringList clashesIn(const QMenu& menu) {
    std::map<QChar, QStringList> owners;
    for (const QAction* action : menu.actions())
        if (const auto letter = mnemonicOf(action->text()); letter && action->isVisible())
            owners[*letter] << action->text();
    QStringList clashes;
    for (const auto& [letter, texts] : owners)
        if (texts.size() > 1)
            clashes << QString("%1 in %2: %3").arg(letter, menu.title(), texts.join(", "));
    return clashes;
}

QStringList everyClash() {
    auto window = test::makeWindow(false);
    window->show();
    QStringList clashes;
    clashes << clashesIn(*window->findChild<ui::TrainingColumn*>());
    clashes << clashesIn(*window->findChild<ui::TrainingTab*>()->widget(0));
    clashes << clashesIn(*window->showImportDialog());
    // Each lab, and the projector, beside the column: Alt+letter must find one button.
    auto* tabs = window->findChild<ui::WorkspaceTabs*>();
    const auto* column = window->findChild<ui::TrainingColumn*>();
    for (const char* name : {"initLabPanel", "overfittingLabPanel", "optimizerRacePanel", "learningRatePanel",
                                 "projectorPanel", "decisionSurfacePanel", "elementFormulaPanel"}) {
        auto* lab = window->findChild<QWidget*>(name);
        tabs->showPage(lab);
        clashes << clashesIn({column, lab});
    }
    std::map<QChar, QStringList> titles;
    for (const QMenu* menu : window->menuBar()->findChildren<QMenu*>()) {
        clashes << clashesIn(*menu);
        if (menu->parent() == window->menuBar())
            if (const auto letter = mnemonicOf(menu->title()))
                titles[*letter] << menu->title();
    }
    for (const auto& [letter, texts] : titles)
        if (texts.size() > 1)
            clashes << QString("%1 in the menu bar: %2").arg(letter, texts.join(", "));
    return clashes;
}

} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT

private slots:
    void uniqueInEnglish() {
        const QStringList clashes = everyClash();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join("; ")));
    }

    void uniqueInChinese() {
        QVERIFY(ui::installLanguage("zh_CN"));
        const QStringList clashes = everyClash();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join("; ")));
        auto window = test::makeWindow(false);
        QVERIFY(window->menuBar()->actions().first()->text().contains("文件")); // really in Chinese
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
