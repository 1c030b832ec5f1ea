#include "path_command.hpp"

#include <fstream>
#include <iostream>

#include "exit_codes.hpp"
#include "pressgraph/query/path_explanation.hpp"
#include "pressgraph/query/shortest_paths.hpp"

namespace pressgraph::cli {

void setup_path_command(CLI::App& app, PathCommandOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand(
        "path",
        "Shortest paths between two nodes (graph taken as undirected, without documents and mentionedIn edges)");
    cmd->footer(
        "A and B are named by label, alias, IRI or a unique case-insensitive prefix of a label.\n"
        "Exit codes: 0 paths found, 1 bad input, 2 usage, 5 unknown or ambiguous name, or no path.\n"
        "Batch mode: --pairs FILE reads one pair per line, \"A<TAB>B\" (names or IRIs), and prints one\n"
        "line per pair (with --json, one JSON object per line: {\"from\",\"to\",\"length\"|null,...});\n"
        "then every positional argument is an INPUT document.");
    cmd->add_option("A", options.from, "Start node (label, alias, IRI or label prefix)");
    cmd->add_option("B", options.to, "End node");
    cmd->add_option("inputs", options.source.inputs, "Documents to extract; default: the bundled corpus");
    add_graph_source_options(*cmd, options.source);
    cmd->add_option("-k,--k", options.k, "How many loopless paths, shortest first")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
        ->capture_default_str();
    cmd->add_option("--via", options.via,
                    "people: only persons in between (joined by an edge or a shared event); "
                    "events: person-event-person chains; all: any node")
        ->check(CLI::IsMember({"all", "people", "events"}))
        ->capture_default_str();
    cmd->add_option("--from", options.from_date, "Only facts dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)");
    cmd->add_option("--to", options.to_date, "Only facts dated on or before DATE");
    cmd->add_option("--max-hops", options.max_hops, "Longest path to look for (0: no limit)")->capture_default_str();
    cmd->add_option("--pairs", options.pairs_file, "Batch mode: a file of \"A<TAB>B\" lines (see below)");
    cmd->add_flag("--json", options.json, "Print the paths as JSON");
    cmd->callback([&options, &exit_code] { exit_code = run_path(options); });
}

namespace {

nlohmann::json optional_text(const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); }

nlohmann::json summary_json(const NodeSummary& s) { return {{"iri", s.iri}, {"label", s.label}, {"type", s.type}}; }

nlohmann::json hop_json(const HopExplanation& hop) {
    nlohmann::json j = {{"from", summary_json(hop.from)},
                        {"to", summary_json(hop.to)},
                        {"relation", hop.relation},
                        {"direction", hop.forward ? "forward" : "backward"},
                        {"date", optional_text(hop.date)},
                        {"place", optional_text(hop.place)},
                        {"document", optional_text(hop.document)},
                        {"document_title", optional_text(hop.document_title)},
                        {"sentence", optional_text(hop.sentence)}};
    if (hop.event) j["event"] = summary_json(*hop.event);
    return j;
}

nlohmann::json paths_json(const QueryView& view, NodeId from, NodeId to, const std::vector<Path>& paths) {
    nlohmann::json list = nlohmann::json::array();
    for (const Path& path : paths) {
        nlohmann::json hops = nlohmann::json::array();
        for (const PathLink& link : path.links) hops.push_back(hop_json(explain_hop(view, link)));
        list.push_back({{"length", path.length()}, {"hops", std::move(hops)}});
    }
    return {{"from", node_json(view, from)}, {"to", node_json(view, to)}, {"paths", std::move(list)}};
}

void print_paths(const QueryView& view, NodeId from, NodeId to, const std::vector<Path>& paths) {
    const KnowledgeGraph& g = view.graph();
    for (std::size_t i = 0; i < paths.size(); ++i) {
        std::cout << "path " << i + 1 << " (" << paths[i].length() << (paths[i].length() == 1 ? " hop" : " hops")
                  << "): " << g.node(from).label << " -> " << g.node(to).label << "\n";
        for (std::size_t h = 0; h < paths[i].links.size(); ++h) {
            const HopExplanation hop = explain_hop(view, paths[i].links[h]);
            std::cout << "  " << h + 1 << ". " << hop_headline(hop) << "\n";
            if (!hop.date.empty() || !hop.place.empty()) {
                std::cout << "     ";
                if (!hop.date.empty()) std::cout << "date: " << hop.date << (hop.place.empty() ? "" : "  ");
                if (!hop.place.empty()) std::cout << "place: " << hop.place;
                std::cout << "\n";
            }
            if (!hop.document.empty())
                std::cout << "     source: " << (hop.document_title.empty() ? hop.document : hop.document_title + " <" + hop.document + ">")
                          << "\n";
            if (!hop.sentence.empty()) std::cout << "     \"" << hop.sentence << "\"\n";
        }
    }
}

int run_pairs(const PathCommandOptions& options, const QueryView& view, const pressgraph::PathOptions& query,
              Progress& progress) {
    std::ifstream in(options.pairs_file);
    if (!in) {
        std::cerr << "pressgraph: error: " << options.pairs_file << ": cannot read\n";
        return kInputRejected;
    }
    int code = kSuccess;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos) {
            std::cerr << "pressgraph: error: " << options.pairs_file << ":" << number << ": expected \"A<TAB>B\"\n";
            code = kInputRejected;
            continue;
        }
        const std::string a = line.substr(0, tab), b = line.substr(tab + 1);
        const auto from = resolve_or_report(view, a);
        const auto to = resolve_or_report(view, b);
        if (!from || !to) {
            if (code == kSuccess) code = kNotFound;
            if (options.json) std::cout << nlohmann::json{{"from", a}, {"to", b}, {"error", "not found"}}.dump() << "\n";
            else std::cout << a << "\t" << b << "\tnot found\n";
            continue;
        }
        progress.step("finding paths for line " + std::to_string(number) + " of " + options.pairs_file);
        const std::vector<Path> paths = find_paths(view, *from, *to, query);
        progress.finish();
        if (options.json) {
            nlohmann::json j = paths_json(view, *from, *to, paths);
            j["length"] = paths.empty() ? nlohmann::json(nullptr) : nlohmann::json(paths.front().length());
            std::cout << j.dump() << "\n";
        } else {
            std::cout << a << "\t" << b << "\t" << (paths.empty() ? std::string("none") : std::to_string(paths.front().length()))
                      << "\n";
        }
    }
    return code;
}

}  // namespace

int run_path(PathCommandOptions options) {
    pressgraph::PathOptions query;
    query.k = options.k;
    query.max_hops = options.max_hops;
    query.via = options.via == "people" ? PathVia::People : options.via == "events" ? PathVia::Events : PathVia::All;
    const auto period = DatePeriod::parse(options.from_date, options.to_date);
    if (!period) {
        std::cerr << "pressgraph: error: --from/--to take YYYY, YYYY-MM or YYYY-MM-DD, --from not after --to\n";
        return kUsage;
    }
    query.period = *period;
    if (!options.pairs_file.empty()) {
        // In batch mode every positional argument is a document.
        std::vector<std::string> inputs;
        if (!options.from.empty()) inputs.push_back(options.from);
        if (!options.to.empty()) inputs.push_back(options.to);
        inputs.insert(inputs.end(), options.source.inputs.begin(), options.source.inputs.end());
        options.source.inputs = std::move(inputs);
    } else if (options.from.empty() || options.to.empty()) {
        std::cerr << "pressgraph: error: path needs two nodes, A and B (or --pairs FILE); see pressgraph path --help\n";
        return kUsage;
    }

    int exit_code = kSuccess;
    const auto graph = load_query_graph(options.source, exit_code);
    if (!graph) return exit_code;
    const QueryView& view = *graph->view;
    if (!options.pairs_file.empty()) return query_exit_code(*graph, run_pairs(options, view, query, *graph->progress));

    const auto from = resolve_or_report(view, options.from);
    const auto to = resolve_or_report(view, options.to);
    if (!from || !to) return kNotFound;
    graph->progress->step("finding paths (an index of the graph is built for the first query)");
    const std::vector<Path> paths = find_paths(view, *from, *to, query);
    graph->progress->finish();
    if (options.json) std::cout << paths_json(view, *from, *to, paths).dump(2) << "\n";
    else print_paths(view, *from, *to, paths);
    if (paths.empty()) {
        std::cerr << "pressgraph: no path between " << view.graph().node(*from).label << " and "
                  << view.graph().node(*to).label << " under these options\n";
        return kNotFound;
    }
    return query_exit_code(*graph, kSuccess);
}

}  // namespace pressgraph::cli
