#pragma once
// `pressgraph rank`: the most central nodes by degree, betweenness or PageRank.
#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

#include "graph_source.hpp"

namespace pressgraph::cli {

struct RankCommandOptions {
    GraphSourceOptions source;
    std::string by = "degree";
    std::string type;
    std::size_t top = 10;
    bool json = false;
};

void setup_rank_command(CLI::App& app, RankCommandOptions& options, int& exit_code);
[[nodiscard]] int run_rank(const RankCommandOptions& options);

}  // namespace pressgraph::cli
