// catnet-reader: parses user-supplied files for catnet, catnet-train and catnet-import
// in a process of their own: HDF5 files (engine/io/isolated_reader.h) and, in builds
// with Qt, photos (photo/photo_hand_over.h).
#include "engine/io/isolated_reader.h"

#ifdef CATNET_READER_PHOTOS
#include "photo/photo_hand_over.h"
#endif

#include <iostream>
#include <string_view>

int main(int argc, char* argv[]) {
#ifdef CATNET_READER_PHOTOS
    if (argc >= 2 && std::string_view(argv[1]) == "photos")
        return catnet::ui::runPhotoReader({argv + 1, argv + argc}, std::cout);
#endif
    return catnet::runReader({argv + 1, argv + argc}, std::cout);
}
