#pragma once
// Turns the command line's inputs (files, folders, "-") into an ordered list of
// documents to read. Folders are searched recursively for *.txt, in sorted order,
// following symbolic links to files and folders (a folder reached twice is read once).
// What a folder holds that cannot be read is reported, never skipped in silence.
#include <string>
#include <vector>

namespace pressgraph::cli {

struct InputList {
    std::vector<std::string> paths;    ///< files to read; "-" for standard input
    std::vector<std::string> missing;  ///< "<input>: <problem>": named inputs that do not exist or cannot be listed
    std::vector<std::string> skipped;  ///< "<path>: <why>": what a folder search passed over (warnings), sorted:
                                       ///< unreadable subfolders, broken or looping symbolic links, *.txt names
                                       ///< that are FIFOs, sockets or devices, folders reached a second time
};

[[nodiscard]] InputList collect_inputs(const std::vector<std::string>& inputs);

}  // namespace pressgraph::cli
