// catnet-train: trains and evaluates the course's cat classifier from the command line.
#include "interrupt_watcher.h"
#include "train_command.h"

#include <csignal>
#include <iostream>

int main(int argc, char* argv[]) {
    // A closed pipe (catnet-train ... | head -1) must not kill the run before it saves
    // its outputs: writes to it fail instead, and are reported.
    std::signal(SIGPIPE, SIG_IGN);
    const catnet::cli::InterruptWatcher interrupts;
    return catnet::cli::runTrainCommand({argv + 1, argv + argc}, std::cout, std::cerr,
                                        interrupts.token());
}
