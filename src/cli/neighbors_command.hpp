#pragma once
// `pressgraph neighbors X`: the nodes within N hops of one node and how they are joined.
#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

#include "graph_source.hpp"

namespace pressgraph::cli {

struct NeighborsOptions {
    GraphSourceOptions source;
    std::string name;
    std::size_t depth = 1;
    bool json = false;
};

void setup_neighbors_command(CLI::App& app, NeighborsOptions& options, int& exit_code);
[[nodiscard]] int run_neighbors(const NeighborsOptions& options);

}  // namespace pressgraph::cli
