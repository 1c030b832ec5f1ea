// Same graph, same answers: the query fixture and a copy of it built in another order
// (nodes and edges inserted backwards, one fact repeated, as the merge and the Turtle
// loader differ) give identical paths, neighbourhoods, timelines, rankings and counts,
// compared through IRIs (node ids differ between the two).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/query/centrality.hpp"
#include "pressgraph/query/graph_statistics.hpp"
#include "pressgraph/query/neighbourhood.hpp"
#include "pressgraph/query/path_explanation.hpp"
#include "pressgraph/query/shortest_paths.hpp"
#include "pressgraph/query/timeline.hpp"
#include "query_graph_fixture.hpp"

using namespace pressgraph;

namespace {

// `graph` rebuilt with nodes and edges in reverse order, the first fact added twice.
KnowledgeGraph reversed_copy(const KnowledgeGraph& graph) {
    KnowledgeGraph copy;
    for (NodeId n = graph.node_count(); n-- > 0;) {
        const NodeProperties& node = graph.node(n);
        const NodeId c = copy.upsert_node(node.iri, node.type, node.label);
        copy.node(c).aliases = node.aliases;
        copy.node(c).attributes = node.attributes;
    }
    std::vector<EdgeId> edges;
    for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) edges.push_back(*it);
    for (auto e = edges.rbegin(); e != edges.rend(); ++e)
        copy.add_edge(*copy.find(graph.node(graph.source(*e)).iri), *copy.find(graph.node(graph.target(*e)).iri),
                      graph.edge(*e));
    const EdgeId repeated = edges.front();
    copy.add_edge(*copy.find(graph.node(graph.source(repeated)).iri), *copy.find(graph.node(graph.target(repeated)).iri),
                  graph.edge(repeated));
    return copy;
}

std::string iri(const QueryView& view, NodeId n) { return view.graph().node(n).iri; }

std::vector<std::string> describe_paths(const QueryView& view, const std::string& from, const std::string& to,
                                        PathOptions options) {
    const KnowledgeGraph& g = view.graph();
    std::vector<std::string> lines;
    for (const Path& path : find_paths(view, *g.find(from), *g.find(to), options)) {
        std::string line;
        for (const PathLink& link : path.links) {
            const HopExplanation hop = explain_hop(view, link);
            line += hop_headline(hop) + " [" + hop.date + "|" + hop.place + "|" + hop.sentence + "] ";
        }
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> describe_neighbourhood(const QueryView& view, const std::string& centre) {
    std::vector<std::string> lines;
    for (const Neighbour& n : neighbourhood(view, *view.graph().find(centre), 3)) {
        std::string line = iri(view, n.node) + " " + std::to_string(n.distance) + " from " + iri(view, n.parent);
        for (const Incidence& link : n.links) line += " " + view.graph().edge(link.edge).predicate + (link.outgoing ? ">" : "<");
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> describe_timeline(const QueryView& view, const std::string& entity) {
    std::vector<std::string> lines;
    for (const TimelineEntry& e : timeline(view, *view.graph().find(entity))) {
        std::string line = iri(view, e.event) + " " + e.dates.start + " " + e.sentence;
        for (const auto& role : e.roles) line += " " + role;
        for (NodeId p : e.places) line += " @" + iri(view, p);
        for (NodeId c : e.counterparts) line += " +" + iri(view, c);
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> describe_ranking(const QueryView& view, CentralityMeasure measure) {
    RankOptions options;
    options.measure = measure;
    std::vector<std::string> lines;
    for (const RankedNode& r : rank_nodes(view, options)) lines.push_back(iri(view, r.node) + " " + std::to_string(r.score));
    return lines;
}

}  // namespace

TEST_CASE("queries answer the same whatever order the graph was built in", "[query][order]") {
    const test::QueryFixture f;
    const KnowledgeGraph copy = reversed_copy(f.graph);
    REQUIRE(copy.edge_count() == f.graph.edge_count() + 1);
    const QueryView a(f.graph), b(copy);

    const std::vector<std::string> nodes = {f.graph.node(f.lavrov).iri, f.graph.node(f.ryzhenkov).iri,
                                            f.graph.node(f.putin).iri, f.graph.node(f.aleinik).iri,
                                            f.graph.node(f.minsk).iri, f.graph.node(f.meeting1).iri};
    for (const PathVia via : {PathVia::All, PathVia::People, PathVia::Events}) {
        PathOptions options;
        options.k = 4;
        options.via = via;
        for (const auto& from : nodes)
            for (const auto& to : nodes) {
                INFO(from << " -> " << to << " via " << static_cast<int>(via));
                CHECK(describe_paths(a, from, to, options) == describe_paths(b, from, to, options));
            }
    }
    for (const auto& n : nodes) {
        INFO(n);
        CHECK(describe_neighbourhood(a, n) == describe_neighbourhood(b, n));
        CHECK(describe_timeline(a, n) == describe_timeline(b, n));
    }
    for (const auto measure : {CentralityMeasure::Degree, CentralityMeasure::Betweenness, CentralityMeasure::PageRank})
        CHECK(describe_ranking(a, measure) == describe_ranking(b, measure));

    const GraphStatistics sa = graph_statistics(a), sb = graph_statistics(b);
    CHECK(sa.edges == sb.edges);  // the repeated fact counts once
    CHECK(sa.edges_by_predicate == sb.edges_by_predicate);
    CHECK(sa.view_edges == sb.view_edges);
    CHECK(a.edge_count() == b.edge_count());
}

TEST_CASE("equal-length paths are ordered by the IRIs of their nodes", "[query][order]") {
    // Two two-hop routes from A to D, through B and through C, inserted C first.
    KnowledgeGraph g;
    const NodeId a = g.upsert_node(test::fixture_iri("person/a"), "pgo:Person", "A");
    const NodeId d = g.upsert_node(test::fixture_iri("person/d"), "pgo:Person", "D");
    const NodeId c = g.upsert_node(test::fixture_iri("person/c"), "pgo:Person", "C");
    const NodeId b = g.upsert_node(test::fixture_iri("person/b"), "pgo:Person", "B");
    EdgeProperties met;
    met.predicate = "pgo:metWith";
    for (const auto& [s, o] : std::vector<std::pair<NodeId, NodeId>>{{a, c}, {c, d}, {a, b}, {b, d}}) g.add_edge(s, o, met);
    const QueryView view(g);
    PathOptions options;
    options.k = 2;
    const auto paths = find_paths(view, a, d, options);
    REQUIRE(paths.size() == 2);
    CHECK(paths[0].nodes == std::vector<NodeId>{a, b, d});
    CHECK(paths[1].nodes == std::vector<NodeId>{a, c, d});
    // The incidences of A come by neighbour IRI: B before C.
    REQUIRE(view.incidences(a).size() == 2);
    CHECK(view.incidences(a)[0].neighbour == b);
    CHECK(view.incidences(a)[1].neighbour == c);
}
