#include "rank_command.hpp"

#include <cstdio>
#include <iostream>

#include "exit_codes.hpp"
#include "pressgraph/query/centrality.hpp"

namespace pressgraph::cli {

void setup_rank_command(CLI::App& app, RankCommandOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("rank", "Most central nodes (graph without documents and mentionedIn, undirected)");
    cmd->footer("Exit codes: 0 ok, 1 bad input, 2 usage, 5 no node of the asked type.");
    cmd->add_option("inputs", options.source.inputs, "Documents to extract; default: the bundled corpus");
    add_graph_source_options(*cmd, options.source);
    cmd->add_option("--by", options.by, "degree (distinct neighbours), betweenness (Brandes) or pagerank")
        ->check(CLI::IsMember({"degree", "betweenness", "pagerank"}))
        ->capture_default_str();
    cmd->add_option("--type", options.type, "Only nodes of this class, e.g. Person");
    cmd->add_option("--top", options.top, "How many nodes (0: all)")->capture_default_str();
    cmd->add_flag("--json", options.json, "Print the ranking as JSON");
    cmd->callback([&options, &exit_code] { exit_code = run_rank(options); });
}

int run_rank(const RankCommandOptions& options) {
    int exit_code = kSuccess;
    const auto graph = load_query_graph(options.source, exit_code);
    if (!graph) return exit_code;
    const QueryView& view = *graph->view;
    RankOptions rank;
    rank.measure = options.by == "betweenness" ? CentralityMeasure::Betweenness
                   : options.by == "pagerank"  ? CentralityMeasure::PageRank
                                               : CentralityMeasure::Degree;
    rank.type = options.type;
    rank.top = options.top;
    graph->progress->step("ranking " + std::to_string(view.graph().node_count()) + " nodes by " + options.by);
    const std::vector<RankedNode> ranked = rank_nodes(view, rank);
    graph->progress->finish();
    if (options.json) {
        nlohmann::json list = nlohmann::json::array();
        for (std::size_t i = 0; i < ranked.size(); ++i)
            list.push_back({{"rank", i + 1}, {"node", node_json(view, ranked[i].node)}, {"score", ranked[i].score}});
        const nlohmann::json out = {{"measure", options.by},
                                    {"type", options.type.empty() ? nlohmann::json(nullptr) : nlohmann::json(options.type)},
                                    {"ranking", std::move(list)}};
        std::cout << out.dump(2) << "\n";
    } else {
        const KnowledgeGraph& g = view.graph();
        for (std::size_t i = 0; i < ranked.size(); ++i) {
            char score[64];
            std::snprintf(score, sizeof score, "%12.6g", ranked[i].score);
            std::cout << i + 1 << "\t" << score << "  " << g.node(ranked[i].node).label << " ("
                      << local_part(g.node(ranked[i].node).type) << ")\n";
        }
    }
    if (ranked.empty()) {
        std::cerr << "pressgraph: no node to rank" << (options.type.empty() ? "" : " of type " + options.type) << "\n";
        return kNotFound;
    }
    return query_exit_code(*graph, kSuccess);
}

}  // namespace pressgraph::cli
