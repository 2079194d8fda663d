// catnet-import: folders of photos → a data set in the course's layout.
#include "cli/import_command.h"
#include "cli/interrupt_watcher.h"
#include "photo/photo_loader.h"

#include <QCoreApplication>

#include <csignal>
#include <iostream>

int main(int argc, char* argv[]) {
    std::signal(SIGPIPE, SIG_IGN);
    const catnet::cli::InterruptWatcher interrupts;
    const QCoreApplication qt(argc, argv); // where Qt's image plugins are found
    const auto decode = [](const std::filesystem::path& file) {
        return catnet::ui::loadPhoto(QString::fromStdString(file.string())).pixels;
    };
    return catnet::cli::runImportCommand({argv + 1, argv + argc}, std::cout, std::cerr, interrupts.token(), decode);
}
