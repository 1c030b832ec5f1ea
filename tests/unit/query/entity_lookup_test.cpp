#include "pressgraph/query/entity_lookup.hpp"

#include <catch2/catch.hpp>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

TEST_CASE("lookup_entity finds a node by label, alias, IRI and unique prefix", "[query][lookup]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    for (const char* name : {"Sergey Lavrov", "sergey lavrov", "Lavrov", "LAVROV", "Sergey L",
                             "https://w3id.org/pressgraph/id/person/sergey-lavrov"}) {
        INFO(name);
        const LookupResult r = lookup_entity(view, name);
        REQUIRE(r.status == LookupStatus::Found);
        CHECK(r.node() == f.lavrov);
    }
}

TEST_CASE("lookup_entity reports an ambiguous prefix with its candidates", "[query][lookup]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    const LookupResult r = lookup_entity(view, "sergey");
    REQUIRE(r.status == LookupStatus::Ambiguous);
    REQUIRE(r.nodes.size() == 2);
    CHECK(r.nodes[0] == f.aleinik);  // sorted by label
    CHECK(r.nodes[1] == f.lavrov);
}

TEST_CASE("lookup_entity does not find unknown names, empty names or documents", "[query][lookup]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    CHECK(lookup_entity(view, "Nobody").status == LookupStatus::NotFound);
    CHECK(lookup_entity(view, "").status == LookupStatus::NotFound);
    CHECK(lookup_entity(view, "Press release").status == LookupStatus::NotFound);
    CHECK(lookup_entity(view, f.graph.node(f.doc).iri).status == LookupStatus::NotFound);
}

TEST_CASE("an exact label wins over a longer label it prefixes", "[query][lookup]") {
    test::QueryFixture f;
    f.graph.upsert_node(test::fixture_iri("place/paris-region"), "pgo:Place", "Paris Region");
    const QueryView view(f.graph);
    const LookupResult r = lookup_entity(view, "paris");
    REQUIRE(r.status == LookupStatus::Found);
    CHECK(r.node() == f.paris);
}
