// catnet-bench: how fast each training strategy runs the course's models.
#include "cli/bench_command.h"

#include <iostream>

int main(int argc, char* argv[]) {
    return catnet::cli::runBenchCommand({argv + 1, argv + argc}, std::cout, std::cerr);
}
