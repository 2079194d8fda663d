#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace catnet::cli {

// catnet-bench: times the course's runs with every training strategy on the real data
// and prints ms per iteration, full-run time, speed-up against the plain baseline
// measured in the same process, achieved GFLOP/s beside a large GEMM, and peak memory.
int runBenchCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

} // namespace catnet::cli
