#include "pressgraph/query/timeline.hpp"

#include <catch2/catch.hpp>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

TEST_CASE("timeline lists a person's events in date order with places and counterparts", "[query][timeline]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    const auto entries = timeline(view, f.aleinik);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].event == f.meeting1);
    CHECK(entries[0].dates.start == "2024-03-01");
    CHECK(entries[0].places == std::vector<NodeId>{f.paris});
    CHECK(entries[0].counterparts == std::vector<NodeId>{f.lavrov});
    CHECK(entries[0].roles == std::vector<std::string>{"participant"});
    CHECK(entries[1].event == f.meeting2);
    CHECK(entries[1].counterparts == std::vector<NodeId>{f.ryzhenkov});
    CHECK(entries[1].sentence == "Aleinik and Ryzhenkov met in Minsk.");
    CHECK(timeline(view, f.putin).empty());
}

TEST_CASE("a place's timeline lists the events held there", "[query][timeline]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    const auto entries = timeline(view, f.minsk);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].roles == std::vector<std::string>{"place"});
}
