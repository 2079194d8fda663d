#pragma once

#include <ostream>

namespace catnet::cli {

// The course's 5-layer network on generated data sets larger than the course's:
// 2500 iterations on m = 5,000 (time, next to the plain algorithm in this process) and
// the peak memory of training on m = 10,000.
void benchLargeData(std::ostream& out);

} // namespace catnet::cli
