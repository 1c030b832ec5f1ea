#include "pressgraph/query/graph_statistics.hpp"

#include <catch2/catch.hpp>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

TEST_CASE("graph statistics count types, components and density of the view", "[query][statistics]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    const GraphStatistics s = graph_statistics(view);
    CHECK(s.nodes == 11);
    CHECK(s.nodes_by_type.at("pgo:Person") == 5);
    CHECK(s.nodes_by_type.at("pgo:Document") == 1);
    CHECK(s.edges_by_predicate.at("pgo:mentionedIn") == 10);
    CHECK(s.view_nodes == 10);
    CHECK(s.view_edges == 9);  // 4 participant, 2 place, 1 metWith, 2 memberOf
    CHECK(s.components == 2);  // everything, and Erin alone
    CHECK(s.largest_component == 9);
    CHECK(s.isolated_nodes == 1);
    CHECK(s.density == Approx(9.0 / 45.0));
}
