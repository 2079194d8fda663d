// Layout that fits (issue 24, item 4): every tab at 1280×800 and at 800×600, in English
// and in Chinese, after a course run. Fails when a label's text is cut without a tooltip
// that has it whole, a widget sticks out of its parent, a page at the app's default size
// scrolls sideways, or the window widens itself.
#include "engine/model/course_presets.h"
#include "ui/shell/language.h"
#include "ui/shell/workspace_tabs.h"

#include "ui_helpers.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTemporaryDir>

using namespace catnet;

namespace {

// Inside a widget that draws or scrolls its own children (a scroll area's viewport, a
// combo box's popup, a tab bar's arrows): their places are that widget's business.
bool managedByItsOwner(const QWidget& widget, const QWidget& root) {
    for (const QWidget* up = widget.parentWidget(); up && up != &root; up = up->parentWidget())
        if (qobject_cast<const QAbstractScrollArea*>(up) || qobject_cast<const QComboBox*>(up) ||
            qobject_cast<const QTabBar*>(up))
            return true;
    return false;
}

// Whether a label shows less than its text: wider than it is on one line, or taller than
// it is when it wraps.
bool cutOff(const QLabel& label) {
    if (label.text().isEmpty() || !label.pixmap().isNull())
        return false;
    if (label.wordWrap())
        return label.heightForWidth(label.contentsRect().width()) > label.contentsRect().height() + 2;
    return label.sizeHint().width() > label.width() + 2;
}

QString describe(const QWidget& widget) {
    const auto* label = qobject_cast<const QLabel*>(&widget);
    return QStringLiteral("%1 '%2'%3 at %4,%5 %6×%7")
        .arg(QString::fromLatin1(widget.metaObject()->className()), widget.objectName())
        .arg(label ? QStringLiteral(" \"%1\"").arg(label->text().left(60)) : QString())
        .arg(widget.x()).arg(widget.y()).arg(widget.width()).arg(widget.height());
}

// What is wrong with the visible widgets under `root`, one line each.
QStringList problemsUnder(const QWidget& root) {
    QStringList problems;
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->objectName().startsWith(QLatin1String("qt_")) || managedByItsOwner(*widget, root))
            continue;
        const QWidget* parent = widget->parentWidget();
        if (parent && !parent->rect().adjusted(-1, -1, 1, 1).contains(widget->geometry()))
            problems << QStringLiteral("%1 sticks out of its parent (%2×%3)")
                            .arg(describe(*widget)).arg(parent->width()).arg(parent->height());
        const auto* label = qobject_cast<const QLabel*>(widget);
        if (label && cutOff(*label) && label->toolTip().isEmpty())
            problems << describe(*label) + " is cut off and has no tooltip";
    }
    return problems;
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void everyTabFits_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("withTour");
        QTest::addColumn<bool>("withOptions"); // the form's options group open, Adam's rows shown
        // English first: a language once installed stays for the program's life.
        QTest::newRow("English 1280×800") << "en" << QSize(1280, 800) << false << false;
        QTest::newRow("English 800×600") << "en" << QSize(800, 600) << false << false;
        QTest::newRow("English 1280×800, the tour open") << "en" << QSize(1280, 800) << true << false;
        QTest::newRow("Chinese 1280×800") << "zh_CN" << QSize(1280, 800) << false << false;
        QTest::newRow("Chinese 800×600") << "zh_CN" << QSize(800, 600) << false << false;
        QTest::newRow("Chinese 800×600, the options open") << "zh_CN" << QSize(800, 600) << false << true;
        QTest::newRow("English 800×600, the options open") << "en" << QSize(800, 600) << false << true;
        QTest::newRow("Chinese 1280×800, the tour open") << "zh_CN" << QSize(1280, 800) << true << false;
    }

    void everyTabFits() {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, withTour);
        QFETCH(bool, withOptions);
        static bool chinese = false;
        if (language == "zh_CN" && !chinese)
            QVERIFY(chinese = ui::installLanguage(language));
        auto window = test::makeWindow(test::courseDataDirectory().has_value());
        window->resize(size);
        window->show();
        test::networkPanel(*window)->setConfig(twoLayerCourseConfig());
        QVERIFY(test::trainAndWait(*window));
        if (withTour)
            window->showCourseTour();
        if (withOptions)
            test::networkPanel(*window)->setConfig(lLayerWithAdamConfig()); // opens the group
        // A photo on the Predict tab: a test image, enlarged.
        QTemporaryDir folder;
        const DataSplit& test = test::controller(*window)->dataset()->test;
        const QString photo = folder.filePath("photo.png");
        QImage(test.image(11), 64, 64, 64 * 3, QImage::Format_RGB888).scaled(320, 320).save(photo);
        window->predictFile(photo);
        QVERIFY(test::photoShown(*window));
        auto* tabs = window->findChild<ui::WorkspaceTabs*>();
        QStringList problems;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(30);
            const QString where = QStringLiteral("%1 tab: ").arg(tabs->tabText(tab));
            if (window->size() != size)
                problems << where + QStringLiteral("the window widened itself to %1×%2")
                                        .arg(window->width()).arg(window->height());
            auto* scroll = qobject_cast<QScrollArea*>(tabs->currentWidget());
            if (scroll && size.width() >= 1280 && scroll->horizontalScrollBar()->maximum() > 0)
                problems << where + QStringLiteral("the page scrolls sideways (%1 px)")
                                        .arg(scroll->horizontalScrollBar()->maximum());
            const QWidget* page = scroll ? scroll->widget() : tabs->currentWidget();
            for (const QString& problem : problemsUnder(*page))
                problems << where + problem;
        }
        for (const QString& problem : problemsUnder(*window->findChild<QWidget*>("trainingColumn")))
            problems << "training column: " + problem;
        for (const QString& problem : problemsUnder(*window->statusBar()))
            problems << "status bar: " + problem;
        if (withTour)
            for (const QString& problem : problemsUnder(*window->findChild<QWidget*>("courseTour")))
                problems << "tour: " + problem;
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable("\n" + problems.join('\n')));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
