#pragma once
// `pressgraph stats`: counts by class and predicate, components and density.
#include <CLI/CLI.hpp>

#include "graph_source.hpp"

namespace pressgraph::cli {

struct StatsOptions {
    GraphSourceOptions source;
    bool json = false;
};

void setup_stats_command(CLI::App& app, StatsOptions& options, int& exit_code);
[[nodiscard]] int run_stats(const StatsOptions& options);

}  // namespace pressgraph::cli
