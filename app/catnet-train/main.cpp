// catnet-train: trains and evaluates the course's cat classifier from the command line.
#include "interrupt_watcher.h"
#include "train_command.h"

#include <iostream>

int main(int argc, char* argv[]) {
    const catnet::cli::InterruptWatcher interrupts;
    return catnet::cli::runTrainCommand({argv + 1, argv + argc}, std::cout, std::cerr,
                                        interrupts.token());
}
