#pragma once
// `pressgraph path A B`: the shortest chains of facts joining two nodes, each hop with
// its relation, date, place and the sentence it was read from.
#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

#include "graph_source.hpp"

namespace pressgraph::cli {

struct PathCommandOptions {
    GraphSourceOptions source;
    std::string from;
    std::string to;
    std::size_t k = 1;
    std::string via = "all";
    std::string from_date;
    std::string to_date;
    std::size_t max_hops = 0;
    std::string pairs_file;  ///< batch mode: "A<TAB>B" per line
    bool json = false;
};

void setup_path_command(CLI::App& app, PathCommandOptions& options, int& exit_code);
[[nodiscard]] int run_path(PathCommandOptions options);

}  // namespace pressgraph::cli
