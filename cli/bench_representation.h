#pragma once

#include "engine/io/dataset.h"

#include <ostream>

namespace catnet::cli {

// SPEC §9's views on the course run: the course run trained with and without the
// projector's frames taken at every report point (as the window records them while it
// trains), and the decision plane's 41 × 41 grid.
void benchRepresentation(const Dataset& data, int repeats, std::ostream& out);

} // namespace catnet::cli
