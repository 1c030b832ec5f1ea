// Path queries on a large synthetic graph: persons and events joined by pgo:participant
// edges (fixed seed), >= 1,000,000 nodes. Reports the time to build the graph, to index
// its query view and, per set of step rules, the path index (the "load" a CLI run pays
// once), peak memory, and path query times over random person pairs (min, median, max).
// Asserts nothing. Targets (issue #5): a single query well under a second after load
// (aim: median < 50 ms), k=3 < 1 s.
//
// Usage: path_query_benchmark [PERSONS [EVENTS [PARTICIPANTS_PER_EVENT [PAIRS]]]]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "pressgraph/graph/iri_minting.hpp"
#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/query/path_finder.hpp"
#include "pressgraph/query/query_view.hpp"
#include "pressgraph/query/shortest_paths.hpp"

using namespace pressgraph;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

std::size_t argument(int argc, char** argv, int i, std::size_t fallback) {
    return argc > i ? static_cast<std::size_t>(std::strtoull(argv[i], nullptr, 10)) : fallback;
}

}  // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // progress shows up when piped
    const std::size_t persons = argument(argc, argv, 1, 700'000);
    const std::size_t events = argument(argc, argv, 2, 300'000);
    const std::size_t per_event = argument(argc, argv, 3, 3);
    const std::size_t pairs = std::max<std::size_t>(1, argument(argc, argv, 4, 30));
    std::mt19937_64 random(20240624);

    auto started = std::chrono::steady_clock::now();
    KnowledgeGraph graph;
    const std::string document = mint_iri("document", "synthetic");
    const NodeId doc = graph.upsert_node(document, "pgo:Document", "synthetic");
    std::vector<NodeId> person_nodes;
    person_nodes.reserve(persons);
    for (std::size_t i = 0; i < persons; ++i)
        person_nodes.push_back(graph.upsert_node(mint_iri("person", "p" + std::to_string(i)), "pgo:Person",
                                                 "Person " + std::to_string(i)));
    std::uniform_int_distribution<std::size_t> pick_person(0, persons - 1);
    std::uniform_int_distribution<int> pick_day(1, 28);
    for (std::size_t i = 0; i < events; ++i) {
        const NodeId e = graph.upsert_node(mint_iri("event", "e" + std::to_string(i)), "pgo:Meeting", "Meeting " + std::to_string(i));
        char date[16];
        std::snprintf(date, sizeof date, "2024-%02d-%02d", static_cast<int>(i % 12) + 1, pick_day(random));
        graph.node(e).attributes.push_back({"pgo:startDate", {date, "date"}});
        for (std::size_t k = 0; k < per_event; ++k) {
            EdgeProperties edge;
            edge.predicate = "pgo:participant";
            edge.provenance = Provenance{document, Span{0, 10}, {}, "synthetic"};
            graph.add_edge(e, person_nodes[pick_person(random)], std::move(edge));
        }
        EdgeProperties mentioned;
        mentioned.predicate = "pgo:mentionedIn";
        graph.add_edge(e, doc, std::move(mentioned));
    }
    const double build_s = seconds_since(started);
    std::printf("graph: %zu nodes, %zu edges (%zu persons, %zu events, %zu participants each)\n", graph.node_count(),
                graph.edge_count(), persons, events, per_event);
    std::printf("build: %.2f s, peak RSS %.0f MB\n", build_s, peak_rss_mb());

    started = std::chrono::steady_clock::now();
    const QueryView view(graph);
    std::printf("query view index: %.3f s, %zu nodes, %zu edges, peak RSS %.0f MB\n", seconds_since(started),
                view.included_node_count(), view.edge_count(), peak_rss_mb());

    struct Mode {
        const char* name;
        PathOptions options;
    };
    std::vector<Mode> modes(4);
    modes[0].name = "all, k=1";
    modes[1].name = "all, k=3";
    modes[1].options.k = 3;
    modes[2].name = "via people";
    modes[2].options.via = PathVia::People;
    modes[3].name = "all, 2024-03..2024-08";
    modes[3].options.period = *DatePeriod::parse("2024-03", "2024-08");
    const double load_s = seconds_since(started) + build_s;
    for (const Mode& mode : modes) {
        // The index a CLI run builds on its first query with these rules.
        started = std::chrono::steady_clock::now();
        const auto finder = view.path_finder(mode.options);
        std::printf("path index (%s): %.3f s, %zu steps, peak RSS %.0f MB\n", mode.name, seconds_since(started),
                    finder->step_count(), peak_rss_mb());
        std::vector<double> times, joined_times;
        std::size_t found = 0, hops = 0, paths_found = 0;
        for (std::size_t q = 0; q < pairs; ++q) {
            const NodeId a = person_nodes[pick_person(random)], b = person_nodes[pick_person(random)];
            started = std::chrono::steady_clock::now();
            const auto paths = find_paths(view, a, b, mode.options);
            times.push_back(seconds_since(started));
            paths_found += paths.size();
            if (!paths.empty()) {
                ++found;
                hops += paths.front().length();
                joined_times.push_back(times.back());
            }
        }
        std::sort(times.begin(), times.end());
        std::sort(joined_times.begin(), joined_times.end());
        std::printf("path query (%s): %zu random person pairs, %zu joined (mean %.1f hops, %zu paths); "
                    "min %.2f ms, median %.2f ms, max %.2f ms",
                    mode.name, pairs, found, found ? static_cast<double>(hops) / static_cast<double>(found) : 0.0,
                    paths_found, times.front() * 1e3, times[times.size() / 2] * 1e3, times.back() * 1e3);
        if (!joined_times.empty())
            std::printf("; joined pairs only: median %.2f ms, max %.2f ms", joined_times[joined_times.size() / 2] * 1e3,
                        joined_times.back() * 1e3);
        std::printf("\n");
    }
    std::printf("load (graph + query view): %.2f s\n", load_s);
    std::printf("peak RSS %.0f MB\n", peak_rss_mb());
    return 0;
}
