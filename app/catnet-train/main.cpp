// catnet-train: trains and evaluates the course's cat classifier from the command line.
#include "cli/interrupt_watcher.h"
#include "cli/train_command.h"

#ifdef CATNET_TRAIN_PHOTOS
#include "photo/photo_loader.h"
#endif

#include <csignal>
#include <iostream>

int main(int argc, char* argv[]) {
    // A closed pipe (catnet-train ... | head -1) must not kill the run before it saves
    // its outputs: writes to it fail instead, and are reported.
    std::signal(SIGPIPE, SIG_IGN);
    const catnet::cli::InterruptWatcher interrupts;
    catnet::cli::PhotoDecoder decodePhoto;
#ifdef CATNET_TRAIN_PHOTOS
    decodePhoto = catnet::ui::photoDecoder(); // in the reader program (catnet-reader), never here
#endif
    return catnet::cli::runTrainCommand({argv + 1, argv + argc}, std::cout, std::cerr, interrupts.token(),
                                        decodePhoto);
}
