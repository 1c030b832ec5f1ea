#include "pressgraph/query/path_explanation.hpp"

#include <catch2/catch.hpp>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

TEST_CASE("a hop says its relation, direction, date, place and sentence", "[query][explain]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    PathOptions options;
    options.via = PathVia::Events;
    const auto paths = find_paths(view, f.lavrov, f.aleinik, options);
    REQUIRE(paths.size() == 1);
    const HopExplanation hop = explain_hop(view, paths[0].links[0]);  // Lavrov <-participant- meeting-1
    CHECK(hop.from.label == "Sergey Lavrov");
    CHECK(hop.from.type == "Person");
    CHECK(hop.to.type == "Meeting");
    CHECK(hop.relation == "participant");
    CHECK_FALSE(hop.forward);
    CHECK(hop.date == "2024-03-01");
    CHECK(hop.place == "Paris");
    CHECK(hop.document == f.graph.node(f.doc).iri);
    CHECK(hop.document_title == "Press release");
    CHECK(hop.sentence == "Lavrov met Aleinik in Paris.");
    CHECK(hop_headline(hop) == "Sergey Lavrov (Person) <-[participant]- meeting-1 (Meeting)");
}

TEST_CASE("an edge's date qualifier is the hop's date", "[query][explain]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    const auto paths = find_paths(view, f.lavrov, f.putin, {});
    REQUIRE(paths.size() == 1);
    const HopExplanation hop = explain_hop(view, paths[0].links[0]);
    CHECK(hop.relation == "metWith");
    CHECK(hop.forward);
    CHECK(hop.date == "2023-01-05");
    CHECK(hop.place.empty());
}

TEST_CASE("a shared-event hop names the event with its date and place", "[query][explain]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    PathOptions options;
    options.via = PathVia::People;
    const auto paths = find_paths(view, f.aleinik, f.ryzhenkov, options);
    REQUIRE(paths.size() == 1);
    const HopExplanation hop = explain_hop(view, paths[0].links[0]);
    CHECK(hop.relation == "sharedEvent");
    REQUIRE(hop.event);
    CHECK(hop.event->label == "meeting-2");
    CHECK(hop.date == "2024-06-10");
    CHECK(hop.place == "Minsk");
    CHECK(hop.sentence == "Aleinik and Ryzhenkov met in Minsk.");
}
