#pragma once
// Turns the command line's inputs (files, folders, "-") into an ordered list of
// documents to read. Folders are searched recursively for *.txt, in sorted order.
#include <string>
#include <vector>

namespace pressgraph::cli {

struct InputList {
    std::vector<std::string> paths;         ///< files to read; "-" for standard input
    std::vector<std::string> missing;       ///< inputs that do not exist
};

[[nodiscard]] InputList collect_inputs(const std::vector<std::string>& inputs);

}  // namespace pressgraph::cli
