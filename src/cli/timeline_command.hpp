#pragma once
// `pressgraph timeline X`: the events a node takes part in, in date order.
#include <CLI/CLI.hpp>
#include <string>

#include "graph_source.hpp"

namespace pressgraph::cli {

struct TimelineOptions {
    GraphSourceOptions source;
    std::string name;
    bool json = false;
};

void setup_timeline_command(CLI::App& app, TimelineOptions& options, int& exit_code);
[[nodiscard]] int run_timeline(const TimelineOptions& options);

}  // namespace pressgraph::cli
