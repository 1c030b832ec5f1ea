#include "neighbors_command.hpp"

#include <iostream>

#include "exit_codes.hpp"
#include "pressgraph/query/neighbourhood.hpp"

namespace pressgraph::cli {

void setup_neighbors_command(CLI::App& app, NeighborsOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("neighbors", "Nodes within N hops of a node (without documents and mentionedIn)");
    cmd->footer("Exit codes: 0 ok, 1 bad input, 2 usage, 5 unknown or ambiguous name.");
    cmd->add_option("X", options.name, "The node (label, alias, IRI or label prefix)")->required();
    cmd->add_option("inputs", options.source.inputs, "Documents to extract; default: the bundled corpus");
    add_graph_source_options(*cmd, options.source);
    cmd->add_option("-d,--depth", options.depth, "How many hops")->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))->capture_default_str();
    cmd->add_flag("--json", options.json, "Print the neighbourhood as JSON");
    cmd->callback([&options, &exit_code] { exit_code = run_neighbors(options); });
}

int run_neighbors(const NeighborsOptions& options) {
    int exit_code = kSuccess;
    const auto graph = load_query_graph(options.source, exit_code);
    if (!graph) return exit_code;
    const QueryView& view = *graph->view;
    const auto centre = resolve_or_report(view, options.name);
    if (!centre) return kNotFound;
    graph->progress->step("collecting the neighbours");
    const std::vector<Neighbour> found = neighbourhood(view, *centre, options.depth);
    graph->progress->finish();
    const KnowledgeGraph& g = view.graph();
    if (options.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const Neighbour& n : found) {
            nlohmann::json relations = nlohmann::json::array();
            for (const Incidence& inc : n.links)
                relations.push_back({{"relation", std::string(local_part(g.edge(inc.edge).predicate))},
                                     {"direction", inc.outgoing ? "forward" : "backward"}});
            list.push_back({{"node", node_json(view, n.node)},
                            {"distance", n.distance},
                            {"parent", node_json(view, n.parent)},
                            {"relations", std::move(relations)}});
        }
        const nlohmann::json out = {{"centre", node_json(view, *centre)}, {"depth", options.depth}, {"neighbours", std::move(list)}};
        std::cout << out.dump(2) << "\n";
    } else {
        std::cout << g.node(*centre).label << " (" << local_part(g.node(*centre).type) << "): " << found.size()
                  << " nodes within " << options.depth << (options.depth == 1 ? " hop" : " hops") << "\n";
        for (const Neighbour& n : found) {
            std::cout << "  " << n.distance << "  " << g.node(n.node).label << " (" << local_part(g.node(n.node).type) << ")  ";
            for (std::size_t i = 0; i < n.links.size(); ++i) {
                const std::string_view relation = local_part(g.edge(n.links[i].edge).predicate);
                std::cout << (i ? ", " : "") << (n.links[i].outgoing ? "-[" : "<-[") << relation
                          << (n.links[i].outgoing ? "]-> " : "]- ") << "from " << g.node(n.parent).label;
            }
            std::cout << "\n";
        }
    }
    return query_exit_code(*graph, kSuccess);
}

}  // namespace pressgraph::cli
