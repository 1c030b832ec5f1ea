// Path queries on a large synthetic graph: persons and events joined by pgo:participant
// edges (fixed seed), >= 1,000,000 nodes. Reports the time to build the graph and to index
// its query view, peak memory, and single path query times. Asserts nothing.
//
// Usage: path_query_benchmark [PERSONS [EVENTS [PARTICIPANTS_PER_EVENT]]]
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
    const std::size_t persons = argument(argc, argv, 1, 700'000);
    const std::size_t events = argument(argc, argv, 2, 300'000);
    const std::size_t per_event = argument(argc, argv, 3, 3);
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
    for (const Mode& mode : modes) {
        std::vector<double> times;
        std::size_t found = 0, hops = 0;
        for (int q = 0; q < 10; ++q) {
            const NodeId a = person_nodes[pick_person(random)], b = person_nodes[pick_person(random)];
            started = std::chrono::steady_clock::now();
            const auto paths = find_paths(view, a, b, mode.options);
            times.push_back(seconds_since(started));
            if (!paths.empty()) {
                ++found;
                hops += paths.front().length();
            }
        }
        std::sort(times.begin(), times.end());
        std::printf("path query (%s): 10 random person pairs, %zu joined (mean %.1f hops); min %.1f ms, median %.1f ms, max %.1f ms\n",
                    mode.name, found, found ? static_cast<double>(hops) / static_cast<double>(found) : 0.0, times.front() * 1e3,
                    times[times.size() / 2] * 1e3, times.back() * 1e3);
    }
    std::printf("peak RSS %.0f MB\n", peak_rss_mb());
    return 0;
}
