// catnet-import: folders of photos → a data set in the course's layout.
#include "cli/import_command.h"
#include "cli/interrupt_watcher.h"
#include "photo/photo_loader.h"

#include <csignal>
#include <iostream>

int main(int argc, char* argv[]) {
    std::signal(SIGPIPE, SIG_IGN);
    const catnet::cli::InterruptWatcher interrupts;
    // Photos are decoded by the reader program (catnet-reader), never here.
    return catnet::cli::runImportCommand({argv + 1, argv + argc}, std::cout, std::cerr, interrupts.token(),
                                         catnet::ui::photoDecoder());
}
