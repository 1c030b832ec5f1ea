#include "stats_command.hpp"

#include <cstdio>
#include <iostream>

#include "exit_codes.hpp"
#include "pressgraph/query/graph_statistics.hpp"

namespace pressgraph::cli {

void setup_stats_command(CLI::App& app, StatsOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("stats", "Graph statistics: nodes by type, edges by predicate, components, density");
    cmd->footer("Components and density are those of the query view: undirected, without documents and mentionedIn.");
    cmd->add_option("inputs", options.source.inputs, "Documents to extract; default: the bundled corpus");
    add_graph_source_options(*cmd, options.source);
    cmd->add_flag("--json", options.json, "Print the statistics as JSON");
    cmd->callback([&options, &exit_code] { exit_code = run_stats(options); });
}

int run_stats(const StatsOptions& options) {
    int exit_code = kSuccess;
    const auto graph = load_query_graph(options.source, exit_code);
    if (!graph) return exit_code;
    graph->progress->step("counting nodes, edges and components");
    const GraphStatistics s = graph_statistics(*graph->view);
    graph->progress->finish();
    if (options.json) {
        const nlohmann::json out = {{"nodes", s.nodes},
                                    {"edges", s.edges},
                                    {"nodes_by_type", s.nodes_by_type},
                                    {"edges_by_predicate", s.edges_by_predicate},
                                    {"view", {{"nodes", s.view_nodes},
                                              {"edges", s.view_edges},
                                              {"components", s.components},
                                              {"largest_component", s.largest_component},
                                              {"isolated_nodes", s.isolated_nodes},
                                              {"density", s.density}}}};
        std::cout << out.dump(2) << "\n";
    } else {
        std::cout << "nodes " << s.nodes << ", edges " << s.edges << "\n";
        std::cout << "nodes by type:\n";
        for (const auto& [type, count] : s.nodes_by_type) std::cout << "  " << type << "\t" << count << "\n";
        std::cout << "edges by predicate:\n";
        for (const auto& [predicate, count] : s.edges_by_predicate) std::cout << "  " << predicate << "\t" << count << "\n";
        char density[32];
        std::snprintf(density, sizeof density, "%.6f", s.density);
        std::cout << "query view (undirected, no documents, no mentionedIn): " << s.view_nodes << " nodes, " << s.view_edges
                  << " linked pairs, " << s.components << " connected components (largest " << s.largest_component
                  << ", isolated " << s.isolated_nodes << "), density " << density << "\n";
    }
    return query_exit_code(*graph, kSuccess);
}

}  // namespace pressgraph::cli
