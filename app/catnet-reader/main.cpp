// catnet-reader: parses one user-supplied HDF5 file for catnet and catnet-train, in a
// process of its own (see engine/isolated_reader.h).
#include "engine/io/isolated_reader.h"

#include <iostream>

int main(int argc, char* argv[]) {
    return catnet::runReader({argv + 1, argv + argc}, std::cout);
}
