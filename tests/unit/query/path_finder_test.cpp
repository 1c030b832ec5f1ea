// The bidirectional search over the path index against a plain one-way breadth-first
// search on random graphs: same shortest lengths in every --via mode, with and without a
// date filter, and every returned hop one the rules allow.
#include "pressgraph/query/path_finder.hpp"

#include <catch2/catch.hpp>
#include <deque>
#include <random>
#include <set>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

namespace {

struct RandomGraph {
    KnowledgeGraph graph;
    std::vector<NodeId> nodes;
};

// Persons, organisations and dated events; participations, metWith (some dated) and memberOf edges.
RandomGraph random_graph(std::uint64_t seed) {
    std::mt19937_64 random(seed);
    RandomGraph g;
    const NodeId doc = g.graph.upsert_node(test::fixture_iri("document/d"), "pgo:Document", "doc");
    g.graph.node(doc).attributes.push_back({"pgo:published", {"2024-06-12", "date"}});
    std::vector<NodeId> persons, events, orgs;
    for (int i = 0; i < 60; ++i)
        persons.push_back(g.graph.upsert_node(test::fixture_iri("person/p" + std::to_string(i)), "pgo:Person", "p"));
    for (int i = 0; i < 8; ++i)
        orgs.push_back(g.graph.upsert_node(test::fixture_iri("organization/o" + std::to_string(i)), "pgo:Organization", "o"));
    std::uniform_int_distribution<int> month(1, 12);
    for (int i = 0; i < 30; ++i) {
        const NodeId e = g.graph.upsert_node(test::fixture_iri("event/e" + std::to_string(i)), "pgo:Meeting", "e");
        g.graph.node(e).attributes.push_back({"pgo:startDate", {"2024-" + std::string(month(random) < 10 ? "0" : "") + std::to_string(month(random)), "gYearMonth"}});
        events.push_back(e);
    }
    auto pick = [&](const std::vector<NodeId>& from) { return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)]; };
    auto add = [&](NodeId s, NodeId o, const char* predicate, const char* date) {
        EdgeProperties e;
        e.predicate = predicate;
        if (date) e.qualifiers.push_back({"pgo:date", {date, "date"}});
        e.provenance = Provenance{g.graph.node(doc).iri, Span{0, 1}, "s", "test"};
        g.graph.add_edge(s, o, std::move(e));
    };
    for (NodeId e : events)
        for (int k = 0; k < 3; ++k) add(e, pick(persons), k == 0 ? "pgo:chair" : "pgo:participant", nullptr);
    for (int i = 0; i < 25; ++i) add(pick(persons), pick(persons), "pgo:metWith", i % 2 ? "2023-05-01" : nullptr);
    for (int i = 0; i < 20; ++i) add(pick(persons), pick(orgs), "pgo:memberOf", nullptr);
    for (int i = 0; i < 5; ++i) add(pick(events), pick(orgs), "pgo:organizer", nullptr);
    for (NodeId n = 0; n < g.graph.node_count(); ++n) {
        if (n == doc) continue;
        g.nodes.push_back(n);
        add(n, doc, "pgo:mentionedIn", nullptr);
    }
    return g;
}

bool in_period(const QueryView& view, const PathOptions& options, EdgeId e) {
    return options.period.unbounded() || options.period.contains(view.fact_dates(e));
}

// The hops the rules allow from u, as (neighbour) lists: the definition, walked one way.
std::vector<NodeId> steps(const QueryView& view, const PathOptions& options, NodeId u, NodeId target) {
    const KnowledgeGraph& g = view.graph();
    auto may_stop = [&](NodeId n) { return n == target || view.kind(n) == NodeKind::Person; };
    std::vector<NodeId> out;
    for (const Incidence& inc : view.incidences(u)) {
        if (!in_period(view, options, inc.edge)) continue;
        const bool participation = is_participation(g.edge(inc.edge).predicate);
        if (options.via == PathVia::All || (options.via == PathVia::Events && participation)) out.push_back(inc.neighbour);
        if (options.via != PathVia::People) continue;
        if (may_stop(inc.neighbour)) out.push_back(inc.neighbour);
        if (view.kind(inc.neighbour) != NodeKind::Event || !participation) continue;
        for (const Incidence& other : view.incidences(inc.neighbour))
            if (other.neighbour != u && may_stop(other.neighbour) && is_participation(g.edge(other.edge).predicate) &&
                in_period(view, options, other.edge))
                out.push_back(other.neighbour);
    }
    return out;
}

std::optional<std::size_t> reference_length(const QueryView& view, const PathOptions& options, NodeId from, NodeId to) {
    std::vector<std::size_t> distance(view.node_count(), SIZE_MAX);
    std::deque<NodeId> queue{from};
    distance[from] = 0;
    while (!queue.empty()) {
        const NodeId u = queue.front();
        queue.pop_front();
        if (u == to) return distance[u];
        for (NodeId v : steps(view, options, u, to))
            if (distance[v] == SIZE_MAX) {
                distance[v] = distance[u] + 1;
                queue.push_back(v);
            }
    }
    return std::nullopt;
}

void check_hops(const QueryView& view, const Path& path) {
    const KnowledgeGraph& g = view.graph();
    REQUIRE(path.nodes.size() == path.links.size() + 1);
    for (std::size_t i = 0; i < path.links.size(); ++i) {
        const PathLink& link = path.links[i];
        CHECK(link.from == path.nodes[i]);
        CHECK(link.to == path.nodes[i + 1]);
        const NodeId source = g.source(link.edge), target = g.target(link.edge);
        CHECK((link.outgoing ? source : target) == link.from);
        if (link.event) {
            REQUIRE(link.second_edge);
            CHECK((link.outgoing ? target : source) == *link.event);
            const NodeId s2 = g.source(*link.second_edge), t2 = g.target(*link.second_edge);
            CHECK(((s2 == *link.event && t2 == link.to) || (t2 == *link.event && s2 == link.to)));
        } else {
            CHECK((link.outgoing ? target : source) == link.to);
        }
    }
}

}  // namespace

TEST_CASE("the path index finds the shortest lengths of a one-way search", "[query][paths]") {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const RandomGraph g = random_graph(seed);
        const QueryView view(g.graph);
        std::vector<PathOptions> rules(5);
        rules[1].via = PathVia::People;
        rules[2].via = PathVia::Events;
        rules[3].period = *DatePeriod::parse("2024-03", "2024-09");
        rules[4].via = PathVia::People;
        rules[4].period = *DatePeriod::parse("2024-01", "2024-06");
        for (const PathOptions& options : rules) {
            for (NodeId a : g.nodes) {
                for (std::size_t j = 0; j < g.nodes.size(); j += 7) {
                    const NodeId b = g.nodes[j];
                    const auto want = reference_length(view, options, a, b);
                    const auto got = find_paths(view, a, b, options);
                    INFO("seed " << seed << " via " << static_cast<int>(options.via) << " " << a << " -> " << b);
                    REQUIRE(got.empty() == !want.has_value());
                    if (got.empty()) continue;
                    CHECK(got.front().length() == *want);
                    check_hops(view, got.front());
                }
            }
        }
    }
}

TEST_CASE("k paths from the index are distinct, loopless and shortest first", "[query][paths]") {
    const RandomGraph g = random_graph(7);
    const QueryView view(g.graph);
    PathOptions options;
    options.k = 4;
    for (std::size_t i = 0; i + 1 < g.nodes.size(); i += 5) {
        const auto paths = find_paths(view, g.nodes[i], g.nodes[i + 1], options);
        std::set<std::vector<NodeId>> distinct;
        for (std::size_t p = 0; p < paths.size(); ++p) {
            CHECK(std::set<NodeId>(paths[p].nodes.begin(), paths[p].nodes.end()).size() == paths[p].nodes.size());
            CHECK(distinct.insert(paths[p].nodes).second);
            if (p > 0) CHECK(paths[p - 1].length() <= paths[p].length());
            check_hops(view, paths[p]);
        }
        // The same query twice gives the same paths (the index and its marks are reused).
        const auto again = find_paths(view, g.nodes[i], g.nodes[i + 1], options);
        REQUIRE(again.size() == paths.size());
        for (std::size_t p = 0; p < paths.size(); ++p) CHECK(again[p].nodes == paths[p].nodes);
    }
}

TEST_CASE("the view keeps one path index per set of step rules", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    PathOptions all, people;
    people.via = PathVia::People;
    const auto first = view.path_finder(all);
    CHECK(view.path_finder(all) == first);
    CHECK(view.path_finder(people)->serves(PathVia::People, DatePeriod{}));
    CHECK(view.path_finder(all) != first);  // rebuilt for the other rules
}
