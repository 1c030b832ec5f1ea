#include "pressgraph/query/shortest_paths.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

namespace {

PathOptions with_period(const char* from, const char* to) {
    PathOptions options;
    options.period = *DatePeriod::parse(from, to);
    return options;
}

bool loopless(const Path& p) { return std::set<NodeId>(p.nodes.begin(), p.nodes.end()).size() == p.nodes.size(); }

}  // namespace

TEST_CASE("the shortest path ignores documents and mentionedIn edges", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    const auto paths = find_paths(view, f.lavrov, f.ryzhenkov, {});
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].length() == 3);
    CHECK(paths[0].nodes == std::vector<NodeId>{f.lavrov, f.putin, f.union_state, f.ryzhenkov});
    CHECK(paths[0].links[0].outgoing);        // Lavrov metWith Putin
    CHECK_FALSE(paths[0].links[2].outgoing);  // Ryzhenkov memberOf Union State, walked backwards
}

TEST_CASE("no path: an entity joined only through its document", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    CHECK(find_paths(view, f.lavrov, f.erin, {}).empty());
}

TEST_CASE("a path from a node to itself has length 0", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    const auto paths = find_paths(view, f.lavrov, f.lavrov, {});
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].length() == 0);
}

TEST_CASE("k paths are distinct, loopless and shortest first", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    PathOptions options;
    options.k = 5;
    const auto paths = find_paths(view, f.lavrov, f.ryzhenkov, options);
    REQUIRE(paths.size() == 2);  // the graph has exactly two simple paths between them
    CHECK(paths[0].length() == 3);
    CHECK(paths[1].length() == 4);
    CHECK(paths[1].nodes == std::vector<NodeId>{f.lavrov, f.meeting1, f.aleinik, f.meeting2, f.ryzhenkov});
    for (const auto& p : paths) {
        CHECK(loopless(p));
        CHECK(p.nodes.front() == f.lavrov);
        CHECK(p.nodes.back() == f.ryzhenkov);
        for (std::size_t i = 0; i < p.links.size(); ++i) {
            CHECK(p.links[i].from == p.nodes[i]);
            CHECK(p.links[i].to == p.nodes[i + 1]);
        }
    }
    CHECK(paths[0].nodes != paths[1].nodes);
}

TEST_CASE("the max-hops option cuts longer paths", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    PathOptions options;
    options.max_hops = 2;
    CHECK(find_paths(view, f.lavrov, f.ryzhenkov, options).empty());
    options.max_hops = 3;
    options.k = 3;
    const auto paths = find_paths(view, f.lavrov, f.ryzhenkov, options);
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].length() == 3);
}

TEST_CASE("via people: only persons in between, joined by shared events", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    PathOptions options;
    options.via = PathVia::People;
    const auto paths = find_paths(view, f.lavrov, f.ryzhenkov, options);
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].nodes == std::vector<NodeId>{f.lavrov, f.aleinik, f.ryzhenkov});
    REQUIRE(paths[0].links[0].event);
    CHECK(*paths[0].links[0].event == f.meeting1);
    CHECK(*paths[0].links[1].event == f.meeting2);
    for (NodeId n : paths[0].nodes) CHECK(view.kind(n) == NodeKind::Person);
}

TEST_CASE("via people: a metWith edge joins two persons directly", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    PathOptions options;
    options.via = PathVia::People;
    const auto paths = find_paths(view, f.aleinik, f.putin, options);
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].nodes == std::vector<NodeId>{f.aleinik, f.lavrov, f.putin});
    CHECK_FALSE(paths[0].links[1].event);
}

TEST_CASE("via events: person-event-person chains only", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    PathOptions options;
    options.via = PathVia::Events;
    const auto paths = find_paths(view, f.lavrov, f.ryzhenkov, options);
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].nodes == std::vector<NodeId>{f.lavrov, f.meeting1, f.aleinik, f.meeting2, f.ryzhenkov});
    CHECK(find_paths(view, f.lavrov, f.putin, options).empty());  // metWith is not an event
}

TEST_CASE("a date filter keeps only facts dated in the period", "[query][paths]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    // 2024 onwards: the 2023 metWith edge is out, the path goes through both meetings.
    auto paths = find_paths(view, f.lavrov, f.ryzhenkov, with_period("2024", ""));
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].length() == 4);
    // Up to April 2024: meeting-2 (June) and the memberOf edges (document of June 12) are out.
    CHECK(find_paths(view, f.lavrov, f.ryzhenkov, with_period("", "2024-04")).empty());
    // The whole span: the shortest path again.
    paths = find_paths(view, f.lavrov, f.ryzhenkov, with_period("2023-01-05", "2024-06-12"));
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].length() == 3);
    // Partial dates cover their whole month: June 2024 contains the 2024-06-10 meeting.
    PathOptions june = with_period("2024-06", "2024-06");
    june.via = PathVia::Events;
    CHECK(find_paths(view, f.aleinik, f.ryzhenkov, june).size() == 1);
    CHECK(find_paths(view, f.lavrov, f.aleinik, june).empty());
}

TEST_CASE("DatePeriod rejects malformed and reversed bounds", "[query][paths]") {
    CHECK_FALSE(DatePeriod::parse("2024-13", ""));
    CHECK_FALSE(DatePeriod::parse("June", ""));
    CHECK_FALSE(DatePeriod::parse("2024-06-02", "2024-06-01"));
    CHECK(DatePeriod::parse("2024-06", "2024-06-30"));
    CHECK(DatePeriod::parse("", "")->unbounded());
    const DatePeriod p = *DatePeriod::parse("2024-06-01", "2024-06-30");
    CHECK(p.contains({"2024", "2024"}));
    CHECK_FALSE(p.contains({}));
    CHECK_FALSE(p.contains({"2024-07-01", "2024-07-01"}));
    CHECK(p.contains({"2024-05-30", "2024-06-02"}));
}
