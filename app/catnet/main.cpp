// catnet: the desktop application.
#include "ui/core/run_store.h"
#include "ui/shell/close_on_signals.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/window_host.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // Damaged photos are reported in the window; the decoders' console warnings add nothing.
    QLoggingCategory::setFilterRules("qt.gui.imageio*.warning=false");
    QApplication::setOrganizationName("catnet");
    QApplication::setApplicationName("catnet");
    QApplication::setApplicationVersion(CATNET_VERSION);
    QApplication::setWindowIcon(QIcon(":/catnet/catnet.svg"));
    // The system's language, or the one chosen in View → Language.
    catnet::ui::installLanguage(catnet::ui::chosenLanguage(QSettings()));

    QCommandLineParser parser;
    parser.setApplicationDescription("Build, train and inspect the course's cat classifier.");
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data("data", "Folder with train_catvnoncat.h5 and test_catvnoncat.h5.", "DIR");
    parser.addOption(data);
    parser.addPositionalArgument("photo", "An image to predict as soon as the window opens.", "[photo]");
    parser.process(app);

    catnet::ui::MainWindowOptions options;
    if (parser.isSet(data))
        options.dataDirectory = parser.value(data).toStdString();
    options.runStoreDirectory = catnet::ui::RunStore::defaultDirectory();
    catnet::ui::WindowHost host(options); // the window, rebuilt on View → Language
    // SIGTERM, SIGHUP, SIGINT, SIGQUIT: close and keep the run.
    const catnet::ui::CloseOnSignals closeOnSignals(&host, [&host] { host.window()->close(); });
    host.window()->show();
    if (!parser.positionalArguments().isEmpty())
        host.window()->predictFile(parser.positionalArguments().front());
    return app.exec();
}
