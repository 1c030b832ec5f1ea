#include "timeline_command.hpp"

#include <iostream>

#include "exit_codes.hpp"
#include "pressgraph/query/timeline.hpp"

namespace pressgraph::cli {

void setup_timeline_command(CLI::App& app, TimelineOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("timeline", "Events a node takes part in, in date order, with places and counterparts");
    cmd->footer("Exit codes: 0 ok, 1 bad input, 2 usage, 5 unknown or ambiguous name, or no event.");
    cmd->add_option("X", options.name, "The node (label, alias, IRI or label prefix)")->required();
    cmd->add_option("inputs", options.source.inputs, "Documents to extract; default: the bundled corpus");
    add_graph_source_options(*cmd, options.source);
    cmd->add_flag("--json", options.json, "Print the timeline as JSON");
    cmd->callback([&options, &exit_code] { exit_code = run_timeline(options); });
}

int run_timeline(const TimelineOptions& options) {
    int exit_code = kSuccess;
    const auto graph = load_query_graph(options.source, exit_code);
    if (!graph) return exit_code;
    const QueryView& view = *graph->view;
    const auto entity = resolve_or_report(view, options.name);
    if (!entity) return kNotFound;
    graph->progress->step("collecting the timeline");
    const std::vector<TimelineEntry> entries = timeline(view, *entity);
    graph->progress->finish();
    const KnowledgeGraph& g = view.graph();
    if (options.json) {
        nlohmann::json events = nlohmann::json::array();
        for (const TimelineEntry& e : entries) {
            nlohmann::json places = nlohmann::json::array(), counterparts = nlohmann::json::array();
            for (NodeId p : e.places) places.push_back(node_json(view, p));
            for (NodeId c : e.counterparts) counterparts.push_back(node_json(view, c));
            auto text = [](const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); };
            events.push_back({{"event", node_json(view, e.event)},
                              {"roles", e.roles},
                              {"start", text(e.dates.start)},
                              {"end", text(e.dates.end)},
                              {"places", std::move(places)},
                              {"counterparts", std::move(counterparts)},
                              {"document", text(e.document)},
                              {"sentence", text(e.sentence)}});
        }
        std::cout << nlohmann::json{{"entity", node_json(view, *entity)}, {"events", std::move(events)}}.dump(2) << "\n";
    } else {
        std::cout << g.node(*entity).label << " (" << local_part(g.node(*entity).type) << "): " << entries.size()
                  << (entries.size() == 1 ? " event" : " events") << "\n";
        for (const TimelineEntry& e : entries) {
            std::string when = e.dates.known() ? e.dates.start : "undated";
            if (e.dates.known() && e.dates.end != e.dates.start) when += "/" + e.dates.end;
            std::cout << "  " << when << "  " << g.node(e.event).label << " (" << local_part(g.node(e.event).type) << ")";
            for (std::size_t i = 0; i < e.places.size(); ++i) std::cout << (i ? ", " : "  at ") << g.node(e.places[i]).label;
            std::cout << "  as ";
            for (std::size_t i = 0; i < e.roles.size(); ++i) std::cout << (i ? ", " : "") << e.roles[i];
            std::cout << "\n";
            if (!e.counterparts.empty()) {
                std::cout << "      with ";
                for (std::size_t i = 0; i < e.counterparts.size(); ++i) std::cout << (i ? ", " : "") << g.node(e.counterparts[i]).label;
                std::cout << "\n";
            }
        }
    }
    if (entries.empty()) {
        std::cerr << "pressgraph: " << g.node(*entity).label << " takes part in no event\n";
        return kNotFound;
    }
    return query_exit_code(*graph, kSuccess);
}

}  // namespace pressgraph::cli
