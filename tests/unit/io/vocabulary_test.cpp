#include "pressgraph/io/vocabulary.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace pressgraph;

TEST_CASE("CURIEs expand and compact through the shared prefixes", "[io][vocabulary]") {
    CHECK(vocab::expand("pgo:Person") == "https://w3id.org/pressgraph/ontology#Person");
    CHECK(vocab::expand("pgr:person/x") == "https://w3id.org/pressgraph/id/person/x");
    CHECK(vocab::expand("prov:wasDerivedFrom") == "http://www.w3.org/ns/prov#wasDerivedFrom");
    CHECK(vocab::expand("schema:Event") == "https://schema.org/Event");
    CHECK_FALSE(vocab::expand("nope:Thing"));
    CHECK_FALSE(vocab::expand("no-colon"));
    CHECK(vocab::compact("http://www.w3.org/2004/02/skos/core#altLabel") == "skos:altLabel");
    CHECK_FALSE(vocab::compact("https://example.org/x"));
    CHECK(vocab::xsd("date") == "http://www.w3.org/2001/XMLSchema#date");
}

TEST_CASE("prefix names are unique and the core vocabularies are declared", "[io][vocabulary]") {
    std::set<std::string_view> names;
    for (const auto& prefix : vocab::prefixes()) CHECK(names.insert(prefix.name).second);
    for (const char* name : {"pgo", "pgr", "rdf", "rdfs", "owl", "xsd", "skos", "prov", "schema", "foaf", "org", "dcterms"}) {
        CHECK(names.contains(name));
    }
}
