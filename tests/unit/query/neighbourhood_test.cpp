#include "pressgraph/query/neighbourhood.hpp"

#include <catch2/catch.hpp>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

TEST_CASE("neighbourhood lists nodes by distance, without documents", "[query][neighbourhood]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    const auto one = neighbourhood(view, f.lavrov, 1);
    REQUIRE(one.size() == 2);
    CHECK(one[0].node == f.putin);  // labels compare bytewise: "Vladimir Putin" < "meeting-1"
    CHECK(one[1].node == f.meeting1);
    CHECK(one[0].links.size() == 1);
    CHECK(one[0].links[0].outgoing);
    const auto two = neighbourhood(view, f.lavrov, 2);
    REQUIRE(two.size() == 5);  // + Sergey Aleinik, Paris, Union State
    for (const auto& n : two) {
        CHECK(n.node != f.doc);
        CHECK(n.distance >= 1);
        CHECK(n.distance <= 2);
        CHECK_FALSE(n.links.empty());
    }
    CHECK(neighbourhood(view, f.erin, 3).empty());
}
